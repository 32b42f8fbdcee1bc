import { describe, expect, it } from 'vitest';
import type { IndexVolume, Pagefind } from '../../../src/scripts/search/pagefind-api.ts';
import { searchArchive } from '../../../src/scripts/search/search-archive.ts';

// Readouts, each found by any query; within a volume, results come in the order listed here
// (their relevance).
const readouts = [
  { id: 'b-2016', year: '2016' },
  { id: 'a-2018', year: '2018' },
  { id: 'c-2016', year: '2016' },
  { id: 'd-2017', year: '2017' },
  { id: 'e-2014', year: '2014' },
  { id: 'f-2015', year: '2015' },
];

/** A volume of the years given, whose index records each search it is asked and when it loads. */
const volume = (years: string[], asked: unknown[] = []): IndexVolume => {
  const pagefind = {
    search: (_query: string | null, { filters = {} }: Parameters<Pagefind['search']>[1]) => {
      asked.push({ years: years.join(), filters });
      const chosen = filters['year']?.any;
      const found = readouts.filter(
        ({ year }) => years.includes(year) && (!chosen || chosen.includes(year)),
      );
      const counts: Record<string, number> = {};
      for (const { year } of found) counts[year] = (counts[year] ?? 0) + 1;
      return Promise.resolve({
        results: found.map(({ id }) => ({ id, data: () => Promise.reject(new Error(id)) })),
        filters: { year: counts },
      });
    },
  } as unknown as Pagefind;
  return {
    years,
    pagefind: () => {
      asked.push(`load ${years.join()}`);
      return Promise.resolve(pagefind);
    },
  };
};

type Filters = Record<string, { any: string[] }>;
const ids = (search: { results: { id: string }[] }) => search.results.map(({ id }) => id);

describe('searchArchive, in one volume', () => {
  const one = () => [volume(['2018', '2017', '2016'])];

  it('gives results by relevance', async () => {
    const found = await searchArchive(one(), 'x', {}, '', 10);
    expect(ids(found)).toEqual(['b-2016', 'a-2018', 'c-2016', 'd-2017']);
    expect(found.complete).toBe(true);
  });

  it('orders results by year, newest first, by relevance within a year', async () => {
    const found = await searchArchive(one(), 'x', {}, 'newest', Infinity);
    expect(ids(found)).toEqual(['a-2018', 'd-2017', 'b-2016', 'c-2016']);
  });

  it('orders results by year, oldest first', async () => {
    const found = await searchArchive(one(), 'x', {}, 'oldest', Infinity);
    expect(ids(found)).toEqual(['b-2016', 'c-2016', 'd-2017', 'a-2018']);
  });

  it('keeps to the years the reader chose, and the other filters', async () => {
    const asked: unknown[] = [];
    const filters = { year: { any: ['2016', '2018'] }, topic: { any: ['Energy'] } };
    const found = await searchArchive(
      [volume(['2018', '2017', '2016'], asked)],
      'x',
      filters,
      'newest',
      Infinity,
    );
    expect(ids(found)).toEqual(['a-2018', 'b-2016', 'c-2016']);
    expect(asked).toContainEqual({
      years: '2018,2017,2016',
      filters: { year: { any: ['2016'] }, topic: { any: ['Energy'] } },
    });
    const years = asked.map((search) => (search as { filters?: Filters }).filters?.['year']);
    expect(years).not.toContainEqual({ any: ['2017'] });
  });

  it('searches a year only when its results are to be shown, and counts them all', async () => {
    const asked: unknown[] = [];
    const found = await searchArchive(
      [volume(['2018', '2017', '2016'], asked)],
      'x',
      {},
      'oldest',
      1,
    );
    await Promise.all([found.fill(1), found.fill(3)]);
    expect(ids(found)).toEqual(['b-2016', 'c-2016', 'd-2017']);
    expect(asked.slice(1).map((search) => (search as { filters: unknown }).filters)).toEqual([
      {},
      { year: { any: ['2016'] } },
      { year: { any: ['2017'] } },
    ]);
    expect(found.total).toBe(4);
  });

  it('keeps the unordered search’s counts for the facets', async () => {
    const found = await searchArchive(one(), 'x', {}, 'newest', 10);
    expect(found.filters).toEqual({ year: { 2016: 2, 2017: 1, 2018: 1 } });
  });
});

describe('searchArchive, in volumes', () => {
  const three = (asked: unknown[] = []) => [
    volume(['2018', '2017'], asked),
    volume(['2016'], asked),
    volume(['2015', '2014'], asked),
  ];
  const loaded = (asked: unknown[]) =>
    asked.filter((entry): entry is string => typeof entry === 'string');

  it('searches only the newest volume while its results fill the page', async () => {
    const asked: unknown[] = [];
    const found = await searchArchive(three(asked), 'x', {}, '', 2);
    expect(ids(found)).toEqual(['a-2018', 'd-2017']);
    expect(loaded(asked)).toEqual(['load 2018,2017']);
    expect({ total: found.total, complete: found.complete, years: found.years }).toEqual({
      total: 2,
      complete: false,
      years: ['2018', '2017'],
    });
  });

  it('searches the next volume when the results shown reach it, each by relevance', async () => {
    const asked: unknown[] = [];
    const found = await searchArchive(three(asked), 'x', {}, '', 2);
    await found.fill(4);
    expect(ids(found)).toEqual(['a-2018', 'd-2017', 'b-2016', 'c-2016']);
    expect(loaded(asked)).toEqual(['load 2018,2017', 'load 2016']);
    expect(found.total).toBe(4);
    await found.fill(Infinity);
    expect(found.complete).toBe(true);
    expect(found.total).toBe(6);
    expect(found.filters['year']).toEqual({ 2014: 1, 2015: 1, 2016: 2, 2017: 1, 2018: 1 });
  });

  it('goes on to older volumes at once when the newest has too few results for a page', async () => {
    const found = await searchArchive(three(), 'x', {}, '', 3);
    expect(ids(found)).toEqual(['a-2018', 'd-2017', 'b-2016', 'c-2016']);
  });

  it('searches only the volumes of the years the reader chose', async () => {
    const asked: unknown[] = [];
    const found = await searchArchive(three(asked), 'x', { year: { any: ['2014'] } }, '', 10);
    expect(ids(found)).toEqual(['e-2014']);
    expect(loaded(asked)).toEqual(['load 2015,2014']);
    expect(found.complete).toBe(true);
  });

  it('starts from the oldest volume when the oldest year comes first', async () => {
    const found = await searchArchive(three(), 'x', {}, 'oldest', Infinity);
    expect(ids(found)).toEqual(['e-2014', 'f-2015', 'b-2016', 'c-2016', 'd-2017', 'a-2018']);
  });
});
