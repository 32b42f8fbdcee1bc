import { personPattern, titledPersonPattern } from './honorifics.ts';
import { readMention, type Mention, type NamedPerson } from './mention.ts';
import { firstSentence, sentenceEnd } from './sentences.ts';
import { verbGroup } from './verbs.ts';

/** Who met whom, as the lead paragraph says it. */
export interface LeadPeople {
  /** Principals before the verb ("Mr. Shinzo Abe ... received"). */
  hosts: NamedPerson[];
  /** Principals after the verb ("... from Mr. Joe Biden"). */
  guests: NamedPerson[];
  /** People who spoke for a visiting group ("Mr. X ... spoke on behalf of the delegation"): principals. */
  spokespeople: NamedPerson[];
  alsoPresent: NamedPerson[];
  /** The verb phrase joining them, e.g. "received a courtesy call from". */
  verbPhrase: string;
  /** A subject the lead names without honorifics, before the verb: "a delegation of former prisoners of war". */
  subject?: string;
  /** The text of the first sentence around the principals' names and roles (who-clauses, places). */
  clauses: string[];
  /** The text before the first person: the day, the time, the duration. */
  preamble: string;
}

const verbPattern = new RegExp(String.raw`(?:^|,)\s*(?:also\s+)?${verbGroup}\b`);
const anyVerb = new RegExp(String.raw`\b${verbGroup}\b`, 'g');
// "Mr. X, a former prisoner of war, spoke on behalf of the group": the group's voice met the host.
const speaksForGroupPattern =
  /\bon behalf of\b|\b(?:led|headed) by\b|\b(?:head|leader) of the (?:delegation|group)\b|\brepresenting\b/i;
const alsoPresentPattern =
  /\balso\s+(?:present|attended|in attendance|participated|joined)\b|\b(?:attended|accompanied|joined)\s+by\b|\bpresent\s+were\b/i;
const withPattern = /\b(?:with|accompanied by|joined by)\s*$/;

/** Reads who met whom from a lead paragraph; undefined when it names no one. */
export function leadPeople(lead: string): LeadPeople | undefined {
  // Titles before full names count in the first sentence only, where the participants are.
  const firstEnd = sentenceEnd(lead);
  const titled = [...lead.matchAll(titledPersonPattern)].filter(
    (match) => firstEnd < 0 || match.index < firstEnd,
  );
  const starts = [...lead.matchAll(personPattern), ...titled].sort((a, b) => a.index - b.index);
  const first = starts[0];
  if (!first) return undefined;
  const mentions = starts.map((match, index) => {
    const mention = readMention(
      lead.slice(match.index + match[0].length, starts[index + 1]?.index ?? lead.length),
    );
    // "Prime Minister Shinzo Abe held ...": the title is the role when no other follows.
    const title = match.groups?.['title'];
    return title && mention.person.role === ''
      ? { ...mention, person: { ...mention.person, role: title.replace(/\s+/g, ' ') } }
      : mention;
  });
  const sentenceSize =
    mentions.findIndex((mention) => sentenceEnd(mention.after) >= 0) + 1 || mentions.length;
  const principalSentence = mentions.slice(0, sentenceSize);
  const preamble = lead.slice(0, first.index);
  // "On May 20, a delegation of ... paid a courtesy call on Ms. X": a subject without a name,
  // its verb running to the first name ("..., following the talks held on May 19, Mr. X" is not).
  const lastVerb = [...preamble.matchAll(anyVerb)].at(-1);
  const subjectVerb =
    lastVerb && !preamble.slice(lastVerb.index).includes(',') ? lastVerb : undefined;
  // The hosts run to the verb: all of the sentence's principals when it has none.
  const hostCount = subjectVerb
    ? 0
    : principalSentence.findIndex((mention) => verbPattern.test(firstSentence(mention.after))) +
        1 || principalSentence.length;
  const verbText = subjectVerb
    ? preamble.slice(subjectVerb.index)
    : firstSentence(principalSentence[hostCount - 1]?.after ?? '');
  const verbMatch = verbPattern.exec(verbText);
  // "..., with Mr. X, Chief Cabinet Secretary, also present": the rest of the sentence attended.
  const withAt = principalSentence.findIndex(
    (mention, index) => index >= hostCount && withPattern.test(mention.after),
  );
  const principalsEnd = withAt < 0 ? principalSentence.length : withAt + 1;
  const later = laterAttendees(mentions.slice(sentenceSize), principalSentence.at(-1)?.after ?? '');
  const alsoPresent = [...principalSentence.slice(principalsEnd), ...later.alsoPresent];
  const subject = subjectVerb && subjectOf(preamble.slice(0, subjectVerb.index));
  return {
    hosts: principalSentence.slice(0, hostCount).map(({ person }) => person),
    guests: principalSentence.slice(hostCount, principalsEnd).map(({ person }) => person),
    spokespeople: later.speakers.map(({ person }) => person),
    alsoPresent: alsoPresent.map(({ person }) => ({ ...person, attendance: 'also-present' })),
    verbPhrase: verbMatch
      ? cleanVerbPhrase(verbText.slice(verbText.indexOf(verbMatch[1] ?? '', verbMatch.index)))
      : '',
    ...(subject ? { subject } : {}),
    clauses: principalSentence.map(({ after }) => firstSentence(after)),
    preamble,
  };
}

/**
 * People named in the sentences after the first: those whose sentence says they attended, and
 * those who spoke for a visiting group (principals).
 */
function laterAttendees(
  mentions: Mention[],
  before: string,
): { alsoPresent: Mention[]; speakers: Mention[] } {
  const attendees: Mention[] = [];
  const speakers: Mention[] = [];
  let sentence: Mention[] = [];
  let text = lastSentence(before);
  for (const mention of mentions) {
    sentence.push(mention);
    const end = sentenceEnd(mention.after);
    text += ` ${mention.person.name}, ${mention.person.role}${end < 0 ? mention.after : mention.after.slice(0, end)}`;
    if (end < 0) continue;
    sort(sentence, text);
    sentence = [];
    text = lastSentence(mention.after);
  }
  sort(sentence, text);
  return { alsoPresent: attendees, speakers };

  function sort(people: Mention[], sentenceText: string): void {
    if (alsoPresentPattern.test(sentenceText)) attendees.push(...people);
    else if (speaksForGroupPattern.test(sentenceText)) speakers.push(...people);
  }
}

// The clauses that open a lead before its subject: the day, the time, the duration.
const openingClause =
  /^(?:1\.?\s+)?(?:On\b|commencing\b|starting\b|beginning\b|from\b|at\b|for\b|around\b|approximately\b|in\b)[^,]*,\s*/i;

/** The subject of a lead that names it without honorifics: "a delegation of ..." of "On May 20, from 3:00 p.m., a delegation of ...". */
function subjectOf(text: string): string {
  let subject = text;
  for (let clause = openingClause.exec(subject); clause; clause = openingClause.exec(subject))
    subject = subject.slice(clause[0].length);
  // "a delegation of ..., who are visiting Japan, paid": the subject without its relative clause.
  return subject.replace(/,\s+(?:who|which)\b.*$/, '').replace(/[\s,]+$/, '');
}

function lastSentence(text: string): string {
  let start = 0;
  for (let end = sentenceEnd(text); end >= 0; end = sentenceEnd(text, end)) start = end;
  return text.slice(start);
}

/** "received a courtesy call from" out of "received a courtesy call from the " or "held a telephone talk." */
function cleanVerbPhrase(text: string): string {
  return text.replace(/[\s,.:;]+$/, '').replace(/\s+the$/i, '');
}
