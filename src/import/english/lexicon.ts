import type { z } from 'astro/zod';
import type { countrySchema } from '../../schemas/country.ts';
import type { officeSchema } from '../../schemas/office.ts';
import { normalise } from './normalise.ts';

export type Country = z.output<typeof countrySchema>;
export type Office = z.output<typeof officeSchema>;

/** What the importer knows of countries and offices (`content/countries.yaml`, `offices.yaml`). */
export interface Lexicon {
  countries: readonly Country[];
  offices: readonly Office[];
}

const formsOf = (entry: Country | Office): string[] =>
  'name' in entry ? [entry.name, ...entry.forms] : [entry.title, ...entry.forms];

/** The country a form names ("UK", "British", "the Republic of Korea (ROK)"), by its `name`. */
export function countryNamed(words: string, { countries }: Lexicon): Country | undefined {
  const wanted = normalise(words.replace(/^the\s+/i, '').replace(/\s*\([^)]*\)\s*$/, ''));
  return countries.find((country) => formsOf(country).some((form) => normalise(form) === wanted));
}

/** A phrase at the start of a text and what follows it, compared word by word, normalised. */
export interface Prefix<T> {
  entry: T;
  /** The words of the text that named it. */
  words: string;
  rest: string;
}

/** The longest form of an entry that the text starts with, on word boundaries. */
function longestPrefix<T extends Country | Office>(
  text: string,
  entries: readonly T[],
): Prefix<T> | undefined {
  const words = text.trim().split(/\s+/);
  let best: Prefix<T> | undefined;
  for (let count = Math.min(words.length, 12); count >= 1 && !best; count -= 1) {
    const head = normalise(words.slice(0, count).join(' '));
    const entry = entries.find((candidate) =>
      formsOf(candidate).some((form) => normalise(form) === head),
    );
    if (entry)
      best = { entry, words: words.slice(0, count).join(' '), rest: words.slice(count).join(' ') };
  }
  return best;
}

/** The country a text opens with ("Japanese Prime Minister Suga"). */
export const countryAtStart = (text: string, lexicon: Lexicon): Prefix<Country> | undefined =>
  longestPrefix(text, lexicon.countries);

/** The office a text opens with ("Prime Minister Abe of Japan", "Secretary of State Antony J. Blinken"). */
export const officeAtStart = (text: string, lexicon: Lexicon): Prefix<Office> | undefined =>
  longestPrefix(text, lexicon.offices);

/** True when two titles name one office: the same words, or forms of one office of `offices.yaml`. */
export function sameOffice(a: string, b: string, { offices }: Lexicon): boolean {
  if (normalise(a) === normalise(b)) return true;
  return offices.some((office) => {
    const forms = formsOf(office).map(normalise);
    return forms.includes(normalise(a)) && forms.includes(normalise(b));
  });
}
