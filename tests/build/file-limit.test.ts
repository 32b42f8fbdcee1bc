import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSyntheticArchive } from '../../src/bench/synthetic/archive.ts';
import { buildSite, runScript, scratchSite } from '../support/build-site.ts';

// The build needs a bounded number of files open at once, whatever the size of the archive:
// a process may hold 1,024 on many systems, and a loader that opened every readout at once
// failed at 20,000 readouts under a limit of 20,000. A thousand readouts under a limit of 256
// open at once more files than the limit allows unless every stage that touches one file per
// readout (load, render, the readouts' HTML, pages, index, brotli copies, checks) takes its
// files in turn; it is also where the loader starts its rendering worker.
const openFiles = 256;
const readouts = 1_000;
let site: Awaited<ReturnType<typeof scratchSite>>;
let build: { status: number | null; output: string };

beforeAll(async () => {
  site = await scratchSite();
  await writeSyntheticArchive(site.content, readouts);
  build = buildSite(site.content, site.out, join(site.root, 'cache'), { openFiles });
}, 300_000);

afterAll(async () => {
  await site.remove();
});

describe(`a build of ${String(readouts)} readouts under a limit of ${String(openFiles)} open files`, () => {
  it('is under a limit that bites: a process there cannot hold more files open', () => {
    const holdMore = `const fs = require('node:fs'); for (let i = 0; i < ${String(openFiles)}; i++) fs.openSync('package.json', 'r');`;
    const held = runScript(['-e', holdMore], { openFiles });
    expect(held.status).not.toBe(0);
    expect(held.output).toContain('EMFILE');
  });

  it('builds, index and brotli copies included', () => {
    expect(build.status, build.output).toBe(0);
    expect(build.output).toContain(`${readouts.toLocaleString('en')} pages indexed for search`);
  });

  it('checks every link and every page’s weight under the same limit', () => {
    for (const check of ['src/cli/check-links.ts', 'src/cli/check-budget.ts']) {
      const checked = runScript([check, '--dir', site.out], { openFiles });
      expect(checked.status, checked.output).toBe(0);
    }
  });
});
