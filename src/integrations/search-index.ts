import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { counted } from '../lib/counted.ts';
import { indexSite } from '../search/index-site.ts';

/**
 * Set by `npm run build` (src/build/build-site.ts) for Astro's process, which then leaves the
 * search index to be made once it has ended and freed its memory.
 */
export const indexAfterwards = 'READOUTS_INDEX_AFTER_PAGES';

/**
 * Indexes the built site with Pagefind and writes brotli copies of the index, once Astro has
 * written every page, so that `astro build` alone makes the whole site. A failure fails the build.
 */
export default function searchIndex(): AstroIntegration {
  return {
    name: 'readouts-search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        if (process.env[indexAfterwards]) return;
        const start = performance.now();
        const pages = await indexSite(fileURLToPath(dir));
        const seconds = (performance.now() - start) / 1000;
        logger.info(`${counted(pages, 'page')} indexed in ${seconds.toFixed(1)} s`);
      },
    },
  };
}
