import { addDays, weekdayNumber, utcDay } from '../../lib/dates.ts';

/** The day a lead's words put the meeting on, read against the page's date, and the words. */
export interface RelativeDay {
  /** YYYY-MM-DD, or undefined when the words name no one day ("earlier this week"). */
  date?: string;
  /** The words of the text. */
  words: string;
  /** How the day was told from them, for the editor ("the day before the dateline"). */
  how: string;
}

const sameDay =
  /\b(?:today|this\s+(?:morning|afternoon|evening)|tonight|earlier\s+today|earlier\s+this\s+(?:morning|afternoon|evening))\b/i;
const dayBefore = /\b(?:yesterday|last\s+night)\b/i;
const weekday =
  /\b(?:on\s+)?(?:last\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/i;
const vague =
  /\b(?:earlier\s+this\s+week|last\s+week|this\s+week|recently|over\s+the\s+weekend)\b/i;

/**
 * The day of a meeting a lead gives relative to its page's date: "today", "this morning" (the
 * dateline's day), "yesterday" (the day before), "on Tuesday" (the last Tuesday on or before
 * the dateline). Words that name no one day ("earlier this week") come back without a date, so
 * that the import asks for `--date`; undefined when the lead says none of these.
 */
export function relativeDay(lead: string, published: string): RelativeDay | undefined {
  const found = (pattern: RegExp): string | undefined => pattern.exec(lead)?.[0];
  const today = found(sameDay);
  if (today) return { date: published, words: today, how: 'the day of the page’s date' };
  const yesterday = found(dayBefore);
  if (yesterday)
    return {
      date: addDays(published, -1),
      words: yesterday,
      how: 'the day before the page’s date',
    };
  const named = weekday.exec(lead);
  if (named) {
    const back = (utcDay(published).getUTCDay() - weekdayNumber(named[1] ?? '') + 7) % 7;
    return {
      date: addDays(published, -back),
      words: named[0],
      how: `the last ${named[1] ?? ''} on or before the page’s date`,
    };
  }
  const other = found(vague);
  return other ? { words: other, how: 'no one day' } : undefined;
}
