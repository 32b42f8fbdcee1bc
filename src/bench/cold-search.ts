import type { Browser } from '@playwright/test';

/**
 * A reader's first search on a served site, timed in the page: from a page of the site, opened
 * in a fresh browser context (nothing cached), Pagefind's code imported, the query searched and
 * its first five results loaded. The same on any site with a Pagefind index at `/pagefind/`,
 * so that two sites, or two builds of one, can be compared.
 */
export async function coldSearchMs(browser: Browser, pageUrl: string, query: string) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(pageUrl, { waitUntil: 'networkidle' });
    let requests = 0;
    page.on('request', () => (requests += 1));
    const ms = await page.evaluate(
      async ({ words, code }) => {
        const start = performance.now();
        const pagefind = (await import(code)) as {
          search: (query: string) => Promise<{ results: { data: () => Promise<unknown> }[] }>;
        };
        const found = await pagefind.search(words);
        await Promise.all(found.results.slice(0, 5).map((result) => result.data()));
        return performance.now() - start;
      },
      { words: query, code: '/pagefind/pagefind.js' },
    );
    return { ms, requests };
  } finally {
    await context.close();
  }
}
