import type { SearchTimings } from './measure-search.ts';

/** The median of some figures. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** The search's figures, each the median over the queries (or over their searches). */
export interface SearchFigures {
  /** A query pasted into a fresh page, the index not loaded: from the paste to results. */
  searchColdMs: number;
  /** Every search a typed query asks, index loaded: from the keystroke to its results. */
  searchWarmMs: number;
  /** The first search of a typed query, index loaded, which fetches the index chunk of a new word. */
  searchWarmFirstMs: number;
  /**
   * The last search of a typed query, index loaded: from the last keystroke to the whole
   * query's results, what a reader who has stopped typing waits.
   */
  searchWarmLastMs: number;
  /** Bytes fetched by a query pasted into a fresh page. */
  queryBytes: number;
  /** Bytes fetched by a query typed letter by letter into a fresh page, each keystroke's search included. */
  typedQueryBytes: number;
}

export function searchFigures({ cold, typed, warm }: SearchTimings): SearchFigures {
  return {
    searchColdMs: median(cold.flatMap((timing) => timing.searchesMs)),
    searchWarmMs: median(warm.flatMap((timing) => timing.searchesMs)),
    searchWarmFirstMs: median(warm.map((timing) => timing.searchesMs[0] ?? Number.NaN)),
    searchWarmLastMs: median(warm.map((timing) => timing.searchesMs.at(-1) ?? Number.NaN)),
    queryBytes: median(cold.map((timing) => timing.bytes)),
    typedQueryBytes: median(typed.map((timing) => timing.bytes)),
  };
}
