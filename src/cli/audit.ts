// `npm run audit`: Lighthouse (mobile preset) on the archive, a readout, a section page and a
// search with results, of the site built in dist/ (by `npm run build`), served as a host would.
// Fails under 100 in any category, allowing 99 in performance for the noise of a shared
// machine. Prints the scores.
import { existsSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumPath } from '../browser/chromium.ts';
import { serveSite } from '../serve/serve-site.ts';

const pages = [
  '',
  'meetings/2016-09-21-abe-biden/',
  'meetings/2016-09-21-abe-biden/tpp/',
  'search/?q=North+Korea',
];
const runs = 3;
const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const floor: Record<(typeof categories)[number], number> = {
  performance: 99,
  accessibility: 100,
  'best-practices': 100,
  seo: 100,
};

// Lighthouse's own variable first, then the Chromium the tests use.
const chromePath = process.env['CHROME_PATH'] ?? chromiumPath;
if (!existsSync('dist/index.html')) {
  console.error('There is no site in dist/ to audit: run `npm run build` first.');
  process.exit(1);
}
const site = await serveSite('dist', 4395);
const chrome = await chromeLauncher.launch({
  ...(chromePath ? { chromePath } : {}),
  chromeFlags: [
    '--headless=new',
    '--no-sandbox',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    '--disable-sync',
  ],
});
const failures: string[] = [];
try {
  console.log(
    `| page | ${categories.join(' | ')} |\n|---|${categories.map(() => '---').join('|')}|`,
  );
  for (const page of pages) {
    // A busy machine can slow one run's main thread: a page gets up to three runs to meet the
    // floors, and every run is printed. A real regression fails all three.
    let failed: string[] = [];
    for (let run = 1; run <= runs; run += 1) {
      const result = await lighthouse(`${site.url}${page}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...categories],
      });
      const scores = categories.map((category) =>
        Math.round((result?.lhr.categories[category]?.score ?? 0) * 100),
      );
      console.log(`| /${page}${run > 1 ? ` (run ${String(run)})` : ''} | ${scores.join(' | ')} |`);
      const failing = Object.values(result?.lhr.audits ?? {}).filter(
        (audit) =>
          audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== 'informative',
      );
      failed = categories.flatMap((category, index) =>
        (scores[index] ?? 0) < floor[category]
          ? [
              `/${page}: ${category} ${String(scores[index])} (${failing.map((audit) => audit.id).join(', ')})`,
            ]
          : [],
      );
      if (failed.length === 0) break;
    }
    failures.push(...failed);
  }
} finally {
  chrome.kill();
  site.stop();
}
for (const failure of failures) console.error(failure);
if (failures.length > 0) process.exitCode = 1;
