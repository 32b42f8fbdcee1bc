import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** The WCAG 2.2 AA violations axe-core finds on the page, with its citations opened as a reader would. */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  // Those already open (search filters the address asked for) stay open; hidden ones stay shut.
  for (const details of await page.locator('details:not([open])').all())
    if (await details.isVisible()) await details.locator('summary').click();
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  return results.violations.map(
    ({ id, nodes }) => `${id}: ${nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}
