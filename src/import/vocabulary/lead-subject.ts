import type { DraftPerson } from '../draft.ts';
import { readReference } from '../english/person-reference.ts';
import { holdersOn } from './offices.ts';
import { findPerson } from './people.ts';
import type { Resolving } from './participant-person.ts';

/**
 * A subject the lead names by title and family name ("Prime Minister Kishida, who is visiting
 * San Francisco, held ..."), when the vocabulary knows that form of the name (`mentions`) or
 * who held the office that day; undefined for a subject that is no one person ("a delegation").
 */
export function subjectAsPerson(
  subject: string,
  people: readonly DraftPerson[],
  resolving: Resolving,
): DraftPerson | undefined {
  if (people.some(({ side }) => side === 'host')) return undefined;
  const reference = readReference(subject, resolving.lexicon);
  const known = findPerson(subject, resolving.known);
  if (!reference?.title) return undefined;
  const office = { title: reference.title, country: reference.country };
  const holders = resolving.date
    ? holdersOn(office, resolving.date, resolving.known, resolving.lexicon)
    : [];
  const holder = known ?? holders.find((person) => person.familyName === reference.familyName);
  if (!holder) return undefined;
  return {
    words: subject,
    ...(reference.familyName ? { familyName: reference.familyName } : {}),
    name: holder.name,
    role: reference.title,
    side: 'host',
  };
}
