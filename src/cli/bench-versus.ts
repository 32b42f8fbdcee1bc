// `npm run bench:versus -- <page-url> <page-url> [--runs 15] [--query TPP]`: a reader's first
// search on two served sites (two builds of this one, or another site with a Pagefind index,
// served by the same static server), run in turn so that the machine's drift falls on both.
// Prints each site's median and every run; it is a benchmark, not a test.
import { chromium } from '@playwright/test';
import { parseArgs } from 'node:util';
import { coldSearchMs } from '../bench/cold-search.ts';
import { median } from '../bench/search-figures.ts';
import { launchOptions } from '../browser/chromium.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    runs: { type: 'string', default: '15' },
    query: { type: 'string', default: 'TPP' },
  },
});
const [first, second] = positionals;
if (!first || !second) {
  console.error('Give two page addresses, one of each site: npm run bench:versus -- <url> <url>');
  process.exit(2);
}
const browser = await chromium.launch(launchOptions);
const runs = new Map<string, { ms: number[]; requests: number }>([
  [first, { ms: [], requests: 0 }],
  [second, { ms: [], requests: 0 }],
]);
try {
  for (let run = 0; run < Number(values.runs); run += 1)
    // Each run swaps which site goes first.
    for (const url of run % 2 === 0 ? [first, second] : [second, first]) {
      const { ms, requests } = await coldSearchMs(browser, url, values.query);
      const site = runs.get(url);
      site?.ms.push(ms);
      if (site) site.requests = requests;
    }
} finally {
  await browser.close();
}
console.log(`A first search for “${values.query}”, ${values.runs} runs each, in turn:`);
for (const [url, { ms, requests }] of runs)
  console.log(
    `${url}: median ${median(ms).toFixed(1)} ms, ${String(requests)} requests; runs ${ms.map((value) => value.toFixed(0)).join(' ')}`,
  );
