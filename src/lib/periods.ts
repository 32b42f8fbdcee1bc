// Long lists are split by period, never into numbered pages: "page 3" holds other entries
// once readouts are added, while a year or a month keeps its contents and its address.

/**
 * How many entries a page of each list holds: more, and the page outgrows its first round trip
 * (14,600 B gzip). A readout's entry, with its topics, weighs about twice a section's (a title,
 * its section and the readout's name); a person's list holds both.
 */
export const entriesPerPage = { readouts: 30, sections: 60, person: 40 };

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
export function periodsOf<T>(items: T[], dateOf: (item: T) => string, limit: number): Year<T>[] {
  const years = Map.groupBy(items, (item) => dateOf(item).slice(0, 4));
  return [...years].map(([year, inYear]) => ({
    year,
    items: inYear,
    months:
      inYear.length <= limit
        ? []
        : [...Map.groupBy(inYear, (item) => dateOf(item).slice(0, 7))].map(([key, inMonth]) => ({
            key,
            month: key.slice(5),
            items: inMonth,
          })),
  }));
}

/** A page of a list's period: a year, or a month of a year too long for one page. */
export interface PeriodProps<O, T> {
  owner: O;
  year: Year<T>;
  month?: Month<T>;
}

/**
 * The static paths of every period page of each owner's list: `[...period]` is `2016` for a
 * year, `2016/09` for a month.
 */
export function periodPaths<O, T>(
  lists: [O, T[]][],
  dateOf: (item: T) => string,
  params: (owner: O) => Record<string, string>,
  limit: number,
): { params: Record<string, string>; props: PeriodProps<O, T> }[] {
  return lists.flatMap(([owner, items]) =>
    periodsOf(items, dateOf, limit).flatMap((year) => [
      { params: { ...params(owner), period: year.year }, props: { owner, year } },
      ...year.months.map((month) => ({
        params: { ...params(owner), period: `${year.year}/${month.month}` },
        props: { owner, year, month },
      })),
    ]),
  );
}

/** How many of the newest entries a summary page shows before its links to every period. */
export const latestShown = 5;
