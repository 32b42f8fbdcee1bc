import { isCalendarDate } from '../schemas/calendar-date.ts';
import { ImportError, type MissingFields } from './import-error.ts';
import { leadOpening, meetingDay } from './lead/day.ts';
import { kindPhrase } from './lead/kind-phrase.ts';
import type { LeadPeople } from './lead/who-met.ts';
import type { ParticipantField } from './output/frontmatter.ts';
import { readoutTitle } from './output/title.ts';
import { meetingDate } from './source/calendar.ts';
import type { SourcePage } from './source/furniture.ts';
import { findKind, type FoundKind } from './vocabulary/kinds.ts';
import { resolveParticipants, type ResolvedParticipant } from './vocabulary/participants.ts';
import { roleTitle } from './vocabulary/people.ts';
import { idMaker } from './vocabulary/slugger.ts';
import type { Kind, Person } from './vocabulary/vocabulary.ts';

/** The meeting's date from the lead's day and the dateline's year; undefined (and recorded as missing) when it cannot be told. */
export function dateOfLead(
  lead: string,
  published: string | undefined,
  missing: MissingFields,
): string | undefined {
  const day = meetingDay(lead);
  const date = day && (day.year !== undefined || published) && meetingDate(day, published ?? '');
  if (date && isCalendarDate(date)) return date;
  missing.add(
    '--date',
    !day
      ? `no meeting date in the lead: give it with --date ${published ?? '2018-01-16'}`
      : day.year === undefined && !published
        ? 'the lead gives no year and the page no dateline: give the meeting’s date with --date YYYY-MM-DD'
        : `the lead’s day (month ${day.month}, day ${day.day}) is not on the calendar: give the date with --date YYYY-MM-DD`,
  );
  return undefined;
}

/**
 * The participants the lead names, matched to the vocabulary. A principal without a role, or a
 * lead that names nobody, needs --participant; someone also present without a role is left
 * out, with a note.
 */
export function participantsOfLead(
  people: LeadPeople | undefined,
  text: string,
  known: readonly Person[],
  missing: MissingFields,
  notes: string[],
): ResolvedParticipant[] | undefined {
  if (!people || people.hosts.length + people.guests.length === 0) {
    missing.add(
      '--participant',
      'the lead names no participants with an honorific and a role (such as "Mr. Shinzo Abe, Prime Minister of Japan,"): give each with --participant "shinzo-abe|Prime Minister of Japan"',
    );
    return undefined;
  }
  const roleless = [...people.hosts, ...people.guests].find((person) => !person.role);
  if (roleless) {
    missing.add(
      '--participant',
      `the lead gives no role for ${roleless.name}: give every participant with --participant "<person-id>|<role>"`,
    );
    return undefined;
  }
  for (const person of people.alsoPresent.filter(({ role }) => !role))
    notes.push(
      `${person.name} is named as also present without a role, and left out of the participants`,
    );
  return resolveParticipants(
    { ...people, alsoPresent: people.alsoPresent.filter(({ role }) => role) },
    text,
    known,
  );
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

/** The kind of meeting: given with --kind (an id, known or new), or the lead's, or missing. */
export function kindOf(
  given: string | undefined,
  people: LeadPeople | undefined,
  lead: string,
  kinds: readonly Kind[],
  missing: MissingFields,
): FoundKind | undefined {
  const makeId = idMaker(kinds.map((kind) => kind.id));
  if (given !== undefined) {
    const known = kinds.find((kind) => kind.id === given);
    return known
      ? { kind: known, isNew: false }
      : { kind: { id: makeId(given, 'kind'), label: given.replace(/-/g, ' ') }, isNew: true };
  }
  const found = findKind(people && kindPhrase(people.verbPhrase), lead, kinds, makeId);
  if (!found)
    missing.add('--kind', 'the lead names no kind of meeting: give it with --kind courtesy-call');
  return found;
}

/** The archive's own title: "Prime Minister Abe receives a courtesy call from Vice President Biden". */
export function editorialTitle(
  participants: readonly ResolvedParticipant[],
  people: LeadPeople | undefined,
  kindLabel: string,
): string {
  const label = ({ person, named }: ResolvedParticipant): string =>
    `${roleTitle(named.role)} ${person.familyName}`;
  const hosts = participants.filter(({ side }) => side === 'host').map(label);
  const guests = participants.filter(({ side }) => side === 'guest').map(label);
  return readoutTitle(
    people?.subject ? [people.subject, ...hosts] : hosts,
    people?.verbPhrase ?? '',
    guests,
    kindLabel,
  );
}

// "..., followed by a working lunch", "a meeting and a working dinner": a second meeting in the lead.
const followedBy =
  /\b(?:followed by|and then|then held|and a|as well as)\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}?(?:lunch|luncheon|dinner|breakfast|banquet|meeting|talks?)\b/i;

/** What shows that a page holds more than one meeting, for the report; undefined when it holds one. */
export function otherMeetings(
  page: SourcePage,
  meetingSections: readonly string[],
): string | undefined {
  if (meetingSections.length >= 2)
    return `sections ${meetingSections.map((t) => `“${t}”`).join(', ')}`;
  const second = page.blocks.find((block) => leadOpening.test(block));
  if (second) return `a second lead: “${second.slice(0, 60)}…”`;
  const phrase = followedBy.exec(page.lead)?.[0];
  return phrase ? `the lead: “${phrase}”` : undefined;
}
