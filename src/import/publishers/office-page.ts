import type { ReadoutDraft } from '../draft.ts';
import { meetingDay } from '../english/day-opening.ts';
import type { Lexicon } from '../english/lexicon.ts';
import { meetingDate } from '../english/meeting-date.ts';
import { readOfficeLead, type OfficeLead } from '../english/office-lead.ts';
import { relativeDay } from '../english/relative-day.ts';
import type { Inferred } from '../inferred.ts';
import { joinWrappedLines } from '../source/page-lines.ts';
import type { Publisher } from './publisher.ts';

/** A page of a publisher whose readouts name people by office, as its shape's furniture splits it. */
export interface OfficePage {
  publisher: Publisher;
  /** The page's headline. */
  title?: string | undefined;
  /** The page's date, YYYY-MM-DD. */
  published?: string | undefined;
  /** A day the furniture gives for the meeting ("PM call with ...: 2 September 2020"). */
  meetingDay?: string | undefined;
  /** The publisher's own date of revision ("Last updated 3 September 2020"). */
  revised?: string | undefined;
  /** A place the page is dated from ("Ottawa, Ontario"), when it gives one. */
  placeLine?: string | undefined;
  /** The readout's text, a line a paragraph, from its first paragraph to its last. */
  body: readonly string[];
  skipped: string[];
}

// A lead's own day: "On March 16,", "On the afternoon of October 8, 2021," (its first words), or
// "met ... on 18 September" within it.
const dayWithin =
  /\b[Oo]n\s+(?:the\s+(?:morning|afternoon|evening|night)\s+of\s+)?(?:\p{Lu}\p{Ll}+day,?\s+)?(?:\p{Lu}\p{Ll}+\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+\p{Lu}\p{Ll}+)(?:,?\s+\d{4})?/u;

/** The day of a meeting, how it was told, and why it cannot be, from the lead and the furniture. */
function dayOfMeeting(
  lead: string,
  page: OfficePage,
  inferred: Inferred[],
): Pick<ReadoutDraft, 'date' | 'dateMissing'> {
  const said = dayWithin.exec(lead)?.[0];
  const day = said && meetingDay(said.replace(/^on/, 'On'));
  if (day && (day.year !== undefined || page.published)) {
    const date = meetingDate(day, page.published ?? '');
    if (date && day.year === undefined)
      inferred.push({
        field: 'date',
        value: date,
        how: 'the year of the page’s date',
        words: said,
      });
    if (date) return { date };
  }
  if (page.meetingDay) return { date: page.meetingDay };
  const relative = page.published ? relativeDay(lead, page.published) : undefined;
  if (relative?.date) {
    inferred.push({
      field: 'date',
      value: relative.date,
      how: relative.how,
      words: relative.words,
    });
    return { date: relative.date };
  }
  return {
    dateMissing: relative
      ? `the lead says “${relative.words}”, which names no one day: give the meeting’s date with --date YYYY-MM-DD`
      : page.published
        ? `the lead does not say on which day they met: give it with --date ${page.published}`
        : 'no date on the page and none in the lead: give the meeting’s date with --date YYYY-MM-DD and the page’s with --published YYYY-MM-DD',
  };
}

/** The first paragraph that says who met whom (a spokesperson's attribution can come first). */
function leadOf(
  body: readonly string[],
  page: OfficePage,
  lexicon: Lexicon,
): { at: number; lead?: OfficeLead } {
  for (const [at, paragraph] of body.slice(0, 3).entries()) {
    const lead = readOfficeLead(paragraph, page.publisher, lexicon);
    if (lead) return { at, lead };
  }
  return { at: 0 };
}

/**
 * Reads a page whose lead names its own principal by office ("The Prime Minister spoke to
 * Prime Minister Abe of Japan this morning."): who met whom, on which day (the lead's own, the
 * furniture's, or "today", "yesterday" read against the page's date, reported as inferred),
 * the kind of meeting and the place. The text is every paragraph, as published.
 */
export function readOfficePage(page: OfficePage, lexicon: Lexicon): ReadoutDraft {
  const [first = '', ...rest] = joinWrappedLines(page.body);
  const { at, lead } = leadOf([first, ...rest], page, lexicon);
  const inferred: Inferred[] = [];
  const day = dayOfMeeting([first, ...rest][at] ?? first, page, inferred);
  const place = lead?.place ?? page.placeLine;
  return {
    publisher: page.publisher,
    ...(page.published ? { published: page.published } : {}),
    ...(page.title ? { title: page.title } : {}),
    ...(page.revised ? { revised: page.revised } : {}),
    ...day,
    people: lead?.people ?? [],
    verbPhrase: lead?.verbPhrase ?? '',
    ...(lead ? { kind: lead.kind } : {}),
    ...(place ? { place } : {}),
    lead: first,
    blocks: rest.map((text) => ({ type: 'paragraph', text })),
    skipped: page.skipped,
    notes: [],
    inferred,
  };
}
