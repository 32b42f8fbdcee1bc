import { defineConfig, devices } from '@playwright/test';
import { launchOptions } from './src/browser/chromium.ts';

// The site as built by `npm run build`, and the same site built for a base path and another
// address (`npm run build:readouts`), each served as a static host would serve it.
// E2E_PORT moves both servers, so that two checkouts can run their browser tests at once.
const port = Number(process.env['E2E_PORT'] ?? 4322);
const readoutsPort = port + 1;

export default defineConfig({
  testDir: 'tests/e2e',
  forbidOnly: Boolean(process.env['CI']),
  fullyParallel: true,
  reporter: process.env['CI'] ? 'line' : 'list',
  use: { launchOptions },
  projects: [
    {
      name: 'site',
      testIgnore: /base-path/,
      use: { ...devices['Desktop Chrome'], baseURL: `http://localhost:${String(port)}` },
    },
    {
      name: 'base-path',
      testMatch: /base-path/,
      use: {
        ...devices['Desktop Chrome'],
        baseURL: `http://localhost:${String(readoutsPort)}/readouts/`,
      },
    },
  ],
  webServer: [
    {
      command: `node src/cli/serve.ts --port ${String(port)}`,
      url: `http://localhost:${String(port)}/`,
      reuseExistingServer: !process.env['CI'],
    },
    {
      command: `node src/cli/serve.ts --dir dist-readouts --base /readouts/ --port ${String(readoutsPort)}`,
      url: `http://localhost:${String(readoutsPort)}/readouts/`,
      reuseExistingServer: !process.env['CI'],
    },
  ],
});
