// The last step of `npm install` and `npm ci` (package.json's "postinstall"): where no Chromium is
// found for the browser tests, it fetches Playwright's. Where that download fails (machines that
// cannot reach Playwright's servers), the install goes on, with a line saying how to get one.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { chromiumRemedy, findChromium } from '../browser/chromium.ts';

const found = findChromium();
// A CHROMIUM_PATH that leads nowhere is the reader's to correct: nothing is downloaded for it.
if ('missing' in found && process.env['CHROMIUM_PATH'])
  console.log(`The browser tests need a Chromium: ${found.missing}; ${chromiumRemedy}.`);
else if ('missing' in found) {
  console.log(`No Chromium for the browser tests (${found.missing}): fetching Playwright’s.`);
  const cli = fileURLToPath(import.meta.resolve('@playwright/test/cli'));
  const run = spawnSync(process.execPath, [cli, 'install', 'chromium'], {
    encoding: 'utf8',
    timeout: 15 * 60_000,
  });
  const output = `${run.stderr}\n${run.stdout}`;
  if (run.status === 0 && 'path' in findChromium())
    console.log('Playwright’s Chromium is installed.');
  else {
    // Playwright's own account runs to stack traces; the first error of each try says why.
    const reason = /Error: (.+)/.exec(output)?.[1] ?? run.error?.message ?? 'no reason given';
    console.log(
      `Playwright’s Chromium could not be downloaded (${reason}). The install goes on; the browser tests need a Chromium: ${chromiumRemedy}.`,
    );
  }
}
