import { monthNumber, monthPattern } from '../../lib/dates.ts';
import type { MonthDay } from '../draft.ts';
import { meetingDate } from './meeting-date.ts';

// "On September 21", "On Wednesday, March 2", "On the morning of January 16", "On December 13th",
// "On November 8 (Saturday)", "On 21 September", "On December 30, 2016", "From May 19 to 21"
// (the first day); a lead that is itself item 1 opens "1. On".
const ordinal = String.raw`(?:st|nd|rd|th)?\b`;
const opening = String.raw`^(?:1\.?\s+)?(?:On|From)\s+(?:the\s+(?:morning|afternoon|evening|night)\s+of\s+)?(?:[A-Z][a-z]+day,?\s+)?(?:${monthPattern}\s+(\d{1,2})${ordinal}|(\d{1,2})${ordinal}\s+${monthPattern})(?:\s*\([A-Z][a-z]+\))?(?:,?\s+(\d{4})\b)?`;

/** A lead paragraph opens with the day of the meeting: "On September 21, ...". */
export const leadOpening = new RegExp(opening);

/** True when a lead is the first item of the numbered text ("1. On January 16, ..."). */
export const isNumberedLead = (lead: string): boolean => /^1\.?\s+(?:On|From)\s/.test(lead);

/** The month and day of the meeting from the lead's opening, and the year when it gives one. */
export function meetingDay(lead: string): MonthDay | undefined {
  const match = leadOpening.exec(lead);
  if (!match) return undefined;
  const [, month1, day1, day2, month2, year] = match;
  return {
    month: monthNumber(month1 ?? month2 ?? ''),
    day: Number(day1 ?? day2),
    ...(year ? { year: Number(year) } : {}),
  };
}

/** The day of a meeting as a lead tells it (and the words, when its year is the dateline's), or why it cannot be told. */
export type LeadDate = { date: string; yearFrom?: string } | { missing: string };

/** The meeting's date from the lead's day and the dateline's year, or why it cannot be told. */
export function dateOfLead(lead: string, published: string | undefined): LeadDate {
  const day = meetingDay(lead);
  // meetingDate gives only days on the calendar.
  const date = day && (day.year !== undefined || published) && meetingDate(day, published ?? '');
  if (date)
    return day.year === undefined
      ? { date, yearFrom: leadOpening.exec(lead)?.[0] ?? lead }
      : { date };
  return {
    missing: !day
      ? `no meeting date in the lead: give it with --date ${published ?? '2018-01-16'}`
      : day.year === undefined && !published
        ? 'the lead gives no year and the page no dateline: give the meeting’s date with --date YYYY-MM-DD'
        : `the lead’s day (month ${String(day.month)}, day ${String(day.day)}) is not on the calendar: give the date with --date YYYY-MM-DD`,
  };
}
