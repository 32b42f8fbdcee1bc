import { isoDate } from '../../lib/dates.ts';

/** A month and day, as a lead paragraph gives them ("On September 21"), and the year when it says. */
export interface MonthDay {
  month: number;
  day: number;
  year?: number;
}

/**
 * The date of a meeting: the year its lead gives, or (as a lead usually gives only the month
 * and day) the dateline's, except when that would put the meeting after its own publication
 * (a December meeting published in January): then the year before.
 */
export function meetingDate(day: MonthDay, published: string): string | undefined {
  if (day.year !== undefined) return isoDate(day.year, day.month, day.day);
  const year = Number(published.slice(0, 4));
  const sameYear = isoDate(year, day.month, day.day);
  return sameYear && sameYear <= published ? sameYear : isoDate(year - 1, day.month, day.day);
}
