// `npm run bench:versions -- [--readouts 100] [--versions 1,2,5,10]`: how a readout's versions
// weigh on the build. Builds a synthetic archive (seeded, in a temporary folder) in which
// every readout has 1, then 2, 5 and 10 versions, and prints the pages and the build's time
// for each: each version adds its page and two pages of changes, so the time a version adds
// should stay the same however many a readout has. A benchmark, not a test.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildSite } from '../build/build-site.ts';
import { builtFiles } from '../checks/built-files.ts';
import { writeSyntheticArchive } from '../bench/synthetic/archive.ts';

const { values } = parseArgs({
  options: {
    readouts: { type: 'string', default: '100' },
    versions: { type: 'string', default: '1,2,5,10' },
  },
});
const readouts = Number(values.readouts);
const counts = values.versions.split(',').map(Number);

interface Run {
  versions: number;
  pages: number;
  seconds: number;
}

async function measure(versions: number): Promise<Run> {
  const root = await mkdtemp(join(tmpdir(), `readouts-versions-${String(versions)}-`));
  try {
    const content = join(root, 'content');
    await writeSyntheticArchive(content, readouts, 2016, {
      share: 1,
      versions: [versions, versions],
    });
    process.env['READOUTS_CONTENT_DIR'] = content;
    process.env['READOUTS_CACHE_DIR'] = join(root, 'cache');
    process.env['ASTRO_TELEMETRY_DISABLED'] = '1';
    const dist = join(root, 'dist');
    const start = performance.now();
    await buildSite(dist, { quiet: true });
    const seconds = (performance.now() - start) / 1000;
    const pages = (await builtFiles(dist, ['.html'])).length;
    console.log(
      `${String(versions)} versions a readout: ${String(pages)} pages in ${seconds.toFixed(1)} s`,
    );
    return { versions, pages, seconds };
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

const runs: Run[] = [];
for (const count of counts) runs.push(await measure(count));
const [first] = runs;
console.log(
  `\n| versions a readout | pages | build, s | pages a version adds to a readout | s a version adds to a readout |\n|---|---|---|---|---|`,
);
for (const { versions, pages, seconds } of runs) {
  const added = first && versions > first.versions ? versions - first.versions : 0;
  const perVersion = (value: number) => (added > 0 ? (value / added / readouts).toFixed(3) : '–');
  console.log(
    `| ${String(versions)} | ${String(pages)} | ${seconds.toFixed(1)} | ${first ? perVersion(pages - first.pages) : '–'} | ${first ? perVersion(seconds - first.seconds) : '–'} |`,
  );
}
console.log(
  `\n${String(readouts)} readouts each time; "a version adds" is the difference from ${String(first?.versions ?? 1)} version(s), per readout and per version: the same at every count when the build's time grows in proportion to the versions.`,
);
