import type { Person, Topic } from './readout.ts';

// People and topics of a large archive are listed by the initial of their name, a page a
// letter, as a printed index is: a list of every one would outgrow a page's budget.

/** The most people `/people/` lists itself; beyond, it lists the initials only. */
export const peopleListedWhole = 200;

/**
 * The most topics `/topics/` lists itself, each with its description (about 60 B gzip a topic
 * with a real one); beyond, it lists the initials only.
 */
export const topicsListedWhole = 100;

/** The initial a name is filed under, as it appears in a URL: "a" for Abe, "o" for Öztürk. */
export function initialOf(name: string): string {
  const letter = name.normalize('NFD').charAt(0).toLowerCase();
  return /[a-z]/.test(letter) ? letter : 'other';
}

/** Items by the initial of their names, in alphabetical order of initials, each in the order given. */
const byInitial = <T>(items: T[], nameOf: (item: T) => string): [string, T[]][] =>
  [...Map.groupBy(items, (item) => initialOf(nameOf(item)))].sort(([a], [b]) => a.localeCompare(b));

/** People by the initial of their family name, each letter's in the order given. */
export const peopleByInitial = (people: Person[]): [string, Person[]][] =>
  byInitial(people, (person) => person.data.familyName);

/** Topics by the initial of their title, each letter's in the order given. */
export const topicsByInitial = (topics: Topic[]): [string, Topic[]][] =>
  byInitial(topics, (topic) => topic.data.title);

/** How an initial is shown: "A", or "Other" for names that begin with no Latin letter. */
export const initialLabel = (initial: string): string =>
  initial === 'other' ? 'Other' : initial.toUpperCase();
