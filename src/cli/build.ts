// `npm run build`: builds the site (pages and search index, see astro.config.mjs) into a
// staging folder and swaps it in for the output folder only when the build has succeeded, so
// that a failed build leaves the last good site in place and a deploy that syncs the folder
// never publishes half a site.
import { existsSync, renameSync, rmSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { build } from 'astro';

// --site and --base: the site's address and the path it is served under, for this build.
const { values } = parseArgs({
  options: {
    out: { type: 'string', default: 'dist' },
    site: { type: 'string' },
    base: { type: 'string' },
  },
});
const { out, site, base } = values;
const staging = `.dist-staging-${String(process.pid)}`;
const previous = `.dist-previous-${String(process.pid)}`;

try {
  await build({ outDir: staging, ...(site ? { site } : {}), ...(base ? { base } : {}) });
  if (existsSync(out)) renameSync(out, previous);
  renameSync(staging, out);
  rmSync(previous, { recursive: true, force: true });
  console.log(`Site built in ${out}/`);
} catch (error) {
  rmSync(staging, { recursive: true, force: true });
  console.error(error instanceof Error ? error.message : error);
  console.error(
    `\nThe build failed; ${existsSync(out) ? `${out}/ still holds the last good site` : `nothing was written to ${out}/`}.`,
  );
  process.exitCode = 1;
}
