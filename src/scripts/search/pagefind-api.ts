// The part of Pagefind's browser API (pagefind.js in the built bundle) that the search uses.
import type { SearchMeta } from '../../lib/search-record.ts';

export type FilterCounts = Record<string, Record<string, number>>;

/** A part of a page, from one heading with an id to the next, that holds the words searched. */
export interface SubResult {
  title: string;
  url: string;
  excerpt: string;
  /** How much each place the words were found counts. */
  weighted_locations?: { weight: number }[];
}

/** A page of the index, as `result.data()` returns it. */
export interface ResultData {
  url: string;
  excerpt: string;
  /** What the page's search record holds: see SearchMeta, and the topics of a section or bound paragraph by its id. */
  meta: Partial<SearchMeta> & Record<string, string | undefined>;
  sub_results?: SubResult[];
}

export interface SearchResponse {
  results: { id: string; data: () => Promise<ResultData> }[];
  /** For each filter value, how many results the current query would have with it. */
  filters: FilterCounts;
}

export interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (
    query: string | null,
    options: { filters?: Record<string, { any: string[] }> },
  ) => Promise<SearchResponse | null>;
  filters: () => Promise<FilterCounts>;
}

let loading: Promise<Pagefind> | undefined;

/** Loads the index's code once, on first use: reading pages never pay for search. */
export function loadPagefind(base: string): Promise<Pagefind> {
  loading ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
    // In Pagefind's worker, its WebAssembly loads and searches off the main thread: a page opened
    // with a query stays responsive, and its results arrive without long tasks.
    await pagefind.options({ baseUrl: base, excerptLength: 24 });
    await pagefind.init();
    return pagefind;
  })();
  return loading;
}
