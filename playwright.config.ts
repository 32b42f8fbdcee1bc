import { defineConfig, devices } from '@playwright/test';
import { launchOptions } from './src/browser/chromium.ts';

// The site as built by `npm run build`, and the same site built for a base path and another
// address (`npm run build:readouts`), each served as a static host would serve it.
// The fixture site of two accounts of one meeting (`npm run build:fixtures`) has its own, and
// so have the archive made by importing other governments' readouts (`npm run build:imported`)
// and a synthetic archive whose search index is split into volumes (`npm run build:volumes`).
// E2E_PORT moves every server, so that two checkouts can run their browser tests at once.
const port = Number(process.env['E2E_PORT'] ?? 4322);
const readoutsPort = port + 1;
const fixturesPort = port + 2;
const importedPort = port + 3;
const volumesPort = port + 4;

export default defineConfig({
  testDir: 'tests/e2e',
  forbidOnly: Boolean(process.env['CI']),
  fullyParallel: true,
  reporter: process.env['CI'] ? 'line' : 'list',
  use: { launchOptions },
  projects: [
    {
      name: 'site',
      testIgnore: /base-path|comparison|imported-accounts|versions|search-volumes/,
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
    {
      name: 'fixtures',
      testMatch: /comparison/,
      use: { ...devices['Desktop Chrome'], baseURL: `http://localhost:${String(fixturesPort)}` },
    },
    {
      name: 'imported',
      testMatch: /imported-accounts|versions/,
      use: { ...devices['Desktop Chrome'], baseURL: `http://localhost:${String(importedPort)}` },
    },
    {
      name: 'volumes',
      testMatch: /search-volumes/,
      use: { ...devices['Desktop Chrome'], baseURL: `http://localhost:${String(volumesPort)}` },
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
    {
      command: `node src/cli/serve.ts --dir dist-fixtures --port ${String(fixturesPort)}`,
      url: `http://localhost:${String(fixturesPort)}/`,
      reuseExistingServer: !process.env['CI'],
    },
    {
      command: `node src/cli/serve.ts --dir dist-imported --port ${String(importedPort)}`,
      url: `http://localhost:${String(importedPort)}/`,
      reuseExistingServer: !process.env['CI'],
    },
    {
      command: `node src/cli/serve.ts --dir dist-volumes --port ${String(volumesPort)}`,
      url: `http://localhost:${String(volumesPort)}/`,
      reuseExistingServer: !process.env['CI'],
    },
  ],
});
