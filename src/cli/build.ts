// `npm run build`: builds the site (its pages, then its search index: src/build/build-site.ts)
// into a staging folder and swaps it in for the output folder only when the build has
// succeeded, so that a failed build leaves the last good site in place and a deploy that syncs
// the folder never publishes half a site.
import { existsSync, renameSync, rmSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { buildSite, PagesFailed } from '../build/build-site.ts';
import { NoSiteAddress, siteAddress } from '../build/site-address.ts';
import { counted } from '../lib/counted.ts';

// --site and --base: the site's address and the path it is served under, for this build (else
// SITE_URL and BASE_PATH, else the host's). --local: a build served on this machine (`npm start`,
// the tests), which keeps localhost on any host.
const { values } = parseArgs({
  options: {
    out: { type: 'string', default: 'dist' },
    site: { type: 'string' },
    base: { type: 'string' },
    local: { type: 'boolean', default: false },
  },
});
const { out, site, base, local } = values;
const address = (() => {
  try {
    return siteAddress(process.env, { site, base, local });
  } catch (error) {
    // Refused before anything is built: the last good site stays as it is.
    if (!(error instanceof NoSiteAddress)) throw error;
    console.error(`The build was refused: ${error.message}`);
    process.exit(1);
  }
})();
const staging = `.dist-staging-${String(process.pid)}`;
const previous = `.dist-previous-${String(process.pid)}`;

try {
  const built = await buildSite(staging, { site: address.site, base: address.base });
  console.log(
    `${counted(built.indexedPages, 'page')} indexed for search in ${built.indexSeconds.toFixed(1)} s`,
  );
  if (existsSync(out)) renameSync(out, previous);
  renameSync(staging, out);
  rmSync(previous, { recursive: true, force: true });
  console.log(`Site built in ${out}/`);
  console.log(address.note);
} catch (error) {
  rmSync(staging, { recursive: true, force: true });
  // Astro's process has printed its error; any other is printed here.
  if (!(error instanceof PagesFailed))
    console.error(error instanceof Error ? error.message : error);
  console.error(
    `\nThe build failed; ${existsSync(out) ? `${out}/ still holds the last good site` : `nothing was written to ${out}/`}.`,
  );
  process.exitCode = 1;
}
