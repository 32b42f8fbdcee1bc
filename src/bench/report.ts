import type { SearchFigures } from './search-figures.ts';

/** One size of archive, measured: what `report.json` holds for each run. */
export interface BenchRun extends SearchFigures {
  readouts: number;
  pages: number;
  buildSeconds: number;
  astroSeconds: number;
  pagefindSeconds: number;
  distBytes: number;
  indexBytes: number;
  meetingPageBytesGzip: number;
}

const figure = (value: number, digits = 1): string => value.toFixed(digits);

/** The runs as a Markdown table, with the build time per page relative to the smallest archive. */
export function markdownReport(runs: BenchRun[]): string {
  const first = runs[0];
  const perPage = (run: BenchRun) => (run.buildSeconds / run.pages) * 1000;
  const rows = runs.map(
    (run) =>
      `| ${String(run.readouts)} | ${String(run.pages)} | ${figure(run.buildSeconds)} | ${figure(run.astroSeconds)} | ${figure(run.pagefindSeconds)} | ${figure(perPage(run), 2)} | ${first ? figure(perPage(run) / perPage(first), 2) : '–'} | ${figure(run.distBytes / 1e6)} | ${figure(run.indexBytes / 1e6, 2)} | ${figure(run.searchColdMs)} | ${figure(run.searchWarmMs)} | ${figure(run.searchWarmFirstMs)} | ${figure(run.queryBytes / 1024)} | ${figure(run.typedQueryBytes / 1024)} | ${String(run.meetingPageBytesGzip)} |`,
  );
  return [
    '| readouts | pages | build s | Astro s | Pagefind s | ms per page | per page vs smallest | dist MB | index MB | search cold ms | search warm ms | warm, new word ms | first query KB | typed first query KB | readout page B gzip |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}
