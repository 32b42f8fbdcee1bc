import { meetingVerbs } from './verbs.ts';

// What follows the kind of meeting in a verb phrase: "held a summit meeting with".
const preposition = /(?:^|\s+)(?:with|from|on|to|between|among|by|for|in|at|followed)\b.*$/i;
// The countries in a meeting's name ("Japan-Australia", "Japan-U.S.-ROK Trilateral"), how many
// they are, its number and its rhythm: not its kind. "The 5th Japan-India Annual Summit
// Meeting" and a "Japan-U.S.-ROK Trilateral Summit Meeting" are summit meetings.
// "Japan-Australia-New Zealand-Republic of Korea (AP4) Leaders’ Meeting": countries of several words.
const countryList =
  /^(?:(?:\p{Lu}[\p{L}.’']*|of|the)[\s-])*\p{Lu}[\p{L}.]*-\p{Lu}[\p{L}.]*(?:\s+of\s+(?:the\s+)?\p{Lu}[\p{L}.]*)*\s+/u;
const countryPair =
  /^(?:[\p{Lu}][\p{L}.]*(?:-[\p{Lu}][\p{L}.]*)+|Japanese|[Bb]ilateral|[Tt]rilateral|[Qq]uadrilateral|[Aa]nnual|\d+(?:st|nd|rd|th)|[Ff]irst|[Ss]econd|[Tt]hird)\s+/u;

/**
 * The kind of meeting a lead's verb phrase names, as running text writes it: "courtesy call"
 * of "received a courtesy call from", "summit telephone talk" of "held a Japan-U.S. Summit
 * Telephone Talk with", "working lunch" of "had a working lunch and ... with". A verb without
 * an object names one too: "met" a meeting, "talked on the telephone" a telephone talk.
 */
export function kindPhrase(verbPhrase: string): string | undefined {
  const [verb = '', ...rest] = verbPhrase.trim().split(/\s+/);
  if (!(verb.toLowerCase() in meetingVerbs)) return undefined;
  let object = rest
    .join(' ')
    .replace(preposition, '')
    .replace(/^(?:an?|the)\s+/i, '');
  // "a meeting and a working lunch", "a meeting, followed by a dinner": the first meeting's kind.
  object = (object.split(/,\s*|\s+and\s+/)[0] ?? '').replace(/\s*\([^)]*\)/g, '');
  object = object.replace(countryList, '');
  while (countryPair.test(object)) object = object.replace(countryPair, '');
  if (object === '') {
    const said = verb.toLowerCase();
    if (said === 'talked' || said === 'spoke')
      return /telephone|phone/i.test(verbPhrase) ? 'telephone talk' : 'meeting';
    return said === 'met' ? 'meeting' : undefined;
  }
  // Running text writes a kind in lower case; an acronym ("G7", "TICAD") keeps its capitals.
  return object
    .split(/\s+/)
    .map((word) => (/^\p{Lu}[\p{Ll}’']*$/u.test(word) ? word.toLowerCase() : word))
    .join(' ');
}
