// `npm run bench:search`: measures search on the built site in Chromium, served with gzip as
// a static host would: time from a query's input to its results on screen, cold (fresh browser,
// index not loaded) and warm, and bytes fetched by a first query. Prints the figures; it is a benchmark, not a test.
import { measureSearch, median, type QueryTiming } from '../bench/measure-search.ts';
import { serveSite } from '../bench/serve-site.ts';

const queries = ['TPP', 'North Korea', 'Futenma', 'abductions', 'Minsk', 'Xi Jinping', 'DPRK', 'Trans-Pacific Partnership'];
const site = await serveSite('dist', 4390);
try {
  const { cold, warm } = await measureSearch(site.url, queries);
  const row = (label: string, { query, ms, bytes }: QueryTiming) => `| ${label} | ${query} | ${ms.toFixed(1)} | ${(bytes / 1024).toFixed(1)} |`;
  console.log('| run | query | ms to results | KB fetched |\n|---|---|---|---|');
  for (const timing of cold) console.log(row('cold', timing));
  for (const timing of warm) console.log(row('warm', timing));
  console.log(
    `\nmedian cold ${median(cold.map((t) => t.ms)).toFixed(1)} ms (goal < 150), warm ${median(warm.map((t) => t.ms)).toFixed(1)} ms (goal < 30), ` +
      `first query ${(median(cold.map((t) => t.bytes)) / 1024).toFixed(1)} KB fetched (goal < 100); worst cold ${Math.max(...cold.map((t) => t.ms)).toFixed(1)} ms, ` +
      `worst first-query ${(Math.max(...cold.map((t) => t.bytes)) / 1024).toFixed(1)} KB`,
  );
} finally {
  site.stop();
}
