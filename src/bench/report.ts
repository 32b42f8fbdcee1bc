import type { PagesWeighed } from './heaviest-page.ts';
import type { SearchFigures } from './search-figures.ts';

/** One size of archive, measured: what `report.json` holds for each run. */
export interface BenchRun extends SearchFigures, PagesWeighed {
  readouts: number;
  pages: number;
  buildSeconds: number;
  astroSeconds: number;
  pagefindSeconds: number;
  /** The most memory the build's processes held at once (Astro's, then Pagefind's). */
  peakMemoryBytes: number;
  distBytes: number;
  distFiles: number;
  /** Astro's content layer store (`data-store.json`), which the build loads whole. */
  dataStoreBytes: number;
  indexBytes: number;
  /** The newest volume's metadata file, which a first search fetches whole. */
  pagefindMetadataBytes: number;
  /** The volumes the search index is split into (src/search/volumes.ts). */
  searchVolumes: number;
  meetingPageBytesGzip: number;
}

const figure = (value: number, digits = 1): string => value.toFixed(digits);
const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
const table = (head: string[], rows: string[][]) =>
  [row(head), row(head.map(() => '---')), ...rows.map(row)].join('\n');

/** The runs as two Markdown tables, the build's figures and the search's. */
export function markdownReport(runs: BenchRun[]): string {
  const first = runs[0];
  const perPage = (run: BenchRun) => (run.buildSeconds / run.pages) * 1000;
  const build = table(
    [
      'readouts',
      'pages',
      'build s',
      'Astro s',
      'Pagefind s',
      'ms per page',
      'per page vs smallest',
      'per page vs previous',
      'peak memory MB',
      'dist MB',
      'dist files',
      'data store MB',
      'heaviest page B gzip',
      'heaviest page',
      'pages over budget',
    ],
    runs.map((run, index) => [
      String(run.readouts),
      String(run.pages),
      figure(run.buildSeconds),
      figure(run.astroSeconds),
      figure(run.pagefindSeconds),
      figure(perPage(run), 2),
      first ? figure(perPage(run) / perPage(first), 2) : '–',
      index > 0 ? figure(perPage(run) / perPage(runs[index - 1] ?? run), 2) : '–',
      figure(run.peakMemoryBytes / 1e6, 0),
      figure(run.distBytes / 1e6),
      String(run.distFiles),
      figure(run.dataStoreBytes / 1e6),
      String(run.maxPageBytesGzip),
      `\`${run.maxPagePath}\``,
      String(run.pagesOverBudget),
    ]),
  );
  const search = table(
    [
      'readouts',
      'index MB',
      'volumes',
      'metadata KB',
      'search cold ms',
      'search warm ms',
      'warm, new word ms',
      'warm, last key ms',
      'first query KB',
      'typed first query KB',
      'readout page B gzip',
    ],
    runs.map((run) => [
      String(run.readouts),
      figure(run.indexBytes / 1e6, 2),
      String(run.searchVolumes),
      figure(run.pagefindMetadataBytes / 1024),
      figure(run.searchColdMs),
      figure(run.searchWarmMs),
      figure(run.searchWarmFirstMs),
      figure(run.searchWarmLastMs),
      figure(run.queryBytes / 1024),
      figure(run.typedQueryBytes / 1024),
      String(run.meetingPageBytesGzip),
    ]),
  );
  return `### Build\n\n${build}\n\n### Search\n\n${search}`;
}
