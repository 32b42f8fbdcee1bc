// The last step of `npm install` and `npm ci` (package.json's "postinstall"): where no Chromium is
// found for the browser tests, it fetches Playwright's. Where that download fails (machines that
// cannot reach Playwright's servers), the install goes on, with a line saying how to get one.
// Nothing is fetched where no browser test will run: on a host that only publishes the site, or
// where PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD (Playwright's own variable) says so.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { chromiumRemedy, findChromium } from '../browser/chromium.ts';
import { publishingHost } from '../build/site-address.ts';

/** Runs `playwright install chromium`, and says how it went; never fails the install. */
function fetchPlaywrights(missing: string): void {
  console.log(`No Chromium for the browser tests (${missing}): fetching Playwright’s.`);
  const cli = fileURLToPath(import.meta.resolve('@playwright/test/cli'));
  const run = spawnSync(process.execPath, [cli, 'install', 'chromium'], {
    encoding: 'utf8',
    timeout: 15 * 60_000,
  });
  if (run.status === 0 && 'path' in findChromium()) {
    console.log('Playwright’s Chromium is installed.');
    return;
  }
  // Playwright's own account runs to stack traces; the first error of each try says why.
  const reason =
    /Error: (.+)/.exec(`${run.stderr}\n${run.stdout}`)?.[1] ?? run.error?.message ?? 'no reason';
  console.log(
    `Playwright’s Chromium could not be downloaded (${reason}). The install goes on; the browser tests need a Chromium: ${chromiumRemedy}.`,
  );
}

const found = findChromium();
const host = publishingHost(process.env);
if ('path' in found || process.env['PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD']) {
  // A Chromium is there, or none is wanted.
} else if (host) {
  console.log(`No Chromium fetched for the browser tests: ${host} only builds the site.`);
} else if (process.env['CHROMIUM_PATH']) {
  // A CHROMIUM_PATH that leads nowhere is the reader's to correct: nothing is fetched for it.
  console.log(`The browser tests need a Chromium: ${found.missing}; ${chromiumRemedy}.`);
} else fetchPlaywrights(found.missing);
