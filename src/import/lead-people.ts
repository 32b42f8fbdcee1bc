import { sentenceEnd } from './sentences.ts';

/** A person as the lead names them, with the role it gives them. */
export interface NamedPerson {
  /** The name as written, without honorifics (Mr., H.E.) or post-nominals (MP). */
  name: string;
  /** The role as written, e.g. "Prime Minister of Japan"; '' when the lead gives none. */
  role: string;
  attendance: 'principal' | 'also-present';
}

/** Who met whom, as the lead paragraph says it. */
export interface LeadPeople {
  /** Principals before the verb ("Mr. Shinzo Abe ... received"). */
  hosts: NamedPerson[];
  /** Principals after the verb ("... from Mr. Joe Biden"). */
  guests: NamedPerson[];
  alsoPresent: NamedPerson[];
  /** The verb phrase joining them, e.g. "received a courtesy call from". */
  verbPhrase: string;
  /** The text of the first sentence around the principals' names and roles (who-clauses, places). */
  clauses: string[];
  /** The text before the first person: the day, the time, the duration. */
  preamble: string;
}

const honorific = String.raw`(?:H\.E\.|H\.M\.|H\.R\.H\.|H\.H\.|Rt\.?\s+Hon\.|Hon\.|Mr\.|Ms\.|Mrs\.|Mx\.|Dr\.|Prof\.|Professor|Sir|Dame|Sheikh|Sheikha|(?:His|Her)\s+(?:Excellency|Majesty|Royal\s+Highness|Highness))`;
const personPattern = new RegExp(String.raw`(?<![\w.])(?:[Tt]he\s+)?(?:${honorific}\s+)+(?=[A-Z])`, 'g');
const postNominal = /(?:\s+(?:MP|QC|KC|AC|AO|OBE|CBE|KBE|MBE|GCMG|KCMG|PhD))+$/;
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
const verbPattern = /(?:^|,)\s*(?:also\s+)?(received|held|had|paid|hosted|met|conducted|made|attended|exchanged|visited|talked|spoke|welcomed)\b/;
const alsoPresentPattern =
  /\balso\s+(?:present|attended|in attendance|participated|joined)\b|\b(?:attended|accompanied|joined)\s+by\b|\bpresent\s+were\b/i;
const withPattern = /\b(?:with|accompanied by|joined by)\s*$/;

interface Mention {
  person: NamedPerson;
  /** Text after the role, up to the next person. */
  after: string;
}

/** Reads who met whom from a lead paragraph; undefined when it names no one. */
export function leadPeople(lead: string): LeadPeople | undefined {
  const starts = [...lead.matchAll(personPattern)];
  const first = starts[0];
  if (!first) return undefined;
  const mentions = starts.map((match, index) => readMention(lead.slice(match.index + match[0].length, starts[index + 1]?.index ?? lead.length)));
  const sentenceSize = mentions.findIndex((mention) => sentenceEnd(mention.after) >= 0) + 1 || mentions.length;
  const principalSentence = mentions.slice(0, sentenceSize);
  const verbAt = principalSentence.findIndex((mention) => verbPattern.test(firstSentence(mention.after)));
  const hostCount = verbAt < 0 ? principalSentence.length : verbAt + 1;
  const verbText = firstSentence(principalSentence[hostCount - 1]?.after ?? '');
  const verbMatch = verbPattern.exec(verbText);
  // "..., with Mr. X, Chief Cabinet Secretary, also present": the rest of the sentence attended.
  const withAt = principalSentence.findIndex((mention, index) => index >= hostCount && withPattern.test(mention.after));
  const principalsEnd = withAt < 0 ? principalSentence.length : withAt + 1;
  const alsoPresent = [
    ...principalSentence.slice(principalsEnd),
    ...laterAttendees(mentions.slice(sentenceSize), principalSentence.at(-1)?.after ?? ''),
  ];
  return {
    hosts: principalSentence.slice(0, hostCount).map(({ person }) => person),
    guests: principalSentence.slice(hostCount, principalsEnd).map(({ person }) => person),
    alsoPresent: alsoPresent.map(({ person }) => ({ ...person, attendance: 'also-present' })),
    verbPhrase: verbMatch ? cleanVerbPhrase(verbText.slice(verbText.indexOf(verbMatch[1] ?? '', verbMatch.index))) : '',
    clauses: principalSentence.map(({ after }) => firstSentence(after)),
    preamble: lead.slice(0, first.index),
  };
}

/** People named in the sentences after the first, kept when their sentence says they attended. */
function laterAttendees(mentions: Mention[], before: string): Mention[] {
  const attendees: Mention[] = [];
  let sentence: Mention[] = [];
  let text = lastSentence(before);
  for (const mention of mentions) {
    sentence.push(mention);
    const end = sentenceEnd(mention.after);
    text += ` ${mention.person.name}, ${mention.person.role}${end < 0 ? mention.after : mention.after.slice(0, end)}`;
    if (end < 0) continue;
    if (alsoPresentPattern.test(text)) attendees.push(...sentence);
    sentence = [];
    text = lastSentence(mention.after);
  }
  if (alsoPresentPattern.test(text)) attendees.push(...sentence);
  return attendees;
}

/** Splits "Shinzo Abe, Prime Minister of Japan, who was visiting New York, received ..." into name, role and the rest. */
function readMention(text: string): Mention {
  const words = text.split(/(?<=\s)/);
  let name = '';
  for (const word of words) {
    const bare = word.trim().replace(/[,.;]$/, '');
    if (name !== '' && /^[a-z]/.test(bare) && !nameParticles.has(bare)) break;
    name += word;
    if (/[,;]\s*$/.test(word) || (sentenceEnd(name) >= 0 && sentenceEnd(name) === name.trimEnd().length)) break;
  }
  let rest = text.slice(name.length);
  // A period after a name ends the sentence ("... with Mr. Joe Biden."): not part of the name.
  name = name
    .trim()
    .replace(/[,;]$/, '')
    .replace(/(?<![A-Z])\.$/, '');
  const suffix = /^\s*((?:Jr|Sr)\.|I{2,3}|IV)(?=,|\s|$),?/.exec(rest);
  if (suffix) {
    name = `${name}, ${suffix[1] ?? ''}`;
    rest = rest.slice(suffix[0].length);
  }
  name = name.replace(postNominal, '');
  if (
    !text
      .slice(0, text.length - rest.length)
      .trimEnd()
      .endsWith(',')
  )
    return { person: { name, role: '', attendance: 'principal' }, after: rest };
  const roleEnd = roleLength(rest);
  const role = rest
    .slice(0, roleEnd)
    .trim()
    .replace(/(?:,|\s+and)\s*$/, '');
  return { person: { name, role, attendance: 'principal' }, after: rest.slice(roleEnd) };
}

/** Length of the role at the start of `text`: up to ", who", ", held", ", and", a sentence's end, or a semicolon. */
function roleLength(text: string): number {
  const ends = [/,\s+(?=[a-z])/.exec(text)?.index, /;/.exec(text)?.index, /\s+and\s*$/.exec(text)?.index];
  const sentence = sentenceEnd(text);
  if (sentence >= 0) ends.push(sentence - 1);
  return Math.min(text.length, ...ends.filter((end) => end !== undefined));
}

const firstSentence = (text: string): string => {
  const end = sentenceEnd(text);
  return end < 0 ? text : text.slice(0, end);
};

function lastSentence(text: string): string {
  let start = 0;
  for (let end = sentenceEnd(text); end >= 0; end = sentenceEnd(text, end)) start = end;
  return text.slice(start);
}

/** "received a courtesy call from" out of "received a courtesy call from the " or "held a telephone talk." */
function cleanVerbPhrase(text: string): string {
  return text
    .replace(/[\s,.:;]+$/, '')
    .replace(/\s+the$/i, '')
    .trim();
}
