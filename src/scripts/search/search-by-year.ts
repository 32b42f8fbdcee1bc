import type { Pagefind, SearchResponse } from './pagefind-api.ts';

type Filters = Record<string, { any: string[] }>;

/**
 * Searches with results ordered by year, newest or oldest year first, and by relevance within
 * a year. Pagefind's own sort would need a sort value for every readout in the metadata that
 * every first search fetches whole (a quarter of it at 10,000 readouts); the year filter, one
 * search a year, is fetched only by a reader who sorts. `years` are the archive's, newest first.
 */
export async function searchByYear(
  pagefind: Pagefind,
  query: string | null,
  filters: Filters,
  years: readonly string[],
  order: 'newest' | 'oldest',
): Promise<SearchResponse | null> {
  // The search without the order gives the count and the facets' counts.
  const all = await pagefind.search(query, { filters });
  if (!all) return null;
  const chosen = filters['year']?.any;
  const inOrder = (order === 'newest' ? years : [...years].reverse()).filter(
    (year) => !chosen || chosen.includes(year),
  );
  const byYear = await Promise.all(
    inOrder.map((year) =>
      pagefind.search(query, { filters: { ...filters, year: { any: [year] } } }),
    ),
  );
  return { ...all, results: byYear.flatMap((found) => found?.results ?? []) };
}
