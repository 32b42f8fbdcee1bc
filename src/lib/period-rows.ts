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

/** A part of a period too long for one page: a month of a year, a day of a month. */
export interface PeriodPart<T> {
  /** "September", "21 September". */
  label: string;
  href: string;
  items: T[];
}

/** The parts of a period's page, and what they are: none when it lists its entries. */
export interface PeriodParts<T> {
  of: PeriodPart<T>[];
  by: 'month' | 'day';
}

/** The parts a period's page lists instead of its entries: a long year's months, a long month's days. */
export const periodParts = <T>(
  list: string,
  year: Year<T>,
  month?: Month<T>,
  day?: Day<T>,
): PeriodParts<T> =>
  month
    ? {
        by: 'day',
        of: day
          ? []
          : month.days.map(({ key, day: part, items }) => ({
              label: formatDayAndMonth(key),
              href: periodPath(list, year.year, month.month, part),
              items,
            })),
      }
    : {
        by: 'month',
        of: year.months.map(({ month: part, items }) => ({
          label: monthName(part),
          href: periodPath(list, year.year, part),
          items,
        })),
      };

/**
 * The chart's rows for a period's parts. Given `only`, a row counts only the entries it keeps
 * and leads to `#fragment` of its part's page, and a part with none of them has no row.
 */
export const partRows = <T>(
  parts: PeriodPart<T>[],
  text: (items: T[]) => string,
  only?: { keep: (item: T) => boolean; fragment: string },
): PeriodRow[] =>
  parts.flatMap(({ label, href, items }) => {
    const kept = only ? items.filter(only.keep) : items;
    return kept.length === 0
      ? []
      : [
          {
            label,
            href: only ? `${href}#${only.fragment}` : href,
            count: kept.length,
            text: text(kept),
          },
        ];
  });

/** A period's name: "2016", "September 2016", or "21 September 2016". */
export const periodName = (
  year: Year<unknown>,
  month?: Month<unknown>,
  day?: Day<unknown>,
): string =>
  day ? formatDate(day.key) : month ? `${monthName(month.month)} ${year.year}` : year.year;
