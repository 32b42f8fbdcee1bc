import { describe, expect, test } from 'vitest';
import { entriesPerPage, periodPaths, periodsOf } from '../../src/lib/periods.ts';

const limits = { year: 30, month: 40 };
const limit = limits.year;

const dated = (dates: string[]) => dates.map((date) => ({ date }));
const dateOf = (item: { date: string }) => item.date;

describe('periodsOf', () => {
  test('groups a newest-first list by year, keeping its order', () => {
    const items = dated(['2017-03-01', '2016-09-21', '2016-01-05']);
    expect(periodsOf(items, dateOf, limits)).toEqual([
      { year: '2017', items: [items[0]], months: [] },
      { year: '2016', items: [items[1], items[2]], months: [] },
    ]);
  });

  test('a year that fits on one page has no month pages', () => {
    const items = dated(Array.from({ length: limit }, () => '2016-09-21'));
    expect(periodsOf(items, dateOf, limits)[0]?.months).toEqual([]);
  });

  test('a year longer than a page is split into its months, newest first', () => {
    const items = dated([...Array.from({ length: limit }, () => '2016-09-21'), '2016-02-01']);
    const [year] = periodsOf(items, dateOf, limits);
    expect(
      year?.months.map(({ key, month, items: inMonth }) => [key, month, inMonth.length]),
    ).toEqual([
      ['2016-09', '09', limit],
      ['2016-02', '02', 1],
    ]);
    expect(year?.months.map(({ days }) => days)).toEqual([[], []]);
  });

  test('a month longer than a page is split into its days, newest first', () => {
    const items = dated([
      ...Array.from({ length: limits.month }, () => '2016-09-21'),
      '2016-09-20',
      '2016-09-01',
      '2016-01-05',
    ]);
    const [year] = periodsOf(items, dateOf, limits);
    const [september, january] = year?.months ?? [];
    expect(september?.days.map(({ key, day, items: inDay }) => [key, day, inDay.length])).toEqual([
      ['2016-09-21', '21', limits.month],
      ['2016-09-20', '20', 1],
      ['2016-09-01', '01', 1],
    ]);
    expect(january?.days).toEqual([]);
  });
});

describe('periodPaths', () => {
  test('gives a page to each year, each month of a long year, and each day of a long month', () => {
    const items = dated([
      ...Array.from({ length: limits.month + 1 }, () => '2016-09-21'),
      '2016-01-05',
      '2015-03-01',
    ]);
    const paths = periodPaths([['archive', items]], dateOf, () => ({}), limits);
    expect(paths.map(({ params }) => params['period'])).toEqual([
      '2016',
      '2016/09',
      '2016/09/21',
      '2016/01',
      '2015',
    ]);
    expect(paths[2]?.props.day?.items).toHaveLength(limits.month + 1);
    // Each page is given its list's owner and the periods it stands in.
    expect(paths.map(({ props }) => [props.owner, props.year.year, props.month?.month])).toEqual([
      ['archive', '2016', undefined],
      ['archive', '2016', '09'],
      ['archive', '2016', '09'],
      ['archive', '2016', '01'],
      ['archive', '2015', undefined],
    ]);
  });

  test('names each page by its owner’s parameters and its period', () => {
    const paths = periodPaths(
      [['anna-sato', dated(['2016-09-21'])]],
      dateOf,
      (person) => ({ person }),
      limits,
    );
    expect(paths.map(({ params }) => params)).toEqual([{ person: 'anna-sato', period: '2016' }]);
  });
});

describe('entriesPerPage', () => {
  // What a page of each list holds before it lists its periods instead, within the first round
  // trip: a readout's entry weighs about 70 B gzip, a section's half that.
  const sizes = { readouts: [30, 120], sections: [60, 240], person: [40, 120] } as const;
  for (const [list, [year, month]] of Object.entries(sizes))
    test(`a year of ${list} lists ${String(year)} entries, a month ${String(month)}, before splitting`, () => {
      const limits = entriesPerPage[list as keyof typeof sizes];
      const split = (count: number, dates: (index: number) => string) =>
        periodsOf(dated(Array.from({ length: count }, (_, i) => dates(i))), dateOf, limits)[0];
      const spread = (i: number) => `2016-${String((i % 12) + 1).padStart(2, '0')}-01`;
      expect(split(year, spread)?.months).toEqual([]);
      expect(split(year + 1, spread)?.months).toHaveLength(12);
      const oneMonth = (i: number) => `2016-09-${String((i % 28) + 1).padStart(2, '0')}`;
      expect(split(month, oneMonth)?.months[0]?.days).toEqual([]);
      expect(split(month + 1, oneMonth)?.months[0]?.days).toHaveLength(28);
    });
});
