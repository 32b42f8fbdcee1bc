// Long lists are split by period, never into numbered pages: "page 3" holds other entries
// once readouts are added, while a year or a month keeps its contents and its address.

/** How many entries one page lists: more, and a page outgrows its first round trip (14,600 B). */
export const entriesPerPage = 30;

/** A month of entries, when its year holds too many for one page. */
export interface Month<T> {
  /** "2016-09". */
  key: string;
  /** "09". */
  month: string;
  items: T[];
}

/** A year of entries, newest first, with its months when they need a page each. */
export interface Year<T> {
  year: string;
  items: T[];
  /** Empty when the year fits on one page. */
  months: Month<T>[];
}

/** Splits a newest-first list into years, and each year too long for one page into months. */
export function periodsOf<T>(items: T[], dateOf: (item: T) => string): Year<T>[] {
  const years = Map.groupBy(items, (item) => dateOf(item).slice(0, 4));
  return [...years].map(([year, inYear]) => ({
    year,
    items: inYear,
    months:
      inYear.length <= entriesPerPage
        ? []
        : [...Map.groupBy(inYear, (item) => dateOf(item).slice(0, 7))].map(([key, inMonth]) => ({
            key,
            month: key.slice(5),
            items: inMonth,
          })),
  }));
}

/** The static paths of a year page for every year of each owner's list (`owner` → `[year]`). */
export function yearPaths<O, T>(
  lists: [O, T[]][],
  dateOf: (item: T) => string,
  params: (owner: O) => Record<string, string>,
) {
  return lists.flatMap(([owner, items]) =>
    periodsOf(items, dateOf).map((year) => ({
      params: { ...params(owner), year: year.year },
      props: { owner, period: year },
    })),
  );
}

/** The static paths of a month page for every split year of each owner's list. */
export function monthPaths<O, T>(
  lists: [O, T[]][],
  dateOf: (item: T) => string,
  params: (owner: O) => Record<string, string>,
) {
  return lists.flatMap(([owner, items]) =>
    periodsOf(items, dateOf).flatMap((year) =>
      year.months.map((month) => ({
        params: { ...params(owner), year: year.year, month: month.month },
        props: { owner, year, period: month },
      })),
    ),
  );
}

/** How many of the newest entries a summary page shows before its links to every period. */
export const latestShown = 5;
