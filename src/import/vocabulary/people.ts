import type { NamedPerson } from '../english/mention.ts';
import { countryOfRole, roleTitle } from '../english/role.ts';
import { normalise } from '../english/normalise.ts';
import type { MakeId } from './slugger.ts';
import type { Person } from './vocabulary.ts';

// Escapes a name for a regular expression.
const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const tokens = (name: string): string => normalise(name).split(' ').sort().join(' ');
// A name without its initials: "Donald Trump" of "Donald J. Trump".
const withoutInitials = (name: string): string =>
  normalise(name)
    .split(' ')
    .filter((word) => word.length > 1)
    .sort()
    .join(' ');

/**
 * The person of the vocabulary a lead names: by name or one of the forms in `mentions`, or by
 * the same words in another order ("KISHIDA Fumio" is "Fumio Kishida"), or by the same words
 * when one of the two names has initials and the other none ("Donald Trump" is "Donald J.
 * Trump"; "George W. Bush" is not "George H. W. Bush").
 */
export function findPerson(name: string, people: readonly Person[]): Person | undefined {
  const wanted = normalise(name);
  const hasInitials = (text: string): boolean =>
    normalise(text) !== withoutInitials(text) && /\b\p{L}\b/u.test(normalise(text));
  return (
    people.find((person) =>
      [person.name, ...person.mentions].some((form) => normalise(form) === wanted),
    ) ??
    people.find((person) => tokens(person.name) === tokens(name)) ??
    people.find(
      (person) =>
        hasInitials(person.name) !== hasInitials(name) &&
        withoutInitials(person.name) === withoutInitials(name),
    )
  );
}

/**
 * The family name in a name as written. MOFA writes it in capitals in newer readouts
 * ("KISHIDA Fumio"); a name of a country that writes the family name first ("Wang Yi", "Yun
 * Byung-se") starts with it; otherwise it is the part of the name the text keeps using on its
 * own ("President Park", "Prime Minister Abe"), and the last word when the text does not say.
 */
export function familyNameOf(name: string, text: string, familyNameFirst = false): string {
  const words = name
    .replace(/,?\s+(?:Jr|Sr)\.$/, '')
    .split(/\s+/)
    .filter((word) => /^\p{Lu}/u.test(word));
  // Capitals, not a generation's numeral, which follows a name ("Benigno S. Aquino III"):
  // "XI Jinping" opens with his family name.
  const capitals = words.find(
    (word, index) =>
      word === word.toUpperCase() &&
      /\p{Lu}{2}/u.test(word) &&
      !(index > 0 && /^[IVX]+$/.test(word)),
  );
  if (capitals) return capitals.charAt(0) + capitals.slice(1).toLowerCase();
  if (familyNameFirst && words[0]) return words[0];
  const count = (word: string): number =>
    text.split(new RegExp(`(?<![\\p{L}-])${escape(word)}(?![\\p{L}-])`, 'u')).length - 1;
  let best = words.at(-1) ?? name;
  for (const word of words) if (count(word) > count(best)) best = word;
  return best;
}

/**
 * The forms the text uses for a person: a title taken from their role before the family name
 * ("Foreign Minister Kishida", "Minister Kishida" for the Minister for Foreign Affairs), in
 * the order the text first uses them; the role's title and the name when the text uses none.
 */
export function shortForms(familyName: string, role: string, text: string): string[] {
  const roleWords = new Set(role.toLowerCase().split(/\s+/));
  const forms = new Set<string>();
  for (const match of text.matchAll(
    new RegExp(
      `(?<![\\p{L}-])((?:\\p{Lu}[\\p{L}-]*\\s+){1,4})${escape(familyName)}(?![\\p{L}-])`,
      'gu',
    ),
  )) {
    const words = (match[1] ?? '').trim().split(/\s+/);
    const firstInRole = words.findIndex((_, index) =>
      words.slice(index).every((word) => roleWords.has(word.toLowerCase())),
    );
    if (firstInRole >= 0) forms.add(`${words.slice(firstInRole).join(' ')} ${familyName}`);
  }
  // A role that is a description ("a former prisoner of war") gives no title to name them by.
  if (forms.size > 0 || !/^\p{Lu}/u.test(role)) return [...forms];
  return [`${roleTitle(role)} ${familyName}`];
}

/** A name as running text writes it: "KISHIDA Fumio" is "Kishida Fumio", "Catherine COLONNA" is "Catherine Colonna". */
const displayName = (name: string): string =>
  name.replace(/\p{Lu}{2,}/gu, (word, at: number) =>
    // A numeral after a name is a generation's ("Aquino III"); at its start, a family name.
    at > 0 && /^[IVX]+$/.test(word) ? word : word.charAt(0) + word.slice(1).toLowerCase(),
  );

/** What a new person's country says of them: its name, and its order of names. */
export interface CountryOfPerson {
  country: string;
  familyNameFirst: boolean;
}

/**
 * A new person of the vocabulary, for a name the vocabulary does not know; the id is made from
 * the name as written, the country from `countries.yaml` when the role names one it knows.
 */
export function newPerson(
  named: NamedPerson,
  text: string,
  makeId: MakeId,
  known?: CountryOfPerson,
): Person {
  const familyName = familyNameOf(named.name, text, known?.familyNameFirst);
  const country = known?.country ?? countryOfRole(named.role);
  const name = displayName(named.name);
  return {
    id: makeId(named.name, 'person'),
    name,
    familyName,
    ...(country ? { country } : {}),
    mentions: [...new Set([name, named.name, ...shortForms(familyName, named.role, text)])],
    offices: [],
  };
}
