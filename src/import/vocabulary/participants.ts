import { ImportError, type MissingFields } from '../import-error.ts';
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
function resolveParticipants(
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

/**
 * The participants the lead names, matched to the vocabulary. A lead that names nobody, or a
 * side none of whose principals has a role, needs --participant; someone else without a role is
 * left out, with a note.
 */
export function participantsOfLead(
  people: LeadPeople | undefined,
  text: string,
  known: readonly Person[],
  missing: MissingFields,
  notes: string[],
): ResolvedParticipant[] | undefined {
  const subject = people && subjectPerson(people, known);
  const hosts = subject ? [subject] : (people?.hosts ?? []);
  if (!people || hosts.length + people.guests.length === 0) {
    missing.add(
      '--participant',
      'the lead names no participants with an honorific and a role (such as "Mr. Shinzo Abe, Prime Minister of Japan,"): give each with --participant "shinzo-abe|Prime Minister of Japan"',
    );
    return undefined;
  }
  // A role is required: someone named without one (a spouse at a dinner) is left out, with a
  // note, as long as each side keeps a principal with a role.
  const withRole = ({ role }: NamedPerson): boolean => role !== '';
  const sides = [hosts, people.guests].filter((side) => side.length > 0);
  const roleless = sides.find((side) => !side.some(withRole));
  if (roleless) {
    missing.add(
      '--participant',
      `the lead gives no role for ${roleless.map(({ name }) => name).join(' or ')}: give every participant with --participant "<person-id>|<role>"`,
    );
    return undefined;
  }
  const named = [...hosts, ...people.guests, ...people.spokespeople, ...people.alsoPresent];
  for (const person of named.filter((person) => !withRole(person)))
    notes.push(`${person.name} is named without a role, and left out of the participants`);
  return resolveParticipants(
    {
      hosts: hosts.filter(withRole),
      guests: people.guests.filter(withRole),
      spokespeople: people.spokespeople.filter(withRole),
      alsoPresent: people.alsoPresent.filter(withRole),
    },
    text,
    known,
  );
}

/**
 * A subject the lead names by title and family name ("Prime Minister Kishida, who is visiting
 * San Francisco, held ..."), when the vocabulary knows that form of the name (`mentions`).
 */
function subjectPerson(people: LeadPeople, known: readonly Person[]): NamedPerson | undefined {
  if (!people.subject || people.hosts.length > 0) return undefined;
  const person = findPerson(people.subject, known);
  const role = person && people.subject.replace(new RegExp(`\\s*${person.familyName}$`), '');
  return person && role && role !== people.subject
    ? { name: person.name, role, attendance: 'principal' }
    : undefined;
}

/** Participants given with --participant, each a person of the vocabulary. */
export function participantsGiven(
  fields: readonly ParticipantField[],
  known: readonly Person[],
  file: string,
): ResolvedParticipant[] {
  return fields.map((field, index) => {
    const person = known.find(({ id }) => id === field.person);
    if (!person)
      throw new ImportError(
        file,
        `--participant "${field.person}|${field.role}": no person "${field.person}" in people.yaml; add them there first`,
      );
    const side =
      field.attendance === 'also-present' ? 'also-present' : index === 0 ? 'host' : 'guest';
    return {
      side,
      named: { name: person.name, role: field.role, attendance: field.attendance ?? 'principal' },
      person,
      isNew: false,
      field,
    };
  });
}
