import { leadingPostNominals, withoutPostNominals } from './honorifics.ts';
import { countryOfRole } from './role.ts';
import { sentenceEnd } from './sentences.ts';
import { verbGroup } from './verbs.ts';

/** A person as the lead names them, with the role it gives them. */
export interface NamedPerson {
  /** The name as written, without honorifics (Mr., H.E.) or post-nominals (MP). */
  name: string;
  /** The role as written, e.g. "Prime Minister of Japan"; '' when the lead gives none. */
  role: string;
  attendance: 'principal' | 'also-present';
}

/** A person named in the lead, and the text after their role up to the next person. */
export interface Mention {
  person: NamedPerson;
  /** Text after the role, up to the next person. */
  after: string;
}

// Lower-case words that belong to names (Mohamad bin Abdullah, Ursula von der Leyen).
const nameParticles = new Set([
  'bin',
  'binti',
  'bint',
  'al',
  'el',
  'de',
  'da',
  'di',
  'do',
  'dos',
  'du',
  'van',
  'von',
  'der',
  'den',
  'ter',
  'la',
  'le',
  'y',
  'ibn',
]);
/** Splits "Shinzo Abe, Prime Minister of Japan, who was visiting New York, received ..." into name, role and the rest. */
export function readMention(text: string): Mention {
  const words = text.split(/(?<=\s)/);
  let name = '';
  for (const word of words) {
    const bare = word.trim().replace(/[,.;]$/, '');
    if (name !== '' && /^[a-z]/.test(bare) && !nameParticles.has(bare)) break;
    name += word;
    if (
      /[,;]\s*$/.test(word) ||
      (sentenceEnd(name) >= 0 && sentenceEnd(name) === name.trimEnd().length)
    )
      break;
  }
  let rest = text.slice(name.length);
  // A period after a name ends the sentence ("... with Mr. Joe Biden."): not part of the name,
  // but the end of the sentence, which stays in the text after it.
  const written = name.trimEnd();
  const bare = written.trim().replace(/[,;]$/, '');
  name = bare.replace(/(?<![A-Z])\.$/, '');
  if (name !== bare && written.endsWith('.')) rest = text.slice(written.length - 1);
  const suffix = /^\s*((?:Jr|Sr)\.|I{2,3}|IV)(?=,|\s|$),?/.exec(rest);
  if (suffix) {
    name = `${name}, ${suffix[1] ?? ''}`;
    rest = rest.slice(suffix[0].length);
  }
  name = withoutPostNominals(name);
  if (
    !text
      .slice(0, text.length - rest.length)
      .trimEnd()
      .endsWith(',')
  )
    return { person: { name, role: '', attendance: 'principal' }, after: rest };
  rest = rest.slice(leadingPostNominals(rest));
  // "President Jane Doe, who is visiting Japan, ...": a clause after the comma, not a role.
  if (clauseAfterComma.test(rest))
    return { person: { name, role: '', attendance: 'principal' }, after: rest };
  const roleEnd = roleLength(rest);
  const role = rest
    .slice(0, roleEnd)
    .trim()
    .replace(/(?:,|\s+and)\s*$/, '');
  return { person: { name, role, attendance: 'principal' }, after: rest.slice(roleEnd) };
}

// A role ends where the sentence goes on without a comma: "Prime Minister of Japan held a ...".
const clauseStart = new RegExp(String.raw`\s+(?=(?:also\s+)?(?:${verbGroup}|who|which)\b)`);
const clauseAfterComma = new RegExp(
  String.raw`^\s*(?:also\s+)?(?:${verbGroup}|who|which|whose|whom)\b`,
);

// Where the meeting took place or why, after a role that has named its country: "President of
// the United States of America at President Biden's private residence", "... in Tokyo".
const placeAfter =
  /\s+(?:at|in|during|while|on\s+the\s+(?:occasion|margins|sidelines)\s+of)\s+(?=\S)/g;

/** Where a role that names its country ends, before a place or an occasion ("... of Japan at ..."). */
function placeAfterRole(text: string): number | undefined {
  for (const match of text.matchAll(placeAfter))
    if (countryOfRole(text.slice(0, match.index)) !== undefined) return match.index;
  return undefined;
}

/** Length of the role at the start of `text`: up to ", who", ", held", " held", ", and", a place after its country, a sentence's end, or a semicolon. */
function roleLength(text: string): number {
  const ends = [
    /,\s+(?=[a-z])/.exec(text)?.index,
    clauseStart.exec(text)?.index,
    /;/.exec(text)?.index,
    /\s+and\s*$/.exec(text)?.index,
    placeAfterRole(text),
  ];
  const sentence = sentenceEnd(text);
  if (sentence >= 0) ends.push(sentence - 1);
  return Math.min(text.length, ...ends.filter((end) => end !== undefined));
}
