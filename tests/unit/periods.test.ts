import { describe, expect, test } from 'vitest';
import { periodsOf } from '../../src/lib/periods.ts';

const limit = 30;

const dated = (dates: string[]) => dates.map((date) => ({ date }));
const dateOf = (item: { date: string }) => item.date;

describe('periodsOf', () => {
  test('groups a newest-first list by year, keeping its order', () => {
    const items = dated(['2017-03-01', '2016-09-21', '2016-01-05']);
    expect(periodsOf(items, dateOf, limit)).toEqual([
      { year: '2017', items: [items[0]], months: [] },
      { year: '2016', items: [items[1], items[2]], months: [] },
    ]);
  });

  test('a year that fits on one page has no month pages', () => {
    const items = dated(Array.from({ length: limit }, () => '2016-09-21'));
    expect(periodsOf(items, dateOf, limit)[0]?.months).toEqual([]);
  });

  test('a year longer than a page is split into its months, newest first', () => {
    const items = dated([...Array.from({ length: limit }, () => '2016-09-21'), '2016-02-01']);
    const [year] = periodsOf(items, dateOf, limit);
    expect(
      year?.months.map(({ key, month, items: inMonth }) => [key, month, inMonth.length]),
    ).toEqual([
      ['2016-09', '09', limit],
      ['2016-02', '02', 1],
    ]);
  });
});
