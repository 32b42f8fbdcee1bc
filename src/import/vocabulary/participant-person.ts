import type { MissingFields } from '../import-error.ts';
import type { DraftPerson } from '../draft.ts';
import { countryNamed, type Lexicon } from '../english/lexicon.ts';
import { normalise } from '../english/normalise.ts';
import { roleOfOffice } from '../english/role.ts';
import type { Inferred } from '../inferred.ts';
import { holdersOn, type OfficeNamed } from './offices.ts';
import { findPerson, newPerson } from './people.ts';
import type { MakeId } from './slugger.ts';
import type { Person } from './vocabulary.ts';

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
export function personOf(
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
    `“${draft.words}”: ${whyNoOne(draft, office, date, holder)}, or give every participant with --participant "<person-id>|<role>"`,
  );
  return undefined;
}

/** Why no one person is the participant a readout names by office. */
function whyNoOne(
  draft: DraftPerson,
  office: OfficeNamed | undefined,
  date: string | undefined,
  holders: readonly Person[],
): string {
  if (!date) return 'without the meeting’s date, no holder of the office can be told';
  if (!office) return 'people.yaml knows no one by that name';
  const role = roleOfOffice(office.title, office.country);
  // A day of handover: both terms take it in.
  if (holders.length > 1)
    return `people.yaml knows ${holders.map((person) => person.name).join(' and ')} as ${role} on ${date}: the text does not say which`;
  return `people.yaml knows no ${role} on ${date}${draft.familyName ? ` named ${draft.familyName}` : ''}: add their term to people.yaml (offices)`;
}

/** The role of a participant: as written, or made of the office and country named. */
export const roleFor = (draft: DraftPerson, office: OfficeNamed | undefined): string =>
  draft.role !== '' ? draft.role : office ? roleOfOffice(office.title, office.country) : '';
