// `npm run build`: builds the site into a staging folder and swaps it in for the output folder
// only when every step has succeeded, so that a failed build leaves the last good site in
// place and a deploy that syncs the folder never publishes half a site.
import { existsSync, renameSync, rmSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { astroBuild } from '../build/astro-build.ts';
import { indexSite } from '../search/index-site.ts';

// --site and --base set SITE_URL and BASE_PATH for this build (the site's address and the path it is served under).
const { values } = parseArgs({
  options: {
    out: { type: 'string', default: 'dist' },
    site: { type: 'string' },
    base: { type: 'string' },
  },
});
const out = values.out;
if (values.site) process.env['SITE_URL'] = values.site;
if (values.base) process.env['BASE_PATH'] = values.base;
const staging = `.dist-staging-${process.pid}`;
const previous = `.dist-previous-${process.pid}`;

try {
  astroBuild(staging);
  await indexSite(staging);
  if (existsSync(out)) renameSync(out, previous);
  renameSync(staging, out);
  rmSync(previous, { recursive: true, force: true });
  console.log(`Site built in ${out}/`);
} catch (error) {
  rmSync(staging, { recursive: true, force: true });
  console.error(
    `\nThe build failed; ${existsSync(out) ? `${out}/ still holds the last good site` : `nothing was written to ${out}/`}.`,
  );
  // Astro has printed its own error; anything else is ours to print.
  if (!(error instanceof Error && 'status' in error && typeof error.status === 'number'))
    console.error(error);
  process.exitCode = 1;
}
