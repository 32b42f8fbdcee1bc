import { monthName, monthNumber, type MonthDay } from '../source/calendar.ts';

// "On September 21", "On Wednesday, March 2", "On the morning of January 16", "On December 13th",
// "On November 8 (Saturday)", "On 21 September", "On December 30, 2016", "From May 19 to 21"
// (the first day); a lead that is itself item 1 opens "1. On".
const ordinal = String.raw`(?:st|nd|rd|th)?\b`;
const opening = String.raw`^(?:1\.?\s+)?(?:On|From)\s+(?:the\s+(?:morning|afternoon|evening|night)\s+of\s+)?(?:[A-Z][a-z]+day,?\s+)?(?:${monthName}\s+(\d{1,2})${ordinal}|(\d{1,2})${ordinal}\s+${monthName})(?:\s*\([A-Z][a-z]+\))?(?:,?\s+(\d{4})\b)?`;

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
