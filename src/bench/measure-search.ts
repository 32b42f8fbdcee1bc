import { chromium, type Page } from '@playwright/test';
import { launchOptions } from './browser.ts';

/** One query's figures: milliseconds from its input to its results on screen, and bytes fetched. */
export interface QueryTiming {
  query: string;
  ms: number;
  bytes: number;
}

/** Cold (index not loaded: a fresh browser profile, first query) and warm (index loaded) timings. */
export interface SearchTimings {
  cold: QueryTiming[];
  warm: QueryTiming[];
}

// Enters a query into the search page's box as one input event (a reader's last keystroke, or a
// paste) and waits for its results, timed in the page itself from that event to the status line
// announcing the results. Typing letter by letter at machine speed would time the typing too.
async function timeQuery(page: Page, query: string): Promise<number> {
  const box = page.getByRole('searchbox', { name: 'Words to find' });
  await box.evaluate((input, text) => {
    const status = document.querySelector('#search-status');
    const timing = { start: 0, end: 0 };
    (window as unknown as { timing: typeof timing }).timing = timing;
    input.addEventListener('input', () => (timing.start ||= performance.now()), { once: true, capture: true });
    new MutationObserver((_, observer) => {
      if (status?.textContent.endsWith(`for “${text}”`) && document.querySelector('#search-results li')) {
        timing.end = performance.now();
        observer.disconnect();
      }
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  }, query);
  await box.focus();
  await page.keyboard.insertText(query);
  await page.waitForFunction(() => (window as unknown as { timing: { end: number } }).timing.end > 0);
  return page.evaluate(() => {
    const { start, end } = (window as unknown as { timing: { start: number; end: number } }).timing;
    return end - start;
  });
}

/** Measures search on a served site, each query cold in a fresh browser context, then warm. */
export async function measureSearch(siteUrl: string, queries: string[]): Promise<SearchTimings> {
  const browser = await chromium.launch(launchOptions);
  const timings: SearchTimings = { cold: [], warm: [] };
  try {
    for (const query of queries) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${siteUrl}search/`, { waitUntil: 'networkidle' });
      let sizes: Promise<number>[] = [];
      page.on('requestfinished', (request) => {
        sizes.push(request.sizes().then(({ responseBodySize, responseHeadersSize }) => responseBodySize + responseHeadersSize));
      });
      const fetched = async () => {
        await page.waitForLoadState('networkidle');
        const bytes = (await Promise.all(sizes)).reduce((sum, size) => sum + size, 0);
        sizes = [];
        return bytes;
      };
      const ms = await timeQuery(page, query);
      timings.cold.push({ query, ms, bytes: await fetched() });
      // Warm: the same page, its index loaded, a new query.
      await page.getByRole('searchbox', { name: 'Words to find' }).fill('');
      await fetched();
      const warmQuery = queries[(queries.indexOf(query) + 1) % queries.length] ?? query;
      const warmMs = await timeQuery(page, warmQuery);
      timings.warm.push({ query: warmQuery, ms: warmMs, bytes: await fetched() });
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return timings;
}

/** The median of some figures. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}
