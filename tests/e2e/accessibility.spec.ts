import { expect, test } from '@playwright/test';
import { accessibilityViolations } from '../support/axe.ts';
import { seedPath } from '../support/source.ts';

const pages = [
  ['archive', '/'],
  ['readout', seedPath],
  ['section', `${seedPath}north-korea/`],
  ['topic index', '/topics/'],
  ['topics by title', '/topics/by-name/t/'],
  ['topic', '/topics/tpp/'],
  ['people index', '/people/'],
  ['letters of family names', '/people/by-name/'],
  ['people by family name', '/people/by-name/a/'],
  ['person', '/people/shinzo-abe/'],
  ['years of the archive', '/years/'],
  ['year of the archive', '/years/2016/'],
  ['year of a topic', '/topics/tpp/2016/'],
  ['year of a person', '/people/shinzo-abe/2016/'],
  ['kind of meeting', '/kinds/courtesy-call/'],
  ['year of a kind of meeting', '/kinds/courtesy-call/2016/'],
  ['kinds of meeting', '/kinds/'],
  ['search with results', '/search/?q=North%20Korea'],
  ['404', '/no-such-page/'],
] as const;

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`in the ${colorScheme} theme`, () => {
    test.use({ colorScheme });
    for (const [kind, path] of pages) {
      test(`the ${kind} page has no WCAG 2.2 AA violations`, async ({ page }) => {
        await page.goto(path);
        if (kind === 'search with results')
          await expect(page.locator('#search-results li').first()).toBeVisible();
        expect(await accessibilityViolations(page)).toEqual([]);
      });
    }
  });
}

test('keyboard focus moves through the header in reading order, always visibly', async ({
  page,
}) => {
  await page.goto(seedPath);
  const expected = [
    'Skip to content',
    'Diplomatic Readouts',
    'Readouts',
    'Topics',
    'People',
    'Search the readouts',
    'Search',
  ];
  for (const name of expected) {
    await page.keyboard.press('Tab');
    const focused = page.locator(':focus');
    await expect(focused).toHaveAccessibleName(name);
    const outline = await focused.evaluate((element) => getComputedStyle(element).outlineStyle);
    expect(outline, `focus on "${name}" is visible`).not.toBe('none');
  }
});

test('search works from the keyboard alone, from the box to the section', async ({ page }) => {
  await page.goto('/topics/');
  await page.keyboard.press('/');
  await page.keyboard.type('Northern Territories');
  await page.keyboard.press('Enter');
  await expect(page.locator('#search-results li').first()).toBeVisible();
  await page.keyboard.press('/');
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('#search-results a').first()).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#russia-ukraine$/);
});

test('a citation opens and copies from the keyboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`${seedPath}tpp/`);
  const summary = page.getByText('Cite this section');
  await summary.focus();
  await page.keyboard.press('Enter');
  const copy = page.getByRole('button', {
    name: 'Copy the BibTeX citation of the section “4. TPP”',
  });
  await copy.focus();
  await page.keyboard.press('Enter');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(
    /^@misc\{2016-09-21-abe-biden-tpp,/,
  );
});
