// `npm run bench:search`: measures search on the built site in Chromium, served as a static
// host would serve it. Each query is pasted into a fresh page (cold: the index not loaded),
// typed letter by letter into a fresh page, and typed into a page whose index is loaded
// (warm). Each search is timed from the input that asked it to its results on screen. Prints
// the figures; it is a benchmark, not a test.
import { measureSearch, type QueryTiming } from '../bench/measure-search.ts';
import { searchFigures } from '../bench/search-figures.ts';
import { serveSite } from '../serve/serve-site.ts';

const queries = [
  'TPP',
  'North Korea',
  'Futenma',
  'abductions',
  'Minsk',
  'Xi Jinping',
  'DPRK',
  'Trans-Pacific Partnership',
];
const site = await serveSite('dist', 4390);
try {
  const timings = await measureSearch(site.url, queries);
  const ms = (values: number[]) => values.map((value) => value.toFixed(1)).join(', ');
  const row = (label: string, { query, searchesMs, bytes }: QueryTiming) =>
    `| ${label} | ${query} | ${ms(searchesMs)} | ${(bytes / 1024).toFixed(1)} |`;
  console.log(
    '| run | query | each search shown, input to results, ms | KB fetched |\n|---|---|---|---|',
  );
  for (const label of ['cold', 'typed', 'warm'] as const)
    for (const timing of timings[label]) console.log(row(label, timing));
  const figures = searchFigures(timings);
  console.log(
    `\nmedians: cold ${figures.searchColdMs.toFixed(1)} ms (goal < 150); warm, each keystroke's search ${figures.searchWarmMs.toFixed(1)} ms (goal < 30), ` +
      `the first search of a new word ${figures.searchWarmFirstMs.toFixed(1)} ms, ` +
      `the last keystroke's ${figures.searchWarmLastMs.toFixed(1)} ms; ` +
      `first query ${(figures.queryBytes / 1024).toFixed(1)} KB fetched (goal < 100), typed ${(figures.typedQueryBytes / 1024).toFixed(1)} KB`,
  );
} finally {
  site.stop();
}
