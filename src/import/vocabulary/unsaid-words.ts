import type { ReadoutDraft } from '../draft.ts';
import { countryNamed, type Lexicon } from '../english/lexicon.ts';
import type { Unsaid } from './paragraph-topics.ts';
import type { Person } from './vocabulary.ts';

/**
 * The words of a readout that name who met, not what they spoke of, and the forms of their
 * countries, which name a topic only where a paragraph names nothing more specific.
 */
export function unsaidWords(
  draft: ReadoutDraft,
  participants: readonly { role: string; person: Person }[],
  lexicon: Lexicon,
): Unsaid {
  const people = [
    ...draft.people.flatMap(({ words, name, role }) => [words, name ?? '', role]),
    ...participants.flatMap(({ role, person }) => [role, person.name, ...person.mentions]),
  ];
  const countries = [draft.publisher.country, ...participants.map(({ person }) => person.country)]
    .flatMap((name) => (name ? [countryNamed(name, lexicon)] : []))
    .flatMap((country) => (country ? [country.name, ...country.forms] : []));
  return { people: people.filter((words) => words !== ''), countries };
}
