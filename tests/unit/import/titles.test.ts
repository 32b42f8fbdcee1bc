import { describe, expect, it } from 'vitest';
import { editorialTitle } from '../../../src/import/output/title.ts';
import type { ResolvedParticipant } from '../../../src/import/vocabulary/participants.ts';

/** A participant of a lead, as the importer resolves it: only what a title reads. */
const participant = (side: 'host' | 'guest', role: string, familyName: string) =>
  ({ side, role, person: { familyName } }) as unknown as ResolvedParticipant;
const abe = participant('host', 'Prime Minister of Japan', 'Abe');
const kishida = participant('host', 'Foreign Minister of Japan', 'Kishida');
const biden = participant('guest', 'Vice President of the United States of America', 'Biden');

// The lead's verb in the past, as the ministries write it, and the headline's present tense
// for one host and for two.
const verbs: [string, string, string][] = [
  ['received', 'receives', 'receive'],
  ['held', 'holds', 'hold'],
  ['had', 'has', 'have'],
  ['paid', 'pays', 'pay'],
  ['hosted', 'hosts', 'host'],
  ['met', 'meets', 'meet'],
  ['conducted', 'conducts', 'conduct'],
  ['made', 'makes', 'make'],
  ['attended', 'attends', 'attend'],
  ['exchanged', 'exchanges', 'exchange'],
  ['visited', 'visits', 'visit'],
  ['called', 'calls', 'call'],
  ['talked', 'talks', 'talk'],
  ['spoke', 'speaks', 'speak'],
  ['welcomed', 'welcomes', 'welcome'],
];

describe('the title of an imported readout', () => {
  for (const [past, one, two] of verbs)
    it(`puts “${past}” in the present tense of a headline, for one host and for two`, () => {
      const title = (hosts: ResolvedParticipant[]) =>
        editorialTitle([...hosts, biden], { verbPhrase: `${past} with` }, 'meeting');
      expect(title([abe])).toBe(`Prime Minister Abe ${one} with Vice President Biden`);
      expect(title([abe, kishida])).toBe(
        `Prime Minister Abe and Foreign Minister Kishida ${two} with Vice President Biden`,
      );
    });

  it('names the guests only after a phrase that waits for them', () => {
    expect(editorialTitle([abe, biden], { verbPhrase: 'visited Washington' }, 'visit')).toBe(
      'Prime Minister Abe visits Washington',
    );
    expect(
      editorialTitle([abe, biden], { verbPhrase: 'received a courtesy call from' }, 'call'),
    ).toBe('Prime Minister Abe receives a courtesy call from Vice President Biden');
  });

  it('without a verb it knows, is the kind of meeting and who met', () => {
    const three = [abe, kishida, biden];
    expect(editorialTitle(three, { verbPhrase: 'chatted with' }, 'telephone talk')).toBe(
      'Telephone talk between Prime Minister Abe, Foreign Minister Kishida and Vice President Biden',
    );
  });
});
