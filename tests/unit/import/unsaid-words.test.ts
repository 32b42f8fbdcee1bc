import { describe, expect, it } from 'vitest';
import type { ReadoutDraft } from '../../../src/import/draft.ts';
import { unsaidWords } from '../../../src/import/vocabulary/unsaid-words.ts';
import { repositoryVocabulary } from '../../support/import.ts';

const vocabulary = await repositoryVocabulary();
const person = (id: string) => {
  const found = vocabulary.people.find((candidate) => candidate.id === id);
  if (!found) throw new Error(id);
  return found;
};
const draft: ReadoutDraft = {
  publisher: { name: 'MOFA', country: 'Japan', language: 'en', timeZone: 'Asia/Tokyo' },
  people: [
    {
      words: 'Mr. Wang Yi, Foreign Minister',
      name: 'Wang Yi',
      role: 'Foreign Minister',
      side: 'guest',
    },
    { words: 'The Prime Minister', role: '', side: 'host' },
  ],
  verbPhrase: 'met',
  lead: '',
  blocks: [],
  skipped: [],
  notes: [],
  inferred: [],
};

describe('the words of a readout that name who met', () => {
  it('are the lead’s words for each person, their names and roles, and the participants’ names and mentions', () => {
    const { people } = unsaidWords(
      draft,
      [{ role: 'Minister of Foreign Affairs of China', person: person('wang-yi') }],
      vocabulary,
    );
    expect(people).toEqual([
      'Mr. Wang Yi, Foreign Minister',
      'Wang Yi',
      'Foreign Minister',
      'The Prime Minister',
      'Minister of Foreign Affairs of China',
      'Wang Yi',
      'Wang Yi',
      'Foreign Minister Wang Yi',
      'Foreign Minister Wang',
    ]);
  });

  it('give the forms of the publisher’s and the participants’ countries', () => {
    const { countries } = unsaidWords(
      draft,
      [{ role: 'Minister of Foreign Affairs of China', person: person('wang-yi') }],
      vocabulary,
    );
    expect(countries).toEqual([
      'Japan',
      'Japanese',
      'China',
      "People's Republic of China",
      'People’s Republic of China',
      'PRC',
      ...(vocabulary.countries.find(({ name }) => name === 'China')?.forms.slice(3) ?? []),
    ]);
  });

  it('leave out a country the vocabulary does not know, and a participant without one', () => {
    const unknown = { ...person('wang-yi'), country: 'Ruritania' };
    const stateless = { ...person('wang-yi'), country: undefined };
    expect(
      unsaidWords(
        { ...draft, publisher: { ...draft.publisher, country: 'Atlantis' } },
        [
          { role: 'Envoy', person: unknown },
          { role: 'Envoy', person: stateless },
        ],
        vocabulary,
      ).countries,
    ).toEqual([]);
  });
});
