import { isCalendarDate } from '../schemas/calendar-date.ts';

const months = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** A regular-expression group matching an English month name, e.g. `September`. */
export const monthName = `(${months.join('|')})`;

/** A month and day, as a lead paragraph gives them ("On September 21"), and the year when it says. */
export interface MonthDay {
  month: number;
  day: number;
  year?: number;
}

/** The number (1–12) of an English month name. */
export const monthNumber = (name: string): number => months.indexOf(name) + 1;

const pad = (n: number): string => String(n).padStart(2, '0');

/** `YYYY-MM-DD` for a day, or undefined when the calendar has no such day (September 31). */
function isoDate(year: number, { month, day }: MonthDay): string | undefined {
  const date = `${year}-${pad(month)}-${pad(day)}`;
  return isCalendarDate(date) ? date : undefined;
}

const datelinePattern = new RegExp(
  `^(?:${monthName}\\s+(\\d{1,2}),?\\s+(\\d{4})|(\\d{1,2})\\s+${monthName},?\\s+(\\d{4}))$`,
);

/** The date of a dateline line ("September 21, 2016", or "21 September 2016") as YYYY-MM-DD. */
export function parseDateline(line: string): string | undefined {
  const match = datelinePattern.exec(line.trim());
  if (!match) return undefined;
  const [, month1, day1, year1, day2, month2, year2] = match;
  const month = monthNumber(month1 ?? month2 ?? '');
  return isoDate(Number(year1 ?? year2), { month, day: Number(day1 ?? day2) });
}

/**
 * The date of a meeting: the year its lead gives, or (as a lead usually gives only the month
 * and day) the dateline's, except when that would put the meeting after its own publication
 * (a December meeting published in January): then the year before.
 */
export function meetingDate(day: MonthDay, published: string): string | undefined {
  if (day.year !== undefined) return isoDate(day.year, day);
  const year = Number(published.slice(0, 4));
  const sameYear = isoDate(year, day);
  return sameYear && sameYear <= published ? sameYear : isoDate(year - 1, day);
}
