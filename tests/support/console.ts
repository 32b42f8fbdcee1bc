import { expect, type Page } from '@playwright/test';

/** Collects the page's console errors and uncaught exceptions; call `expectNone` at the end. */
export function watchConsole(page: Page): { expectNone: () => void } {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return {
    expectNone: () => {
      expect(errors).toEqual([]);
    },
  };
}
