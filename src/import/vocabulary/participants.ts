import type { ParticipantField } from '../output/frontmatter.ts';
import type { NamedPerson } from '../lead/mention.ts';
import type { LeadPeople } from '../lead/who-met.ts';
import { findPerson, newPerson } from './people.ts';
import { idMaker } from './slugger.ts';
import type { Person } from './vocabulary.ts';

/** A participant of the lead, matched to a person of the vocabulary (or a new one). */
export interface ResolvedParticipant {
  /** Before the lead's verb, after it, speaking for a visiting group, or also present. */
  side: 'host' | 'guest' | 'spokesperson' | 'also-present';
  named: NamedPerson;
  person: Person;
  isNew: boolean;
  field: ParticipantField;
}

/** The participants, each matched to a person of the vocabulary or made a new one. */
export function resolveParticipants(
  people: Pick<LeadPeople, 'hosts' | 'guests' | 'spokespeople' | 'alsoPresent'>,
  text: string,
  known: readonly Person[],
): ResolvedParticipant[] {
  const created: Person[] = [];
  const makeId = idMaker(known.map((person) => person.id));
  const resolved: ResolvedParticipant[] = [];
  const sides = [
    ...people.hosts.map((named) => ({ named, side: 'host' as const })),
    ...people.guests.map((named) => ({ named, side: 'guest' as const })),
    ...people.spokespeople.map((named) => ({ named, side: 'spokesperson' as const })),
    ...people.alsoPresent.map((named) => ({ named, side: 'also-present' as const })),
  ];
  for (const { named, side } of sides) {
    const existing = findPerson(named.name, [...known, ...created]);
    const person = existing ?? newPerson(named, text, makeId);
    if (!existing) created.push(person);
    if (resolved.some((participant) => participant.person.id === person.id)) continue;
    resolved.push({
      side,
      named,
      person,
      isNew: !existing,
      field: { person: person.id, role: named.role, attendance: named.attendance },
    });
  }
  return resolved;
}
