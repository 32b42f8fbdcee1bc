// `npm run build`: builds the site into a staging folder and swaps it in for the output folder
// only when every step has succeeded, so that a failed build leaves the last good site in
// place and a deploy that syncs the folder never publishes half a site.
import { execFileSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { indexSite } from '../search/index-site.ts';

const { values } = parseArgs({ options: { out: { type: 'string', default: 'dist' } } });
const out = values.out;
const staging = `.dist-staging-${process.pid}`;
const previous = `.dist-previous-${process.pid}`;

try {
  execFileSync('astro', ['build', '--outDir', staging], { stdio: 'inherit' });
  await indexSite(staging);
  if (existsSync(out)) renameSync(out, previous);
  renameSync(staging, out);
  rmSync(previous, { recursive: true, force: true });
  console.log(`Site built in ${out}/`);
} catch (error) {
  rmSync(staging, { recursive: true, force: true });
  console.error(`\nThe build failed; ${existsSync(out) ? `${out}/ still holds the last good site` : `nothing was written to ${out}/`}.`);
  if (!(error instanceof Error && 'status' in error)) console.error(error);
  process.exitCode = 1;
}
