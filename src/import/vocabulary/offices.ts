import { countryNamed, officeAtStart, sameOffice, type Lexicon } from '../english/lexicon.ts';
import { normalise } from '../english/normalise.ts';
import { countryOfRole } from '../english/role.ts';
import type { Person } from './vocabulary.ts';

/** An office a readout names, and the country it serves when known. */
export interface OfficeNamed {
  title: string;
  country?: string | undefined;
}

/** The office and country a role as written names ("Secretary of State of the United States of America"). */
export function officeOfRole(role: string, lexicon: Lexicon): OfficeNamed | undefined {
  const office = officeAtStart(role.replace(/^(?:the|former)\s+/i, ''), lexicon);
  if (!office) return undefined;
  const said = countryOfRole(role);
  return { title: office.words, country: said && (countryNamed(said, lexicon)?.name ?? said) };
}

/**
 * The people of the vocabulary who held an office on a day: its title or another form of it
 * (`offices.yaml`), in the country named, or in any country when none is.
 */
export function holdersOn(
  office: OfficeNamed,
  date: string,
  people: readonly Person[],
  lexicon: Lexicon,
): Person[] {
  const country =
    office.country && normalise(countryNamed(office.country, lexicon)?.name ?? office.country);
  return people.filter((person) =>
    person.offices.some(
      (term) =>
        (country === undefined || normalise(term.country) === country) &&
        sameOffice(term.office, office.title, lexicon) &&
        term.from <= date &&
        (term.to === undefined || date <= term.to),
    ),
  );
}
