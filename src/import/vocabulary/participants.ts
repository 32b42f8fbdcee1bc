import { ImportError } from '../import-error.ts';
import type { DraftPerson, Side } from '../draft.ts';
import type { ParticipantField } from '../output/frontmatter.ts';
import { subjectAsPerson } from './lead-subject.ts';
import { officeOfRole } from './offices.ts';
import { personOf, roleFor, type Resolving } from './participant-person.ts';
import { idMaker } from './slugger.ts';
import type { Person } from './vocabulary.ts';

/** A participant of the lead, matched to a person of the vocabulary (or a new one). */
export interface ResolvedParticipant {
  /** Before the lead's verb, after it, speaking for a visiting group, or also present. */
  side: Side;
  /** The role the readout gives, or the office and country it names. */
  role: string;
  person: Person;
  isNew: boolean;
  field: ParticipantField;
}

/**
 * The participants a draft names, matched to the vocabulary. A lead that names nobody, or a
 * side none of whose principals has a role, needs --participant; someone else without a role is
 * left out, with a note.
 */
export function participantsOfDraft(
  people: readonly DraftPerson[],
  subject: string | undefined,
  resolving: Resolving,
): ResolvedParticipant[] | undefined {
  const { missing, notes, lexicon } = resolving;
  const subjectPerson = subject ? subjectAsPerson(subject, people, resolving) : undefined;
  const all = subjectPerson ? [subjectPerson, ...people] : [...people];
  const principals = all.filter(({ side }) => side === 'host' || side === 'guest');
  if (principals.length === 0) {
    missing.add(
      '--participant',
      'the lead names no participants with an honorific and a role (such as "Mr. Shinzo Abe, Prime Minister of Japan,"): give each with --participant "shinzo-abe|Prime Minister of Japan"',
    );
    return undefined;
  }
  const offices = new Map(
    all.map((draft) => [draft, draft.office ?? officeOfRole(draft.role, lexicon)]),
  );
  const hasRole = (draft: DraftPerson): boolean => roleFor(draft, offices.get(draft)) !== '';
  // A role is required: someone named without one (a spouse at a dinner) is left out, with a
  // note, as long as each side keeps a principal with a role.
  for (const side of ['host', 'guest'] as const) {
    const onSide = principals.filter((draft) => draft.side === side);
    if (onSide.length > 0 && !onSide.some(hasRole)) {
      missing.add(
        '--participant',
        `the lead gives no role for ${onSide.map(({ words }) => words).join(' or ')}: give every participant with --participant "<person-id>|<role>"`,
      );
      return undefined;
    }
  }
  for (const draft of all.filter((draft) => !hasRole(draft)))
    notes.push(`${draft.words} is named without a role, and left out of the participants`);
  const makeId = idMaker(resolving.known.map((person) => person.id));
  const created: Person[] = [];
  const resolved: ResolvedParticipant[] = [];
  let complete = true;
  for (const draft of all.filter(hasRole)) {
    const office = offices.get(draft);
    const found = personOf(draft, office, resolving, makeId, created);
    if (!found) complete = false;
    if (!found || resolved.some((participant) => participant.person.id === found.person.id))
      continue;
    const role = roleFor(draft, office);
    const attendance = draft.side === 'also-present' ? 'also-present' : 'principal';
    resolved.push({
      side: draft.side,
      role,
      ...found,
      field: { person: found.person.id, role, attendance },
    });
  }
  return complete ? resolved : undefined;
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
    return { side, role: field.role, person, isNew: false, field };
  });
}
