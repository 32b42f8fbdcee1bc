import type { FilterCounts, IndexVolume, Pagefind, SearchResponse } from './pagefind-api.ts';

type Filters = Record<string, { any: string[] }>;

/**
 * A search of the archive, volume by volume (src/search/volumes.ts), its results searched as
 * they are to be shown. A first search fetches the newest volume's index only; an older volume
 * is searched when the results shown reach it, or when the reader's years are in it.
 */
export interface ArchiveSearch {
  /** The results found so far, in order. */
  results: SearchResponse['results'];
  /** How many results the volumes searched so far hold. */
  total: number;
  /** For each filter value, how many of those results have it. */
  filters: FilterCounts;
  /** The years of the volumes searched so far. */
  years: string[];
  /** Whether every volume the search concerns has been searched. */
  complete: boolean;
  /** Searches on, in order, until `results` holds `count` results or all there are. */
  fill: (count: number) => Promise<void>;
}

/** Adds one volume's counts by filter value to those of others. */
function addCounts(sum: FilterCounts, counts: FilterCounts): FilterCounts {
  for (const [name, values] of Object.entries(counts)) {
    const summed = (sum[name] ??= {});
    for (const [value, count] of Object.entries(values))
      summed[value] = (summed[value] ?? 0) + count;
  }
  return sum;
}

/**
 * Searches the archive's volumes (newest first), newest or oldest first: in each volume by
 * relevance, or, ordered by year, year by year. Ordered by year, a volume is searched once
 * for its count and its facets' counts, and each year when its results are to be shown:
 * Pagefind's own sort would need a sort value for every readout in the metadata that every
 * first search fetches whole. Volumes without any of the years the reader chose are skipped.
 * Returns once `first` results are found, or all there are.
 */
export async function searchArchive(
  volumes: readonly IndexVolume[],
  query: string | null,
  filters: Filters,
  order: '' | 'newest' | 'oldest',
  first: number,
): Promise<ArchiveSearch> {
  const chosen = filters['year']?.any;
  const inOrder = (years: readonly string[]) =>
    (order === 'oldest' ? [...years].reverse() : years).filter(
      (year) => !chosen || chosen.includes(year),
    );
  const wanted = (order === 'oldest' ? [...volumes].reverse() : volumes).filter(
    ({ years }) => inOrder(years).length > 0,
  );
  const search: ArchiveSearch = {
    results: [],
    total: 0,
    filters: {},
    years: [],
    complete: wanted.length === 0,
    fill: (count) => (filling = filling.then(() => fillTo(count))),
  };
  const yearSteps = (pagefind: Pagefind, years: readonly string[]) =>
    inOrder(years).map((year) => async () => {
      const found = await pagefind.search(query, {
        filters: { ...filters, year: { any: [year] } },
      });
      search.results.push(...(found?.results ?? []));
    });
  const steps = wanted.map((volume, index) => async () => {
    const pagefind = await volume.pagefind();
    const all = await pagefind.search(query, { filters });
    search.total += all?.results.length ?? 0;
    addCounts(search.filters, all?.filters ?? {});
    search.years.push(...volume.years);
    search.complete = index === wanted.length - 1;
    if (order) steps.unshift(...yearSteps(pagefind, volume.years));
    else search.results.push(...(all?.results ?? []));
  });
  const fillTo = async (count: number) => {
    while (search.results.length < count) {
      const step = steps.shift();
      if (!step) return;
      await step();
    }
  };
  // One fill after another, so that the results stay in order.
  let filling = Promise.resolve();
  await search.fill(first);
  return search;
}
