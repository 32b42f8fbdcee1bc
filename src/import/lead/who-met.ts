import { personPattern, readMention, type Mention, type NamedPerson } from './mention.ts';
import { sentenceEnd } from './sentences.ts';

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

const verbPattern =
  /(?:^|,)\s*(?:also\s+)?(received|held|had|paid|hosted|met|conducted|made|attended|exchanged|visited|talked|spoke|welcomed)\b/;
const alsoPresentPattern =
  /\balso\s+(?:present|attended|in attendance|participated|joined)\b|\b(?:attended|accompanied|joined)\s+by\b|\bpresent\s+were\b/i;
const withPattern = /\b(?:with|accompanied by|joined by)\s*$/;

/** Reads who met whom from a lead paragraph; undefined when it names no one. */
export function leadPeople(lead: string): LeadPeople | undefined {
  const starts = [...lead.matchAll(personPattern)];
  const first = starts[0];
  if (!first) return undefined;
  const mentions = starts.map((match, index) =>
    readMention(lead.slice(match.index + match[0].length, starts[index + 1]?.index ?? lead.length)),
  );
  const sentenceSize =
    mentions.findIndex((mention) => sentenceEnd(mention.after) >= 0) + 1 || mentions.length;
  const principalSentence = mentions.slice(0, sentenceSize);
  const verbAt = principalSentence.findIndex((mention) =>
    verbPattern.test(firstSentence(mention.after)),
  );
  const hostCount = verbAt < 0 ? principalSentence.length : verbAt + 1;
  const verbText = firstSentence(principalSentence[hostCount - 1]?.after ?? '');
  const verbMatch = verbPattern.exec(verbText);
  // "..., with Mr. X, Chief Cabinet Secretary, also present": the rest of the sentence attended.
  const withAt = principalSentence.findIndex(
    (mention, index) => index >= hostCount && withPattern.test(mention.after),
  );
  const principalsEnd = withAt < 0 ? principalSentence.length : withAt + 1;
  const alsoPresent = [
    ...principalSentence.slice(principalsEnd),
    ...laterAttendees(mentions.slice(sentenceSize), principalSentence.at(-1)?.after ?? ''),
  ];
  return {
    hosts: principalSentence.slice(0, hostCount).map(({ person }) => person),
    guests: principalSentence.slice(hostCount, principalsEnd).map(({ person }) => person),
    alsoPresent: alsoPresent.map(({ person }) => ({ ...person, attendance: 'also-present' })),
    verbPhrase: verbMatch
      ? cleanVerbPhrase(verbText.slice(verbText.indexOf(verbMatch[1] ?? '', verbMatch.index)))
      : '',
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
