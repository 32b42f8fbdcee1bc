import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { indexSite } from '../search/index-site.ts';

/** The name under which the search index's duration is recorded (`performance.getEntriesByName`). */
export const searchIndexMeasure = 'search index';

/**
 * Indexes the built site with Pagefind and writes brotli copies of the index, once Astro has
 * written every page, so that `astro build` alone makes the whole site. A failure fails the build.
 */
export default function searchIndex(): AstroIntegration {
  return {
    name: 'readouts-search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const start = performance.now();
        const pages = await indexSite(fileURLToPath(dir));
        // Recorded for the benchmarks, which time the index apart from Astro's pages.
        const { duration } = performance.measure(searchIndexMeasure, { start });
        logger.info(`${String(pages)} pages indexed in ${(duration / 1000).toFixed(1)} s`);
      },
    },
  };
}
