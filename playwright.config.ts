import { defineConfig, devices } from '@playwright/test';
import { launchOptions } from './src/bench/browser.ts';

// The site as built by `npm run build`, and the same site built for a base path and another
// address (`npm run build:readouts`), each served as a static host would serve it.
const port = 4322;
const readoutsPort = 4323;

export default defineConfig({
  testDir: 'tests/e2e',
  forbidOnly: Boolean(process.env['CI']),
  fullyParallel: true,
  reporter: process.env['CI'] ? 'line' : 'list',
  use: { launchOptions },
  projects: [
    { name: 'site', testIgnore: /base-path/, use: { ...devices['Desktop Chrome'], baseURL: `http://localhost:${String(port)}` } },
    { name: 'base-path', testMatch: /base-path/, use: { ...devices['Desktop Chrome'], baseURL: `http://localhost:${String(readoutsPort)}/readouts/` } },
  ],
  webServer: [
    { command: `node src/cli/serve.ts --port ${String(port)}`, url: `http://localhost:${String(port)}/`, reuseExistingServer: !process.env['CI'] },
    {
      command: `node src/cli/serve.ts --dir dist-readouts --base /readouts/ --port ${String(readoutsPort)}`,
      url: `http://localhost:${String(readoutsPort)}/readouts/`,
      reuseExistingServer: !process.env['CI'],
    },
  ],
});
