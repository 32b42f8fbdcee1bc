import { describe, expect, it } from 'vitest';
import { editorialTitle } from '../../../src/import/output/title.ts';
import type { ResolvedParticipant } from '../../../src/import/vocabulary/participants.ts';

/** A participant of a lead, as the importer resolves it: only what a title reads. */
const participant = (side: 'host' | 'guest' | 'also-present', role: string, familyName: string) =>
  ({ side, role, person: { familyName } }) as unknown as ResolvedParticipant;
const abe = participant('host', 'Prime Minister of Japan', 'Abe');
const biden = participant('guest', 'Vice President of the United States of America', 'Biden');
const kerry = participant('guest', 'Secretary of State of the United States of America', 'Kerry');
const rice = participant('also-present', 'National Security Advisor', 'Rice');

describe('the editorial title of a readout', () => {
  it.each(['with', 'from', 'on', 'to', 'by', 'and', 'between', 'among', 'WITH'])(
    'names the guests after a phrase ending in “%s”',
    (word) => {
      expect(editorialTitle([abe, biden], { verbPhrase: `met ${word}` }, 'meeting')).toBe(
        `Prime Minister Abe meets ${word} Vice President Biden`,
      );
    },
  );

  it.each([
    ['met within', 'meets within'],
    ['paid a call upon', 'pays a call upon'],
    ['held talks', 'holds talks'],
    ['met Biden', 'meets Biden'],
  ])('names no guests after “%s”, which does not wait for them', (verbPhrase, present) => {
    expect(editorialTitle([abe, biden], { verbPhrase }, 'meeting')).toBe(
      `Prime Minister Abe ${present}`,
    );
  });

  it('names two guests joined by “and”, three with commas, and none of those also present', () => {
    expect(editorialTitle([abe, biden, rice], { verbPhrase: 'met with' }, 'meeting')).toBe(
      'Prime Minister Abe meets with Vice President Biden',
    );
    expect(editorialTitle([abe, biden, kerry], { verbPhrase: 'Met with' }, 'meeting')).toBe(
      'Prime Minister Abe meets with Vice President Biden and Secretary Kerry',
    );
    const cabinet = participant('guest', 'Secretary of Defense', 'Carter');
    expect(
      editorialTitle([abe, biden, kerry, cabinet], { verbPhrase: 'met with' }, 'meeting'),
    ).toBe(
      'Prime Minister Abe meets with Vice President Biden, Secretary Kerry and Secretary Carter',
    );
  });

  it('starts with the subject the lead names without a person, capitalised, when no host is named', () => {
    expect(
      editorialTitle(
        [biden],
        {
          subject: 'a delegation of former prisoners of war',
          verbPhrase: 'paid a courtesy call on',
        },
        'courtesy call',
      ),
    ).toBe('A delegation of former prisoners of war pays a courtesy call on Vice President Biden');
    expect(
      editorialTitle([abe, biden], { subject: 'a delegation', verbPhrase: 'met with' }, 'meeting'),
    ).toBe('Prime Minister Abe meets with Vice President Biden');
  });

  it('without a verb phrase, is the kind of meeting, capitalised, between those who met', () => {
    expect(editorialTitle([abe, biden], { verbPhrase: '' }, 'telephone talk')).toBe(
      'Telephone talk between Prime Minister Abe and Vice President Biden',
    );
  });
});
