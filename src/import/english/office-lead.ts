import type { DraftPerson, PublisherFacts } from '../draft.ts';
import type { Lexicon } from './lexicon.ts';
import { readReference, type Reference } from './person-reference.ts';
import { meetingPlace } from './place.ts';
import { firstSentence } from './sentences.ts';

/** Who met whom, as a lead that names people by office says it. */
export interface OfficeLead {
  people: DraftPerson[];
  /** The verb phrase joining them: "spoke to", "met with", "had a phone conversation with". */
  verbPhrase: string;
  /** The kind of meeting in running text: "telephone talk", "meeting", "video conference". */
  kind: string;
  place?: string;
}

const verbs = String.raw`spoke|talked|met|held|had|hosted|welcomed|received|took|called|joined`;
// When and how, between the subject and the verb or after it: "spoke today by phone with".
const adverbs = String.raw`(?:(?:today|yesterday|this\s+(?:morning|afternoon|evening)|tonight|on\s+\p{Lu}\p{Ll}+day|virtually|again|separately|by\s+(?:video|tele)?phone|over\s+the\s+(?:tele)?phone|by\s+video(?:\s*conference)?)\s+)*`;
// The people met after a preposition: "spoke to", "had a phone conversation with", "met
// virtually with", "held a bilateral meeting with", "took a phone call from".
const withPhrase = new RegExp(
  String.raw`\s+${adverbs}\b(${verbs})\b((?:\s+(?!with\b|to\b|from\b)[\p{Ll}\p{N}’'-]+){0,6}?)\s+(with|to|from)\b`,
  'u',
);
// The people met right after the verb: "met Prime Minister Kishida", "hosted Japanese Prime Minister ...".
const directPhrase = new RegExp(
  String.raw`\s+${adverbs}\b(met|hosted|welcomed|received|visited)()()(?=\s+(?:the\s+)?\p{Lu})`,
  'u',
);
// No one after the verb: both principals are its subject ("Prime Minister Turnbull and Prime
// Minister Abe held a meeting in Sydney today").
const bareVerb = new RegExp(String.raw`\s+${adverbs}\b(${verbs})\b()()`, 'u');
// Where the people met end: a time, a place, a purpose, a clause (but not the serial comma of
// a list: "..., President Yoon of the ROK, and President Biden").
const objectEnd =
  /\s+(?:today|yesterday|this\s+(?:morning|afternoon|evening)|tonight|earlier|on\s+(?:the\s+)?(?:\p{Lu}\p{Ll}+day|margins?|sidelines?|occasion)\b|at\b|in\b|to\b|about\b|ahead\b|who\b|during\b|via\b|for\b|by\s+(?:video|tele)?phone|over\s+the|virtually|following\b|after\b|when\b|where\b|as\b)|,\s+(?!and\s+(?:the\s+)?\p{Lu})(?=\p{Ll})|[.;(]/u;

// The place a text is dated from, before its first words: "WASHINGTON — ", "Ottawa, Ontario – ".
const placeDateline = /^(\p{Lu}[\p{Lu}\p{Ll} .'’]*?(?:,\s*\p{Lu}[\p{L} .]*?)?)\s+[—–]\s+/u;

/** "Washington" of "WASHINGTON": a place in capitals, as running text writes it. */
const titleCase = (place: string): string =>
  place.replace(/\p{Lu}{2,}/gu, (word) => word.charAt(0) + word.slice(1).toLowerCase());

/** The kind of meeting a verb phrase says: a call, a meeting, or a video conference. */
function kindOfPhrase(phrase: string): string {
  if (/\b(?:virtual(?:ly)?|video)/i.test(phrase)) return 'video conference';
  if (/\b(?:spoke|talked|called|phone|telephone|call)\b/i.test(phrase)) return 'telephone talk';
  return 'meeting';
}

/** The people a list names: "Prime Minister Abe of Japan and President Moon of the ROK". */
function references(list: string, lexicon: Lexicon): Reference[] | undefined {
  const whole = readReference(list, lexicon);
  if (whole) return [whole];
  const parts = list.split(
    /,?\s+and\s+(?=(?:the\s+)?\p{Lu})|,\s+(?=(?:the\s+)?\p{Lu}[\p{Ll}]+\s+\p{Lu})/u,
  );
  const read = parts.map((part) => readReference(part, lexicon));
  return read.every((reference) => reference !== undefined) ? read : undefined;
}

/** A reference as a draft's person: its own country is the publisher's when it names none. */
function draftPerson(
  reference: Reference,
  side: DraftPerson['side'],
  home: string | undefined,
): DraftPerson {
  const country = reference.country ?? home;
  return {
    words: reference.words,
    ...(reference.name ? { name: reference.name } : {}),
    ...(reference.familyName ? { familyName: reference.familyName } : {}),
    role: '',
    ...(reference.title ? { office: { title: reference.title, country } } : {}),
    side,
  };
}

/**
 * Reads a lead that names its own principal by office ("The Prime Minister spoke to Prime
 * Minister Abe of Japan this morning.", "Secretary of State Antony J. Blinken spoke today with
 * Japanese Foreign Minister Hayashi Yoshimasa.", "On the afternoon of October 8, 2021,
 * President Xi Jinping had a phone conversation with Japanese Prime Minister Fumio Kishida.").
 * The subject is the publisher's side; whom it met, the other. Undefined when the first
 * sentence does not say who met whom.
 */
export function readOfficeLead(
  lead: string,
  publisher: PublisherFacts,
  lexicon: Lexicon,
): OfficeLead | undefined {
  const sentence = firstSentence(lead);
  // Opening clauses: "Today,", "On March 16,", "On the afternoon of October 8, 2021,".
  const dateline = placeDateline.exec(sentence);
  const opened = sentence
    .slice(dateline?.[0].length ?? 0)
    .replace(
      /^(?:(?:Today|Yesterday|Earlier today|This \w+|On [^,]+(?:, \d{4})?(?: local time)?),\s+)+/,
      '',
    );
  const objectFollows = withPhrase.exec(opened) ?? directPhrase.exec(opened);
  const verb = objectFollows ?? bareVerb.exec(opened);
  if (!verb) return undefined;
  const subject = opened.slice(0, verb.index).replace(/\s+(?:today|yesterday)$/i, '');
  // What follows the verb: the people met, up to where they end, then the place.
  const after = opened.slice(verb.index + verb[0].length);
  const hasObject = objectFollows !== null;
  const hosts = references(subject, lexicon);
  if (!hosts) return undefined;
  // "A and B held a meeting": the first is the publisher's side, the others met them.
  const [own, ...others] = hosts;
  const guests = hasObject
    ? references(after.slice(0, objectEnd.exec(after)?.index ?? after.length), lexicon)
    : others;
  if (!own || !guests || guests.length === 0) return undefined;
  // The phrase for an editorial title, without when or how: "spoke with", "had a phone call with".
  const phrase = `${verb[1] ?? ''}${verb[2] ?? ''}${verb[3] ? ` ${verb[3]}` : ''}`.replace(
    /\s+(?:today|yesterday|this\s+\w+|tonight|virtually|again|separately)\b/g,
    '',
  );
  // The people met end before any place ("... in Perth"), so the place is read from all of it.
  const place = meetingPlace([after]) ?? (dateline?.[1] && titleCase(dateline[1]));
  return {
    people: [
      draftPerson(own, 'host', publisher.country),
      ...(hasObject ? others.map((reference) => draftPerson(reference, 'host', undefined)) : []),
      ...guests.map((reference) => draftPerson(reference, 'guest', undefined)),
    ],
    verbPhrase: phrase,
    kind: kindOfPhrase(verb[0]),
    ...(place ? { place } : {}),
  };
}
