import { addDays, isoDate } from '../../lib/dates.ts';
import type { MonthDay } from '../draft.ts';

/**
 * The date of a meeting: the year its lead gives, or (as a lead usually gives only the month
 * and day) the dateline's, except when that would put the meeting after its own publication
 * (a December meeting published in January): then the year before. A day after the dateline
 * is its year's: a lead in Japan time is a day ahead of a page dated where the meeting was
 * ("On May 24" on a page of May 23, of a meeting on the evening of May 23 in Washington).
 */
export function meetingDate(day: MonthDay, published: string): string | undefined {
  if (day.year !== undefined) return isoDate(day.year, day.month, day.day);
  const year = Number(published.slice(0, 4));
  const sameYear = isoDate(year, day.month, day.day);
  // "February 29" on a page of 2021 is no day of the dateline's year: not a reason to take the
  // year before, which has one.
  if (!sameYear) return undefined;
  return sameYear <= addDays(published, 1) ? sameYear : isoDate(year - 1, day.month, day.day);
}
