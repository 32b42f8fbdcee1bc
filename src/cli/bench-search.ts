// `npm run bench:search`: measures search on the built site in Chromium, served with gzip as
// a static host would, with queries typed as a reader types them: time from the first
// keystroke to results on screen, cold (fresh browser, index not loaded) and warm; time from
// the last keystroke to the whole query's results; and bytes a first query fetches. Prints
// the figures; it is a benchmark, not a test.
import { measureSearch, median, type QueryTiming } from '../bench/measure-search.ts';
import { serveSite } from '../bench/serve-site.ts';

const queries = ['TPP', 'North Korea', 'Futenma', 'abductions', 'Minsk', 'Xi Jinping', 'DPRK', 'Trans-Pacific Partnership'];
const site = await serveSite('dist', 4390);
try {
  const { cold, warm } = await measureSearch(site.url, queries);
  const row = (label: string, { query, firstKeyMs, lastKeyMs, bytes }: QueryTiming) =>
    `| ${label} | ${query} | ${firstKeyMs.toFixed(1)} | ${lastKeyMs.toFixed(1)} | ${(bytes / 1024).toFixed(1)} |`;
  console.log('| run | query | first key to results, ms | last key to results, ms | KB fetched |\n|---|---|---|---|---|');
  for (const timing of cold) console.log(row('cold', timing));
  for (const timing of warm) console.log(row('warm', timing));
  const ms = (timings: QueryTiming[], key: 'firstKeyMs' | 'lastKeyMs') => median(timings.map((t) => t[key])).toFixed(1);
  console.log(
    `\nmedian, first keystroke to results: cold ${ms(cold, 'firstKeyMs')} ms (goal < 150), warm ${ms(warm, 'firstKeyMs')} ms (goal < 30); ` +
      `last keystroke to results: warm ${ms(warm, 'lastKeyMs')} ms; first query ${(median(cold.map((t) => t.bytes)) / 1024).toFixed(1)} KB fetched (goal < 100)`,
  );
} finally {
  site.stop();
}
