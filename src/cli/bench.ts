// `npm run bench -- --sizes 10,100,1000 [--out DIR]`: builds synthetic archives of each size
// (seeded, in a temporary folder; content/ is never touched) and measures how the build and
// the search grow with the archive. Writes report.json, report.md and chart.svg.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'astro';
import { builtFiles } from '../checks/built-files.ts';
import { pageWeight, siteReader } from '../checks/page-weight.ts';
import { chartSvg } from '../bench/chart.ts';
import { folderBytes } from '../bench/folder-size.ts';
import { measureSearch } from '../bench/measure-search.ts';
import { markdownReport, type BenchRun } from '../bench/report.ts';
import { searchFigures } from '../bench/search-figures.ts';
import { serveSite } from '../serve/serve-site.ts';
import { writeSyntheticArchive } from '../bench/synthetic/archive.ts';
import { searchIndexMeasure } from '../integrations/search-index.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10,100,1000' },
    out: { type: 'string', default: 'bench-results' },
    seed: { type: 'string', default: '2016' },
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

async function measure(size: number): Promise<BenchRun> {
  const root = await mkdtemp(join(tmpdir(), `readouts-bench-${String(size)}-`));
  try {
    const content = join(root, 'content');
    const dist = join(root, 'dist');
    progress(size, 'writing the synthetic archive');
    const [firstReadout = ''] = await writeSyntheticArchive(content, size, Number(values.seed));
    progress(size, 'building with Astro');
    // The content folder is read from the environment when Astro loads the content config.
    process.env['READOUTS_CONTENT_DIR'] = content;
    process.env['READOUTS_CACHE_DIR'] = join(root, 'cache');
    process.env['ASTRO_TELEMETRY_DISABLED'] = '1';
    const buildStart = performance.now();
    await build({ outDir: dist, logLevel: 'error' });
    const buildSeconds = seconds(buildStart);
    // The search index is built in the build's last hook, which records how long it took.
    const pagefindSeconds =
      (performance.getEntriesByName(searchIndexMeasure).at(-1)?.duration ?? 0) / 1000;
    const astroSeconds = buildSeconds - pagefindSeconds;
    progress(
      size,
      `built in ${buildSeconds.toFixed(1)} s (Pagefind ${pagefindSeconds.toFixed(1)} s); searching in Chromium`,
    );
    const site = await serveSite(dist, 4396);
    const timings = await measureSearch(site.url, queries).finally(site.stop);
    // The same readout at every size, so that its weight shows what the archive's size adds.
    const readoutPage = await readFile(join(dist, 'meetings', firstReadout, 'index.html'), 'utf8');
    const run: BenchRun = {
      readouts: size,
      pages: (await builtFiles(dist, ['.html'])).length,
      buildSeconds,
      astroSeconds,
      pagefindSeconds,
      distBytes: await folderBytes(dist),
      indexBytes: await folderBytes(join(dist, 'pagefind')),
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
  }
}

const runs: BenchRun[] = [];
for (const size of sizes) runs.push(await measure(size));
await mkdir(values.out, { recursive: true });
await writeFile(join(values.out, 'report.json'), `${JSON.stringify({ runs }, null, 2)}\n`);
await writeFile(join(values.out, 'report.md'), `${markdownReport(runs)}\n`);
await writeFile(join(values.out, 'chart.svg'), chartSvg(runs));
console.log(
  `\n${markdownReport(runs)}\n\nWritten to ${values.out}/report.json, report.md and chart.svg`,
);
