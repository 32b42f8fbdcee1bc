import { existsSync } from 'node:fs';
import type { LaunchOptions } from '@playwright/test';

// This environment cannot download browsers: use the system's Chromium when there is one.
export const systemChromium =
  process.env['CHROMIUM_PATH'] ??
  (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

/** How tests and benchmarks start Chromium. */
export const launchOptions: LaunchOptions = {
  ...(systemChromium ? { executablePath: systemChromium } : {}),
  // Without these, Chromium keeps trying to reach update and sync hosts this machine cannot reach.
  args: [
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    '--disable-sync',
  ],
};
