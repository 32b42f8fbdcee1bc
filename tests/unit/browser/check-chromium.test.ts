import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

// A machine without Chromium, acted on this one: the system's looked for where there is none,
// and Playwright's browsers looked for in an empty folder.
const noBrowsers = mkdtempSync(join(tmpdir(), 'no-browsers-'));
const withoutChromium = {
  CHROMIUM_SYSTEM_PATH: join(noBrowsers, 'chromium'),
  PLAYWRIGHT_BROWSERS_PATH: noBrowsers,
};

/** `npm test`'s first step, run with these variables. */
function check(env: Record<string, string>) {
  // The machine's own CHROMIUM_PATH is not this test's.
  const inherited = { ...process.env };
  delete inherited['CHROMIUM_PATH'];
  return spawnSync(process.execPath, ['src/cli/check-chromium.ts'], {
    encoding: 'utf8',
    env: { ...inherited, ...env },
  });
}

describe('npm test on a machine', () => {
  test('without any Chromium stops with one line naming what is missing and the command that fixes it', () => {
    const run = check(withoutChromium);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      `The browser tests need a Chromium: no Chromium at ${withoutChromium.CHROMIUM_SYSTEM_PATH}, no CHROMIUM_PATH, and Playwright’s is not installed; run \`npx playwright install chromium\`, or install the system’s (Debian: \`apt-get install chromium\`) or set CHROMIUM_PATH.\n`,
    );
  });

  test('whose CHROMIUM_PATH leads nowhere says so, though the system has one', () => {
    const run = check({ CHROMIUM_PATH: join(noBrowsers, 'elsewhere') });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(
      /^The browser tests need a Chromium: CHROMIUM_PATH is .*elsewhere, where there is no Chromium; run `npx playwright install chromium`.*\n$/,
    );
  });

  test('with a Chromium at CHROMIUM_PATH goes on, saying nothing', () => {
    const run = check({ ...withoutChromium, CHROMIUM_PATH: process.execPath });
    expect([run.status, run.stdout, run.stderr]).toEqual([0, '', '']);
  });
});
