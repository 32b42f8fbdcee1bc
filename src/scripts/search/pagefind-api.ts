// The part of Pagefind's browser API (pagefind.js in the built bundle) that the search uses.
import type { SearchMeta } from '../../lib/search-record.ts';
import { volumesFile, type VolumesFile } from '../../search/volumes.ts';

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
  search: (
    query: string | null,
    options: { filters?: Record<string, { any: string[] }> },
  ) => Promise<SearchResponse | null>;
  filters: () => Promise<FilterCounts>;
}

/** Pagefind's module, `pagefind.js`: an instance of its own for each index. */
interface PagefindModule {
  createInstance: (options: Record<string, unknown>) => Pagefind & { init: () => Promise<void> };
}

/** A volume of the index (src/search/volumes.ts), whose Pagefind loads when it is first searched. */
export interface IndexVolume {
  /** Its years, newest first. */
  years: readonly string[];
  pagefind: () => Promise<Pagefind>;
}

let loading: Promise<IndexVolume[]> | undefined;

/**
 * Loads the index's code and its list of volumes once, on first use: reading pages never pay
 * for search. Each volume's index loads when a search first reaches it.
 */
export function loadIndex(base: string): Promise<IndexVolume[]> {
  loading ??= (async () => {
    const [module, listed] = await Promise.all([
      import(/* @vite-ignore */ `${base}pagefind/pagefind.js`) as Promise<PagefindModule>,
      fetch(`${base}pagefind/${volumesFile}`).then(
        async (response) => (await response.json()) as VolumesFile,
      ),
    ]);
    const volumes = listed.volumes.map(({ path, years }): IndexVolume => {
      let instance: Promise<Pagefind> | undefined;
      return {
        years,
        pagefind: () =>
          (instance ??= (async () => {
            // In Pagefind's worker, its WebAssembly loads and searches off the main thread: a
            // page opened with a query stays responsive, and its results arrive without long
            // tasks. Every volume's instance shares the worker the first one starts (each
            // volume's folder holds its code).
            const pagefind = module.createInstance({
              basePath: `${base}${path}`,
              baseUrl: base,
              excerptLength: 24,
            });
            await pagefind.init();
            return pagefind;
          })()),
      };
    });
    return volumes;
  })();
  return loading;
}
