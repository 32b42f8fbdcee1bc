// `npm run bench -- --sizes 10,100,1000 [--out DIR] [--port N] [--revised 0.1]`: builds synthetic
// archives of each size (seeded, in a temporary folder; content/ is never touched; a tenth of
// the readouts revised, with 2 to 5 versions) and measures how the build and
// the search grow with the archive. Writes report.json, report.md and chart.svg. Each size's
// folder is removed when it is measured, or when the run is stopped (Ctrl-C, SIGTERM).
import { rmSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { fork, type ChildProcess } from 'node:child_process';
import type { BuiltSite } from '../build/build-site.ts';
import { builtFiles } from '../checks/built-files.ts';
import { pageWeight, siteReader } from '../checks/page-weight.ts';
import { chartSvg } from '../bench/chart.ts';
import { checkDiskRoom } from '../bench/disk-room.ts';
import { filesBytes, folderBytes, folderSize } from '../bench/folder-size.ts';
import { weighPages } from '../bench/heaviest-page.ts';
import { watchPeakMemory } from '../bench/peak-memory.ts';
import { measureSearch } from '../bench/measure-search.ts';
import { markdownReport, type BenchRun } from '../bench/report.ts';
import { searchFigures } from '../bench/search-figures.ts';
import { serveSite } from '../serve/serve-site.ts';
import { writeSyntheticArchive } from '../bench/synthetic/archive.ts';
import { volumesFile, type VolumesFile } from '../search/volumes.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10,100,1000' },
    out: { type: 'string', default: 'bench-results' },
    seed: { type: 'string', default: '2016' },
    // The share of the readouts their publishers revised, each with 2 to 5 versions.
    revised: { type: 'string', default: '0.1' },
    // The port the built archive is served on for the search measurements.
    port: { type: 'string', default: '4396' },
  },
});
const sizes = values.sizes.split(',').map(Number);
// What readers of a synthetic archive would type: topics, an alias, a name.
const queries = [
  'Energy',
  'maritime affairs',
  'Nakamura',
  'counter-terrorism',
  'Disaster relief',
  'Fisheries cooperation',
];
const started = Date.now();
const progress = (size: number, stage: string) => {
  console.log(
    `[${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${String(size).padStart(5)} readouts: ${stage}`,
  );
};
const seconds = (from: number) => (performance.now() - from) / 1000;

// The size being measured: its folder, and the build's processes while they run.
let current: { root: string; build?: ChildProcess } | undefined;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    const pid = current?.build?.pid;
    // The build's group: its process, Astro's and Pagefind's, which would write on.
    if (pid && current?.build?.exitCode === null) process.kill(-pid, 'SIGKILL');
    if (current) {
      console.error(`\nStopped: removing ${current.root}`);
      rmSync(current.root, { recursive: true, force: true });
    }
    process.exit(130);
  });
}

// The build as `npm run build` makes it (Astro's pages in a process of their own, then the
// search index with Pagefind's binary), in a process apart whose memory is the build's alone.
async function buildApart(dist: string): Promise<{ built: BuiltSite; peakMemoryBytes: number }> {
  // A process group of its own, so that a stopped run can end the whole build.
  const child = fork(new URL('../bench/build-apart.ts', import.meta.url), [dist], {
    detached: true,
  });
  if (current) current.build = child;
  const memory = await watchPeakMemory(child.pid ?? 0);
  const built = new Promise<BuiltSite>((resolve) => {
    child.once('message', (message) => {
      resolve(message as BuiltSite);
    });
  });
  const code = await new Promise<number | null>((resolve) => {
    child.once('exit', resolve);
  });
  if (code !== 0) throw new Error(`The build failed (exit code ${String(code)}).`);
  return { built: await built, peakMemoryBytes: await memory.stop() };
}

async function measure(size: number): Promise<BenchRun> {
  await checkDiskRoom(tmpdir(), size);
  const root = await mkdtemp(join(tmpdir(), `readouts-bench-${String(size)}-`));
  current = { root };
  try {
    const content = join(root, 'content');
    const dist = join(root, 'dist');
    progress(size, 'writing the synthetic archive');
    const [firstReadout = ''] = await writeSyntheticArchive(content, size, Number(values.seed), {
      share: Number(values.revised),
      versions: [2, 5],
    });
    progress(size, 'building with Astro');
    // The content folder is read from the environment when Astro loads the content config.
    process.env['READOUTS_CONTENT_DIR'] = content;
    process.env['READOUTS_CACHE_DIR'] = join(root, 'cache');
    process.env['ASTRO_TELEMETRY_DISABLED'] = '1';
    const buildStart = performance.now();
    const { built, peakMemoryBytes } = await buildApart(dist);
    const buildSeconds = seconds(buildStart);
    const { pagesSeconds: astroSeconds, indexSeconds: pagefindSeconds } = built;
    progress(
      size,
      `built in ${buildSeconds.toFixed(1)} s (Pagefind ${pagefindSeconds.toFixed(1)} s); weighing every page`,
    );
    const weighed = await weighPages(dist);
    progress(size, `heaviest page ${String(weighed.maxPageBytesGzip)} B; searching in Chromium`);
    const site = await serveSite(dist, Number(values.port));
    const timings = await measureSearch(site.url, queries).finally(site.stop);
    // The same readout at every size, so that its weight shows what the archive's size adds.
    const readoutPage = await readFile(join(dist, 'meetings', firstReadout, 'index.html'), 'utf8');
    const distSize = await folderSize(dist);
    const run: BenchRun = {
      readouts: size,
      pages: (await builtFiles(dist, ['.html'])).length,
      buildSeconds,
      astroSeconds,
      pagefindSeconds,
      distBytes: distSize.bytes,
      distFiles: distSize.files,
      indexBytes: await folderBytes(join(dist, 'pagefind')),
      pagefindMetadataBytes: await filesBytes(join(dist, 'pagefind'), '.pf_meta'),
      searchVolumes: (
        JSON.parse(await readFile(join(dist, 'pagefind', volumesFile), 'utf8')) as VolumesFile
      ).volumes.length,
      dataStoreBytes: await filesBytes(join(root, 'cache'), 'data-store.json'),
      peakMemoryBytes,
      ...weighed,
      ...searchFigures(timings),
      meetingPageBytesGzip: pageWeight(readoutPage, siteReader(dist, '/')).htmlAndCssGzip,
    };
    progress(
      size,
      `done: ${String(run.pages)} pages, search ${run.searchColdMs.toFixed(0)} ms cold, ${run.searchWarmMs.toFixed(0)} ms warm`,
    );
    return run;
  } finally {
    await rm(root, { recursive: true, force: true });
    current = undefined;
  }
}

// The largest size first: a run should not end on a full disk after the smaller ones.
await checkDiskRoom(tmpdir(), Math.max(...sizes));
const runs: BenchRun[] = [];
for (const size of sizes) runs.push(await measure(size));
await mkdir(values.out, { recursive: true });
await writeFile(join(values.out, 'report.json'), `${JSON.stringify({ runs }, null, 2)}\n`);
await writeFile(join(values.out, 'report.md'), `${markdownReport(runs)}\n`);
await writeFile(join(values.out, 'chart.svg'), chartSvg(runs));
console.log(
  `\n${markdownReport(runs)}\n\nWritten to ${values.out}/report.json, report.md and chart.svg`,
);
