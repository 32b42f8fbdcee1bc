import type { Inferred } from './inferred.ts';

/** A block of a readout's text after its lead, as its publisher set it out. */
export type BodyBlock =
  /** "1. Japan-U.S. relations": a numbered section title. */
  | { type: 'section'; number: number; text: string; title: string }
  /** "(1) Overall": a titled sub-item of a section. */
  | { type: 'sub-item'; number: number; text: string; title: string }
  /** Any paragraph, including numbered paragraphs without titles ("1. Prime Minister ..."). */
  | { type: 'paragraph'; text: string };

/** A month and day, as a lead gives them ("On September 21"), and the year when it says. */
export interface MonthDay {
  month: number;
  day: number;
  year?: number;
}

/** The clock a time is on, as the text says it. */
export type Clock =
  /** "local time": the clock of the place of the meeting. */
  | { kind: 'local' }
  /** A place's clock: "(Japan time)", "(same time in Japan)", "(France time)". */
  | { kind: 'place'; place: string }
  /** A zone named by its abbreviation: "EST", "JST", "CET", with the IANA zone it means. */
  | { kind: 'zone'; zone: string; abbreviation: string };

/** A start time as the lead gives it. */
export interface StartTime {
  /** 24-hour time, HH:MM, on its clock. */
  time: string;
  /** True when the lead says "around", "approximately", "just after". */
  approximate: boolean;
  /** The clock the lead says the time is on; undefined when it says none. */
  clock?: Clock;
  /** The day the time is on, when its note gives one ("5:00 p.m. on May 23, local time"). */
  day?: MonthDay;
  /** The end of a time range ("from 9:15 a.m. to 10:00 a.m."), HH:MM. */
  until?: string;
  /** The words the time was read from, for the report. */
  words: string;
}

/** A duration as the lead gives it. */
export interface Duration {
  minutes: number;
  approximate: boolean;
}

/** Which side of the meeting a person is on, as the lead sets them out. */
export type Side = 'host' | 'guest' | 'spokesperson' | 'also-present';

/**
 * A person as a readout names them: by name and role ("Mr. Shinzo Abe, Prime Minister of
 * Japan"), or by office ("The Prime Minister", "Prime Minister Abe of Japan", "Japanese Foreign
 * Minister Hayashi"), to be found in `people.yaml` by name or by who held the office that day.
 */
export interface DraftPerson {
  /** The words of the text that name them, for the report and for errors. */
  words: string;
  /** The name as written, without honorifics or post-nominals, when the text gives it whole. */
  name?: string;
  /** The family name alone, when the text gives only that ("Abe" of "Prime Minister Abe"). */
  familyName?: string;
  /** The role as written ("Prime Minister of Japan"), or made of office and country; '' for none. */
  role: string;
  /** The office the text names, and the country it serves when it says or the publisher implies. */
  office?: { title: string; country?: string | undefined };
  side: Side;
}

/** What a publisher calls itself, and what comes with it: its country, language and clock. */
export interface PublisherFacts {
  /** The name the archive records as the readout's publisher (`source.publisher`). */
  name: string;
  /** Its country: whose principal "the Prime Minister" of its texts is. */
  country: string;
  /** The language of its texts, BCP 47. */
  language: string;
  /** Its home clock (IANA): the zone of a time its texts give without a note. */
  timeZone: string;
}

/**
 * A readout as a publisher's reader gives it: what the page says, before it is matched to the
 * archive's vocabularies. Every publisher's reader gives this one shape, so that what follows
 * (people, kinds, topics, the file) is the same whoever published the text.
 */
export interface ReadoutDraft {
  publisher: PublisherFacts;
  /** The original page, when the text names it ("Source: https://..."). */
  url?: string;
  /** The page's date of publication (its dateline), YYYY-MM-DD. */
  published?: string;
  /** The publisher's own date of revision, where the page gives one ("Last updated ..."). */
  revised?: string;
  /** The page's own headline, reproduced as the publisher wrote it. */
  title?: string;
  /** The publisher's series ("Japan-New Zealand Relations"). */
  series?: string;
  photoCredit?: string;
  /** The day of the meeting, YYYY-MM-DD, when the text tells it. */
  date?: string;
  /** Why the day cannot be told, when it cannot: the words to show the editor. */
  dateMissing?: string;
  people: DraftPerson[];
  /** A subject the lead names without a person ("a delegation of former prisoners of war"). */
  subject?: string;
  /** The lead's verb phrase joining the principals ("received a courtesy call from"). */
  verbPhrase: string;
  /** The kind of meeting in running text ("telephone talk"), when the text names it. */
  kind?: string;
  start?: StartTime;
  duration?: Duration;
  place?: string;
  /** The first paragraph, which says who met whom. */
  lead: string;
  /** The text after the lead, a block per paragraph or title. */
  blocks: BodyBlock[];
  /** Lines dropped as page furniture beyond the expected ones, for the report. */
  skipped: string[];
  /** What an editor should know: more than one meeting on the page, people left out. */
  notes: string[];
  /** Facts inferred rather than read, with the words they come from, for the editor to review. */
  inferred: Inferred[];
}
