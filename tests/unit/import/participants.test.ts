import { describe, expect, it } from 'vitest';
import type { DraftPerson } from '../../../src/import/draft.ts';
import { MissingFields } from '../../../src/import/import-error.ts';
import type { Inferred } from '../../../src/import/inferred.ts';
import {
  participantsGiven,
  participantsOfDraft,
} from '../../../src/import/vocabulary/participants.ts';
import { repositoryVocabulary, whyParticipantsMissing } from '../../support/import.ts';

const vocabulary = await repositoryVocabulary();

/** The participants a lead names, as `person|role|attendance|side|new`, with notes and what is missing. */
function participants(people: DraftPerson[], subject?: string, date = '2016-09-21') {
  const missing = new MissingFields();
  const notes: string[] = [];
  const inferred: Inferred[] = [];
  const resolved = participantsOfDraft(people, subject, {
    date,
    known: vocabulary.people,
    lexicon: vocabulary,
    text: '',
    missing,
    notes,
    inferred,
  });
  const why = whyParticipantsMissing(missing);
  return {
    resolved: resolved?.map(
      ({ person, role, field, side, isNew }) =>
        `${person.id}|${role}|${field.attendance}|${side}|${String(isNew)}${field.person === person.id && field.role === role ? '' : ' (field differs)'}`,
    ),
    notes,
    why,
  };
}
const abe: DraftPerson = {
  words: 'Mr. Shinzo Abe, Prime Minister of Japan',
  name: 'Shinzo Abe',
  role: 'Prime Minister of Japan',
  side: 'host',
};
const biden: DraftPerson = {
  words: 'Mr. Joseph R. Biden, Vice President of the United States',
  name: 'Joe Biden',
  role: 'Vice President of the United States',
  side: 'guest',
};
const advice = 'give every participant with --participant "<person-id>|<role>"';

describe('the participants a lead names', () => {
  it('are matched to the vocabulary with the roles the readout gives', () => {
    expect(participants([abe, biden])).toEqual({
      resolved: [
        'shinzo-abe|Prime Minister of Japan|principal|host|false',
        'joe-biden|Vice President of the United States|principal|guest|false',
      ],
      notes: [],
      why: undefined,
    });
  });

  it('take the role of the office named when the readout gives none', () => {
    expect(
      participants([
        {
          words: 'Prime Minister Abe',
          familyName: 'Abe',
          role: '',
          side: 'host',
          office: { title: 'Prime Minister', country: 'Japan' },
        },
        biden,
      ]).resolved,
    ).toEqual([
      'shinzo-abe|Prime Minister of Japan|principal|host|false',
      'joe-biden|Vice President of the United States|principal|guest|false',
    ]);
  });

  it('include someone also present, as also present', () => {
    const kishida: DraftPerson = {
      words: 'Mr. Fumio Kishida, Minister for Foreign Affairs',
      name: 'Fumio Kishida',
      role: 'Minister for Foreign Affairs',
      side: 'also-present',
    };
    expect(participants([abe, biden, kishida]).resolved).toEqual([
      'shinzo-abe|Prime Minister of Japan|principal|host|false',
      'joe-biden|Vice President of the United States|principal|guest|false',
      'fumio-kishida|Minister for Foreign Affairs|also-present|also-present|false',
    ]);
  });

  it('count a person named twice once', () => {
    expect(
      participants([abe, biden, { ...abe, words: 'Prime Minister Abe', side: 'guest' }]).resolved,
    ).toEqual([
      'shinzo-abe|Prime Minister of Japan|principal|host|false',
      'joe-biden|Vice President of the United States|principal|guest|false',
    ]);
  });

  it('include the lead’s subject named by title and family name, as the host', () => {
    expect(participants([biden], 'Prime Minister Abe').resolved).toEqual([
      'shinzo-abe|Prime Minister|principal|host|false',
      'joe-biden|Vice President of the United States|principal|guest|false',
    ]);
    expect(participants([biden], undefined).resolved).toEqual([
      'joe-biden|Vice President of the United States|principal|guest|false',
    ]);
  });

  it('leave out someone named without a role, with a note', () => {
    const spouse: DraftPerson = {
      words: 'Mrs. Akie Abe',
      name: 'Akie Abe',
      role: '',
      side: 'host',
    };
    expect(participants([abe, spouse, biden])).toEqual({
      resolved: [
        'shinzo-abe|Prime Minister of Japan|principal|host|false',
        'joe-biden|Vice President of the United States|principal|guest|false',
      ],
      notes: ['Mrs. Akie Abe is named without a role, and left out of the participants'],
      why: undefined,
    });
  });

  it('are asked for when the lead names no principal', () => {
    const found = participants([{ ...biden, side: 'also-present' }]);
    expect(found.resolved).toBeUndefined();
    expect(found.why).toBe(
      'page.txt: the lead names no participants with an honorific and a role (such as "Mr. Shinzo Abe, Prime Minister of Japan,"): give each with --participant "shinzo-abe|Prime Minister of Japan"',
    );
  });

  it('are asked for when no principal of a side has a role', () => {
    const found = participants([
      abe,
      { words: 'Mr. A', name: 'A B', role: '', side: 'guest' },
      { words: 'Mr. C', name: 'C D', role: '', side: 'guest' },
    ]);
    expect(found.resolved).toBeUndefined();
    expect(found.why).toBe(`page.txt: the lead gives no role for Mr. A or Mr. C: ${advice}`);
    expect(participants([{ words: 'Mr. A', name: 'A B', role: '', side: 'host' }, biden]).why).toBe(
      `page.txt: the lead gives no role for Mr. A: ${advice}`,
    );
  });

  it('are asked for by the host’s side first when neither side has a role', () => {
    expect(
      participants([
        { words: 'Mr. A', name: 'A B', role: '', side: 'host' },
        { words: 'Mr. C', name: 'C D', role: '', side: 'guest' },
      ]).why,
    ).toBe(`page.txt: the lead gives no role for Mr. A: ${advice}`);
  });

  it('never give a new person the id of someone the vocabulary knows', () => {
    expect(
      participants([
        abe,
        { words: 'Mr. Shinzō Abe', name: 'Shinzō Abe', role: 'Envoy', side: 'guest' },
      ]).resolved,
    ).toEqual([
      'shinzo-abe|Prime Minister of Japan|principal|host|false',
      'shinzo-abe-1|Envoy|principal|guest|true',
    ]);
  });

  it('are asked for when one of them cannot be told', () => {
    const found = participants([abe, { words: 'The Envoy', role: 'Envoy', side: 'guest' }]);
    expect(found.resolved).toBeUndefined();
    expect(found.why).toBe(
      `page.txt: “The Envoy”: people.yaml knows no one by that name, or ${advice}`,
    );
  });

  it('may be new people, named whole with a role', () => {
    expect(
      participants([
        abe,
        {
          words: 'Mr. Kaneda Hiroshi, Envoy',
          name: 'Kaneda Hiroshi',
          role: 'Envoy',
          side: 'guest',
        },
      ]).resolved,
    ).toEqual([
      'shinzo-abe|Prime Minister of Japan|principal|host|false',
      'kaneda-hiroshi|Envoy|principal|guest|true',
    ]);
  });
});

describe('participants given with --participant', () => {
  it('are the host first, guests after, and those also present', () => {
    const given = participantsGiven(
      [
        { person: 'shinzo-abe', role: 'Prime Minister of Japan', attendance: 'principal' },
        { person: 'joe-biden', role: 'Vice President', attendance: 'principal' },
        { person: 'barack-obama', role: 'President', attendance: 'principal' },
        { person: 'fumio-kishida', role: 'Foreign Minister', attendance: 'also-present' },
      ],
      vocabulary.people,
      'page.txt',
    );
    expect(given.map(({ person, side, role, isNew }) => [person.id, side, role, isNew])).toEqual([
      ['shinzo-abe', 'host', 'Prime Minister of Japan', false],
      ['joe-biden', 'guest', 'Vice President', false],
      ['barack-obama', 'guest', 'President', false],
      ['fumio-kishida', 'also-present', 'Foreign Minister', false],
    ]);
    expect(given[1]?.field).toEqual({
      person: 'joe-biden',
      role: 'Vice President',
      attendance: 'principal',
    });
  });

  it('must be people of the vocabulary', () => {
    expect(() =>
      participantsGiven(
        [{ person: 'nobody', role: 'Envoy', attendance: 'principal' }],
        vocabulary.people,
        'page.txt',
      ),
    ).toThrow(
      'page.txt: --participant "nobody|Envoy": no person "nobody" in people.yaml; add them there first',
    );
  });
});
