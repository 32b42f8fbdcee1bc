import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { indexAfterwards } from '../integrations/search-index.ts';
import { indexSite } from '../search/index-site.ts';

/** How long a build's two stages took, and how many pages the search index holds. */
export interface BuiltSite {
  pagesSeconds: number;
  indexSeconds: number;
  indexedPages: number;
}

export interface SiteOptions {
  site?: string | undefined;
  base?: string | undefined;
  /** Astro prints only errors, not every page it writes. */
  quiet?: boolean;
}

const pagesScript = fileURLToPath(new URL('../cli/build-pages.ts', import.meta.url));
const seconds = (from: number) => (performance.now() - from) / 1000;

// Astro's pages are built in a process of their own, which ends before the search index is
// made: at 10,000 readouts Astro's process holds about 2 GB to its end and Pagefind's binary
// about 2.6 GB, so one after the other needs their larger, not their sum. The process prints
// its own errors; only its exit tells this one that it failed.
function buildPages(out: string, { site, base, quiet }: SiteOptions): Promise<void> {
  const args = [
    pagesScript,
    '--out',
    out,
    ...(site ? ['--site', site] : []),
    ...(base ? ['--base', base] : []),
    ...(quiet ? ['--quiet'] : []),
  ];
  return new Promise((resolve, reject) => {
    spawn(process.execPath, args, {
      stdio: 'inherit',
      env: { ...process.env, [indexAfterwards]: '1' },
    })
      .on('error', reject)
      .on('exit', (code, signal) => {
        if (code === 0) resolve();
        else reject(new PagesFailed(signal ? `ended by ${signal}` : `exit code ${String(code)}`));
      });
  });
}

/** Astro's build failed; it has said why. */
export class PagesFailed extends Error {}

/** Builds the site's pages into a folder, then its search index. */
export async function buildSite(out: string, options: SiteOptions = {}): Promise<BuiltSite> {
  const start = performance.now();
  await buildPages(out, options);
  const pagesSeconds = seconds(start);
  const indexStart = performance.now();
  const indexedPages = await indexSite(out);
  return { pagesSeconds, indexSeconds: seconds(indexStart), indexedPages };
}
