import { chromium, type Page } from '@playwright/test';
import { launchOptions } from './browser.ts';

/** One query typed by a reader: milliseconds to results on screen, and bytes fetched meanwhile. */
export interface QueryTiming {
  query: string;
  /** From the first keystroke to the first results on screen. */
  firstKeyMs: number;
  /** From the last keystroke to the results of the whole query on screen. */
  lastKeyMs: number;
  bytes: number;
}

/** Cold (a fresh browser: index not loaded at the first keystroke) and warm (index loaded) timings. */
export interface SearchTimings {
  cold: QueryTiming[];
  warm: QueryTiming[];
}

// A reader types about eight characters a second.
const keystrokeMs = 120;

interface Clock {
  firstKey: number;
  firstResults: number;
  lastKey: number;
  finalResults: number;
}

// Types a query into the search page's box as a reader would, timed in the page itself: from
// the first keydown to the first results on screen, and from the last keydown to the status
// line announcing the results of the whole query.
async function timeQuery(page: Page, query: string): Promise<{ firstKeyMs: number; lastKeyMs: number }> {
  const box = page.getByRole('searchbox', { name: 'Words to find' });
  await box.evaluate((input, text) => {
    const clock: Clock = { firstKey: 0, firstResults: 0, lastKey: 0, finalResults: 0 };
    (window as unknown as { clock: Clock }).clock = clock;
    input.addEventListener('keydown', () => {
      clock.firstKey ||= performance.now();
      clock.lastKey = performance.now();
    });
    const status = document.querySelector('#search-status');
    new MutationObserver((_, observer) => {
      const shown = Boolean(document.querySelector('#search-results li'));
      if (shown && clock.firstKey && !clock.firstResults) clock.firstResults = performance.now();
      if (shown && status?.textContent.endsWith(`for “${text}”`)) {
        clock.finalResults = performance.now();
        observer.disconnect();
      }
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  }, query);
  await box.focus();
  await page.keyboard.type(query, { delay: keystrokeMs });
  await page.waitForFunction(() => (window as unknown as { clock: Clock }).clock.finalResults > 0);
  return page.evaluate(() => {
    const { firstKey, firstResults, lastKey, finalResults } = (window as unknown as { clock: Clock }).clock;
    return { firstKeyMs: firstResults - firstKey, lastKeyMs: finalResults - lastKey };
  });
}

/** Measures search on a served site: each query typed cold in a fresh browser context, then another warm. */
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
      const cold = await timeQuery(page, query);
      timings.cold.push({ query, ...cold, bytes: await fetched() });
      // Warm: the same page, its index loaded, a new query.
      await page.getByRole('searchbox', { name: 'Words to find' }).fill('');
      await fetched();
      const warmQuery = queries[(queries.indexOf(query) + 1) % queries.length] ?? query;
      const warm = await timeQuery(page, warmQuery);
      timings.warm.push({ query: warmQuery, ...warm, bytes: await fetched() });
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
