import { ImportError, type MissingFields } from '../import-error.ts';
import type { DraftPerson, Side } from '../draft.ts';
import { countryNamed, type Lexicon } from '../english/lexicon.ts';
import { normalise } from '../english/normalise.ts';
import { readReference } from '../english/person-reference.ts';
import { roleOfOffice } from '../english/role.ts';
import type { Inferred } from '../inferred.ts';
import type { ParticipantField } from '../output/frontmatter.ts';
import { holdersOn, officeOfRole, type OfficeNamed } from './offices.ts';
import { findPerson, newPerson } from './people.ts';
import { idMaker, type MakeId } from './slugger.ts';
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

/** What resolving needs besides the people: the day, the vocabulary, and where to report. */
export interface Resolving {
  date: string | undefined;
  known: readonly Person[];
  lexicon: Lexicon;
  /** The readout's text, to tell a new person's family name by the form the text keeps using. */
  text: string;
  missing: MissingFields;
  notes: string[];
  inferred: Inferred[];
}

/** Whether a holder of an office is the person a name or family name gives. */
function sameName(person: Person, draft: DraftPerson): boolean {
  if (draft.familyName) return normalise(person.familyName) === normalise(draft.familyName);
  if (!draft.name) return true;
  const words = normalise(draft.name).split(' ');
  return words.includes(normalise(person.familyName));
}

/**
 * The person a readout names: by name or a form in `mentions` ("Prime Minister Abe"), else
 * by who held the office it names on the meeting's day (reported as inferred), else a new
 * person when the name is given whole; undefined, and recorded as missing, when it is not.
 */
function personOf(
  draft: DraftPerson,
  office: OfficeNamed | undefined,
  resolving: Resolving,
  makeId: MakeId,
  created: Person[],
): { person: Person; isNew: boolean } | undefined {
  const { date, known, lexicon, text, missing, inferred } = resolving;
  const everyone = [...known, ...created];
  const byName = findPerson(draft.name ?? draft.words, everyone);
  if (byName) return { person: byName, isNew: false };
  const holders = office && date ? holdersOn(office, date, everyone, lexicon) : [];
  const holder = holders.filter((person) => sameName(person, draft));
  if (holder.length === 1 && holder[0] && office && date) {
    inferred.push({
      field: 'participants',
      value: holder[0].id,
      how: `who was ${roleOfOffice(office.title, office.country)} on ${date}`,
      words: draft.words,
    });
    return { person: holder[0], isNew: false };
  }
  if (draft.name) {
    const country = office?.country && countryNamed(office.country, lexicon);
    const person = newPerson(
      { name: draft.name, role: roleFor(draft, office), attendance: 'principal' },
      text,
      makeId,
      country ? { country: country.name, familyNameFirst: country.familyNameFirst } : undefined,
    );
    created.push(person);
    return { person, isNew: true };
  }
  missing.add(
    '--participant',
    `“${draft.words}”: ${
      !date
        ? 'without the meeting’s date, no holder of the office can be told'
        : office
          ? `people.yaml knows no ${roleOfOffice(office.title, office.country)} on ${date}${draft.familyName ? ` named ${draft.familyName}` : ''}: add their term to people.yaml (offices)`
          : 'people.yaml knows no one by that name'
    }, or give every participant with --participant "<person-id>|<role>"`,
  );
  return undefined;
}

/** The role of a participant: as written, or made of the office and country named. */
const roleFor = (draft: DraftPerson, office: OfficeNamed | undefined): string =>
  draft.role !== '' ? draft.role : office ? roleOfOffice(office.title, office.country) : '';

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

/**
 * A subject the lead names by title and family name ("Prime Minister Kishida, who is visiting
 * San Francisco, held ..."), when the vocabulary knows that form of the name (`mentions`) or
 * who held the office that day; undefined for a subject that is no one person ("a delegation").
 */
function subjectAsPerson(
  subject: string,
  people: readonly DraftPerson[],
  resolving: Resolving,
): DraftPerson | undefined {
  if (people.some(({ side }) => side === 'host')) return undefined;
  const reference = readReference(subject, resolving.lexicon);
  const known = findPerson(subject, resolving.known);
  if (!reference?.title || (!known && !reference.familyName)) return undefined;
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
