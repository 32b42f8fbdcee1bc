import type { DraftPerson, Side } from '../draft.ts';
import type { NamedPerson } from './mention.ts';
import type { LeadPeople } from './who-met.ts';

/** A person named in full with a role ("Mr. Shinzo Abe, Prime Minister of Japan") as a draft's person. */
const namedPerson = (named: NamedPerson, side: Side): DraftPerson => ({
  words: named.name,
  name: named.name,
  role: named.role,
  side,
});

/** The people of a lead that names them in full, each on their side of the meeting. */
export function namedPeople(people: LeadPeople | undefined): DraftPerson[] {
  if (!people) return [];
  return [
    ...people.hosts.map((named) => namedPerson(named, 'host')),
    ...people.guests.map((named) => namedPerson(named, 'guest')),
    ...people.spokespeople.map((named) => namedPerson(named, 'spokesperson')),
    ...people.alsoPresent.map((named) => namedPerson(named, 'also-present')),
  ];
}
