import { formatDate, formatDayAndMonth, monthName } from './dates.ts';
import type { Day, Month, Year } from './periods.ts';
import { periodPath } from './urls.ts';

/** One period of a list, as its chart shows it: its name, its page, how many entries it holds. */
export interface PeriodRow {
  label: string;
  href: string;
  count: number;
  /** The count in words: "12 sections". */
  text: string;
}

/** The chart's rows for the years of a list: each year's page and what it holds. */
export const yearRows = <T>(
  years: Year<T>[],
  list: string,
  text: (items: T[]) => string,
): PeriodRow[] =>
  years.map(({ year, items }) => ({
    label: year,
    href: periodPath(list, year),
    count: items.length,
    text: text(items),
  }));

/** The chart's rows for the months of a year too long for one page. */
export const monthRows = <T>(
  { year, months }: Year<T>,
  list: string,
  text: (items: T[]) => string,
): PeriodRow[] =>
  months.map(({ month, items }) => ({
    label: monthName(month),
    href: periodPath(list, year, month),
    count: items.length,
    text: text(items),
  }));

/** The chart's rows for the days of a month too long for one page: "21 September". */
export const dayRows = <T>(
  year: Year<T>,
  { month, days }: Month<T>,
  list: string,
  text: (items: T[]) => string,
): PeriodRow[] =>
  days.map(({ key, day, items }) => ({
    label: formatDayAndMonth(key),
    href: periodPath(list, year.year, month, day),
    count: items.length,
    text: text(items),
  }));

/** A period's name: "2016", "September 2016", or "21 September 2016". */
export const periodName = (
  year: Year<unknown>,
  month?: Month<unknown>,
  day?: Day<unknown>,
): string =>
  day ? formatDate(day.key) : month ? `${monthName(month.month)} ${year.year}` : year.year;
