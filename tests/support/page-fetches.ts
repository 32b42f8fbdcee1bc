import type { Page } from '@playwright/test';

/** The addresses of the pages and data a page requests from now on (not its scripts or styles). */
export function pageFetches(page: Page): string[] {
  const fetched: string[] = [];
  page.on('request', (request) => {
    if (['document', 'fetch', 'xhr'].includes(request.resourceType())) fetched.push(request.url());
  });
  return fetched;
}
