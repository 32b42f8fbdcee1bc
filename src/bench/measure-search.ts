import { chromium, type Browser, type Page } from '@playwright/test';
import { launchOptions } from '../browser/chromium.ts';

/** One query put to the search page: milliseconds to results on screen, and bytes fetched meanwhile. */
export interface QueryTiming {
  query: string;
  /**
   * For each search whose results reached the screen, in order, the time from the input that
   * asked it to its results: one for a paste; one for each keystroke that searched when typed.
   */
  searchesMs: number[];
  bytes: number;
}

/** A query's timings in three situations, each query in its own browser context. */
export interface SearchTimings {
  /** Pasted into a fresh page: the index is not loaded when the query is asked. */
  cold: QueryTiming[];
  /** Typed letter by letter into a fresh page. */
  typed: QueryTiming[];
  /** Typed into a page whose index is loaded. */
  warm: QueryTiming[];
}

// A reader types about eight characters a second.
const keystrokeMs = 120;

const searchBox = (page: Page) => page.getByRole('searchbox', { name: 'Words to find' });

interface Clock {
  shownMs: number[];
  done: boolean;
}

// Puts a query to the search page's box, timed in the page itself: for each search whose
// results reach the screen, the time from the input that asked it (the box holding its words)
// to its results, until those of the whole query.
async function timeQuery(page: Page, query: string, how: 'paste' | 'type'): Promise<number[]> {
  const box = searchBox(page);
  await box.evaluate((input, wanted) => {
    const clock: Clock = { shownMs: [], done: false };
    (window as unknown as { clock: Clock }).clock = clock;
    const asked = new Map<string, number>();
    input.addEventListener('input', () =>
      asked.set((input as HTMLInputElement).value.trim(), performance.now()),
    );
    const status = document.querySelector('#search-status');
    let seen = status?.textContent;
    new MutationObserver((_, observer) => {
      const text = status?.textContent ?? '';
      if (!document.querySelector('#search-results li') || text === seen) return;
      seen = text;
      const shown = /for “(.*)”$/.exec(text)?.[1] ?? '';
      const at = asked.get(shown);
      if (at === undefined) return;
      clock.shownMs.push(performance.now() - at);
      clock.done = shown === wanted;
      if (clock.done) observer.disconnect();
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  }, query);
  await box.focus();
  if (how === 'paste') await box.fill(query);
  else await page.keyboard.type(query, { delay: keystrokeMs });
  await page.waitForFunction(() => (window as unknown as { clock: Clock }).clock.done);
  return page.evaluate(() => (window as unknown as { clock: Clock }).clock.shownMs);
}

// Opens the search page in a fresh browser context; `fetched()` gives the bytes (bodies and
// headers) received since it was last asked, once the network is idle.
async function freshSearchPage(browser: Browser, siteUrl: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${siteUrl}search/`, { waitUntil: 'networkidle' });
  let sizes: Promise<number>[] = [];
  page.on('requestfinished', (request) => {
    sizes.push(
      request.sizes().then(
        ({ responseBodySize, responseHeadersSize }) => responseBodySize + responseHeadersSize,
        // A request that ends as the page closes, after its query was measured, is not asked for.
        () => 0,
      ),
    );
  });
  const fetched = async () => {
    await page.waitForLoadState('networkidle');
    const bytes = (await Promise.all(sizes)).reduce((sum, size) => sum + size, 0);
    sizes = [];
    return bytes;
  };
  return { page, fetched, close: () => context.close() };
}

/**
 * Measures search on a served site. Each query is pasted into a fresh page (cold), then the
 * next query is typed into that page (warm); and each is typed into another fresh page.
 */
export async function measureSearch(siteUrl: string, queries: string[]): Promise<SearchTimings> {
  const browser = await chromium.launch(launchOptions);
  const timings: SearchTimings = { cold: [], typed: [], warm: [] };
  try {
    for (const [index, query] of queries.entries()) {
      const pasted = await freshSearchPage(browser, siteUrl);
      timings.cold.push({
        query,
        searchesMs: await timeQuery(pasted.page, query, 'paste'),
        bytes: await pasted.fetched(),
      });
      await searchBox(pasted.page).fill('');
      await pasted.fetched();
      const next = queries[(index + 1) % queries.length] ?? query;
      timings.warm.push({
        query: next,
        searchesMs: await timeQuery(pasted.page, next, 'type'),
        bytes: await pasted.fetched(),
      });
      await pasted.close();
      const typed = await freshSearchPage(browser, siteUrl);
      timings.typed.push({
        query,
        searchesMs: await timeQuery(typed.page, query, 'type'),
        bytes: await typed.fetched(),
      });
      await typed.close();
    }
  } finally {
    await browser.close();
  }
  return timings;
}
