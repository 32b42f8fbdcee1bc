import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { builtFiles } from '../../src/checks/built-files.ts';
import { findGluedText } from '../support/glued-text.ts';
import { findLayoutFaults } from '../support/layout-faults.ts';
import { seedPath } from '../support/source.ts';

// Every page the build wrote; the search page as a reader who searched sees it; a readout and a
// section page as a reader who followed a paragraph's link sees them, with its citation offered.
const pages = [
  ...(await builtFiles('dist', ['.html'])).map((file) =>
    file === 'index.html' ? '/' : `/${file.replace(/(^|\/)index\.html$/, '$1')}`,
  ),
  '/search/?q=North+Korea',
  `${seedPath}#north-korea-p2`,
  `${seedPath}tpp/#tpp-p1`,
];

// The publishers' text is reproduced with its own slips ("relations.The"): those are not ours.
const meetings = 'content/meetings';
const publishedText = readdirSync(meetings)
  .map((file) => readFileSync(join(meetings, file), 'utf8'))
  .join('\n');

async function open(page: Page, path: string): Promise<void> {
  await page.goto(path);
  if (path.includes('?q='))
    await expect(page.getByRole('status').filter({ hasText: /result/ })).toBeVisible();
  // Citations and filters are part of the page as a reader opens it.
  await page.evaluate(() => {
    for (const details of document.querySelectorAll('details')) details.open = true;
  });
}

test('no words, sentences or separators run together in the text of any page', async ({ page }) => {
  const found: string[] = [];
  for (const path of pages) {
    await open(page, path);
    const glued = await page.evaluate(findGluedText);
    found.push(
      ...glued
        .filter((place) => place.includes('|') || !publishedText.includes(place))
        .map((place) => `${path}: ${place}`),
    );
  }
  expect(found).toEqual([]);
});

for (const width of [320, 390, 768, 1280]) {
  test(`at ${String(width)} px no control touches another or covers text, and nothing is cut off, on any page`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 800 });
    const found: string[] = [];
    for (const path of pages) {
      await open(page, path);
      found.push(...(await page.evaluate(findLayoutFaults)).map((fault) => `${path}: ${fault}`));
    }
    expect(found).toEqual([]);
  });
}
