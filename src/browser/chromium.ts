import { existsSync } from 'node:fs';
import { chromium, type LaunchOptions } from '@playwright/test';

/** The Chromium the browser tests, the audit and the benchmarks drive, and whose it is. */
type Found =
  { path: string; whose: 'CHROMIUM_PATH' | 'system' | 'Playwright' } | { missing: string };

/** What installs one, for the line that says none was found. */
export const chromiumRemedy =
  'run `npx playwright install chromium`, or install the system’s (Debian: `apt-get install chromium`) or set CHROMIUM_PATH';

/**
 * The Chromium to drive: CHROMIUM_PATH, else the system's (/usr/bin/chromium, or
 * CHROMIUM_SYSTEM_PATH, which a test points elsewhere to act a machine without one), else
 * Playwright's own (where PLAYWRIGHT_BROWSERS_PATH says). This environment cannot download
 * browsers, so the system's comes before Playwright's.
 */
export function findChromium(env = process.env): Found {
  const given = env['CHROMIUM_PATH'];
  if (given)
    return existsSync(given)
      ? { path: given, whose: 'CHROMIUM_PATH' }
      : { missing: `CHROMIUM_PATH is ${given}, where there is no Chromium` };
  const system = env['CHROMIUM_SYSTEM_PATH'] ?? '/usr/bin/chromium';
  if (existsSync(system)) return { path: system, whose: 'system' };
  const playwrights = chromium.executablePath();
  if (existsSync(playwrights)) return { path: playwrights, whose: 'Playwright' };
  return {
    missing: `no Chromium at ${system}, no CHROMIUM_PATH, and Playwright’s is not installed`,
  };
}

const found = findChromium();

/** The path of the Chromium to drive, when there is one. */
export const chromiumPath = 'path' in found ? found.path : undefined;

/** How tests and benchmarks start Chromium. */
export const launchOptions: LaunchOptions = {
  // Playwright finds its own (and its headless shell) by itself.
  ...('path' in found && found.whose !== 'Playwright' ? { executablePath: found.path } : {}),
  // Without these, Chromium keeps trying to reach update and sync hosts this machine cannot reach.
  args: [
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    '--disable-sync',
  ],
};
