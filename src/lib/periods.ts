// Long lists are split by period, never into numbered pages: "page 3" holds other entries
// once readouts are added, while a year, a month or a day keeps its contents and its address.
// An archive only grows, so a period that has been split stays split, and every address it
// had still answers.

/** How many entries a year lists before it lists its months instead, and a month its days. */
export interface PeriodLimits {
  year: number;
  month: number;
}

/**
 * The limits of each list. A year splits early, where its months read better than one long
 * list; a month only where its page would outgrow its first round trip (14,600 B gzip): a
 * readout's entry, with its topics, weighs about 70 B gzip, a section's about half, and a
 * person's list holds both. A day is not split further: a day too long for its page would show
 * in the budget checks of `npm test` and of the benchmark.
 */
export const entriesPerPage: Record<'readouts' | 'sections' | 'person', PeriodLimits> = {
  readouts: { year: 30, month: 120 },
  sections: { year: 60, month: 240 },
  person: { year: 40, month: 120 },
};

/** A day of entries, when its month holds too many for one page. */
export interface Day<T> {
  /** "2016-09-21". */
  key: string;
  /** "21". */
  day: string;
  items: T[];
}

/** A month of entries, when its year holds too many for one page. */
export interface Month<T> {
  /** "2016-09". */
  key: string;
  /** "09". */
  month: string;
  items: T[];
  /** Empty when the month fits on one page. */
  days: Day<T>[];
}

/** A year of entries, newest first, with its months when they need a page each. */
export interface Year<T> {
  year: string;
  items: T[];
  /** Empty when the year fits on one page. */
  months: Month<T>[];
}

/**
 * Splits a newest-first list into years, each year too long for one page into months, and each
 * month too long for one page into days.
 */
export function periodsOf<T>(
  items: T[],
  dateOf: (item: T) => string,
  limits: PeriodLimits,
): Year<T>[] {
  // The periods of a list by the first `length` characters of its dates (4 a year, 7 a month,
  // 10 a day), or none when the list fits on one page.
  const split = <P>(
    list: T[],
    limit: number,
    length: number,
    period: (key: string, inPeriod: T[]) => P,
  ): P[] =>
    list.length <= limit
      ? []
      : [...Map.groupBy(list, (item) => dateOf(item).slice(0, length))].map(([key, inPeriod]) =>
          period(key, inPeriod),
        );
  // Every year has a page of its own, however short.
  return split(items, 0, 4, (year, inYear) => ({
    year,
    items: inYear,
    months: split(inYear, limits.year, 7, (key, inMonth) => ({
      key,
      month: key.slice(5),
      items: inMonth,
      days: split(inMonth, limits.month, 10, (day, inDay) => ({
        key: day,
        day: day.slice(8),
        items: inDay,
      })),
    })),
  }));
}

/** A page of a list's period: a year, a month of a year too long for one page, or a day. */
export interface PeriodProps<O, T> {
  owner: O;
  year: Year<T>;
  month?: Month<T>;
  day?: Day<T>;
}

/**
 * The static paths of every period page of each owner's list: `[...period]` is `2016` for a
 * year, `2016/09` for a month, `2016/09/21` for a day.
 */
export function periodPaths<O, T>(
  lists: [O, T[]][],
  dateOf: (item: T) => string,
  params: (owner: O) => Record<string, string>,
  limits: PeriodLimits,
): { params: Record<string, string>; props: PeriodProps<O, T> }[] {
  return lists.flatMap(([owner, items]) =>
    periodsOf(items, dateOf, limits).flatMap((year) => [
      { params: { ...params(owner), period: year.year }, props: { owner, year } },
      ...year.months.flatMap((month) => [
        {
          params: { ...params(owner), period: `${year.year}/${month.month}` },
          props: { owner, year, month },
        },
        ...month.days.map((day) => ({
          params: { ...params(owner), period: `${year.year}/${month.month}/${day.day}` },
          props: { owner, year, month, day },
        })),
      ]),
    ]),
  );
}

/** How many of the newest entries a summary page shows before its links to every period. */
export const latestShown = 5;
