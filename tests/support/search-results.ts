import { expect, type Page } from '@playwright/test';

/** The results listed on the search page. */
export const searchResults = (page: Page) => page.locator('#search-results > li');

/**
 * Waits for the first results the status counts to be listed (ten at most): the status is
 * written when a search ends, and its results appear one by one after it, so a count read
 * before then is of some of them.
 */
export async function firstResultsListed(page: Page): Promise<void> {
  const status = page.locator('#search-status');
  await expect(status).toHaveText(/^\d[\d,]* results?\b/);
  const total = Number(
    (/^[\d,]+/.exec((await status.textContent()) ?? '')?.[0] ?? '').replaceAll(',', ''),
  );
  await expect(searchResults(page)).toHaveCount(Math.min(total, 10));
}
