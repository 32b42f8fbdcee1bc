import type { Person } from './readout.ts';

// The people of a large archive are listed by the initial of their family name, a page a
// letter, as a printed index is: a list of every person would outgrow a page's budget.

/** The most people `/people/` lists itself; beyond, it lists the initials only. */
export const peopleListedWhole = 200;

/** The initial a person is filed under, as it appears in a URL: "a" for Abe, "o" for Öztürk. */
export function initialOf(person: Person): string {
  const letter = person.data.familyName.normalize('NFD').charAt(0).toLowerCase();
  return /[a-z]/.test(letter) ? letter : 'other';
}

/** People by initial, in alphabetical order of initials, each in the order given. */
export const peopleByInitial = (people: Person[]): [string, Person[]][] =>
  [...Map.groupBy(people, initialOf)].sort(([a], [b]) => a.localeCompare(b));

/** How an initial is shown: "A", or "Other" for names that begin with no Latin letter. */
export const initialLabel = (initial: string): string =>
  initial === 'other' ? 'Other' : initial.toUpperCase();
