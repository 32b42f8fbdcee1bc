import { describe, expect, it } from 'vitest';
import type { Pagefind } from '../../../src/scripts/search/pagefind-api.ts';
import { searchByYear } from '../../../src/scripts/search/search-by-year.ts';

// An index of four readouts, each found by any query; results in the order of relevance.
const readouts = [
  { id: 'b-2016', year: '2016' },
  { id: 'a-2018', year: '2018' },
  { id: 'c-2016', year: '2016' },
  { id: 'd-2017', year: '2017' },
];
const fakePagefind = (asked: unknown[]): Pagefind =>
  ({
    search: (_query: string | null, { filters = {} }: Parameters<Pagefind['search']>[1]) => {
      asked.push(filters);
      const years = filters['year']?.any;
      const found = readouts.filter(({ year }) => !years || years.includes(year));
      return Promise.resolve({
        results: found.map(({ id }) => ({ id, data: () => Promise.reject(new Error(id)) })),
        filters: { year: { 2016: 2 } },
      });
    },
  }) as unknown as Pagefind;
const years = ['2018', '2017', '2016'];
// Every result of a search ordered by year, each year searched.
const ids = async (order: 'newest' | 'oldest') => {
  const found = await searchByYear(fakePagefind([]), 'x', {}, years, order);
  await found?.fill(Infinity);
  return found?.results.map(({ id }) => id);
};

describe('searchByYear', () => {
  it('orders results by year, newest first, by relevance within a year', async () => {
    expect(await ids('newest')).toEqual(['a-2018', 'd-2017', 'b-2016', 'c-2016']);
  });

  it('orders results by year, oldest first', async () => {
    expect(await ids('oldest')).toEqual(['b-2016', 'c-2016', 'd-2017', 'a-2018']);
  });

  it('keeps to the years the reader chose, and the other filters', async () => {
    const asked: unknown[] = [];
    const filters = { year: { any: ['2016', '2018'] }, topic: { any: ['Energy'] } };
    const found = await searchByYear(fakePagefind(asked), 'x', filters, years, 'newest');
    await found?.fill(Infinity);
    expect(found?.results.map(({ id }) => id)).toEqual(['a-2018', 'b-2016', 'c-2016']);
    expect(asked).toContainEqual({ year: { any: ['2016'] }, topic: { any: ['Energy'] } });
    expect(asked).not.toContainEqual(expect.objectContaining({ year: { any: ['2017'] } }));
  });

  it('searches a year only when its results are to be shown, and counts them all', async () => {
    const asked: unknown[] = [];
    const found = await searchByYear(fakePagefind(asked), 'x', {}, years, 'oldest');
    await Promise.all([found?.fill(1), found?.fill(3)]);
    expect(found?.results.map(({ id }) => id)).toEqual(['b-2016', 'c-2016', 'd-2017']);
    expect(asked).toEqual([{}, { year: { any: ['2016'] } }, { year: { any: ['2017'] } }]);
    expect(found?.total).toBe(4);
  });

  it('keeps the unordered search’s counts for the facets', async () => {
    const found = await searchByYear(fakePagefind([]), 'x', {}, years, 'newest');
    expect(found?.filters).toEqual({ year: { 2016: 2 } });
  });
});
