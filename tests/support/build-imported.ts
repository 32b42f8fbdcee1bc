// `npm run build:imported`: the archive as an editor makes it from a folder of other governments'
// and MOFA's readouts, both sides of six meetings mixed: the import's fixtures
// (tests/fixtures/import/) imported as one batch with nothing but their "Source:" lines into a
// copy of content/, and a readout its publisher revised three times (tests/fixtures/versions/),
// each capture imported in turn; then built into dist-imported/ for the browser tests.
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { buildSite } from './build-site.ts';
import { batchFiles, importCaptures } from './import-batch.ts';
import { copyContent, runImport } from './temp-content.ts';

const content = await copyContent();
try {
  const imported = runImport(
    ...(await batchFiles(join(content.dir, '..'))),
    '--content',
    content.dir,
  );
  if (imported.status !== 0) throw new Error(`The import failed:\n${imported.stderr}`);
  importCaptures(content.dir);
  await rm('dist-imported', { recursive: true, force: true });
  const build = buildSite(content.dir, 'dist-imported', 'node_modules/.astro-imported');
  if (build.status !== 0) throw new Error(`The build failed:\n${build.output}`);
  console.log('The imported batch is built in dist-imported/.');
} finally {
  await content.remove();
}
