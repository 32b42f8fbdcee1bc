import { expect, test } from '@playwright/test';
import { seedPath, textParagraphs } from '../support/source.ts';

const opacity = (locator: import('@playwright/test').Locator) =>
  locator.evaluate((element) => getComputedStyle(element).opacity);

test('a section’s self-link appears on hover and on keyboard focus', async ({ page }) => {
  await page.goto(seedPath);
  const link = page.getByRole('link', { name: 'Link to section “4. TPP”' });
  expect(await opacity(link)).toBe('0');
  await page.getByRole('heading', { name: '4. TPP' }).hover();
  await expect.poll(() => opacity(link)).toBe('1');
  await page.mouse.move(0, 0);
  await link.focus();
  await expect.poll(() => opacity(link)).toBe('1');
  await link.press('Enter');
  await expect(page).toHaveURL(/#tpp$/);
});

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });
  test('section self-links are always visible', async ({ page }) => {
    await page.goto(seedPath);
    expect(
      await opacity(page.getByRole('link', { name: 'Link to section “2. North Korea”' })),
    ).toBe('1');
  });
});

test('the copy-link button puts the section’s permanent address on the clipboard', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(seedPath);
  await page.getByRole('button', { name: 'Copy link to “3. China”' }).click();
  await expect(page.getByRole('status')).toHaveText(/Link copied/);
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(new URL(copied).pathname + new URL(copied).hash).toBe(`${seedPath}#china`);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the readout reads in full, with links and no dead copy buttons', async ({ page }) => {
    await page.goto(seedPath);
    await expect(textParagraphs(page)).toHaveCount(11);
    await expect(page.getByRole('button', { name: /Copy link/ })).toHaveCount(0);
    await page.getByRole('link', { name: 'Link to section “4. TPP”' }).focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#tpp$/);
  });
});

test.describe('on a 320 px wide screen', () => {
  test.use({ viewport: { width: 320, height: 640 } });
  for (const path of [
    '/',
    seedPath,
    `${seedPath}russia-ukraine/`,
    '/topics/',
    '/topics/north-korea/',
    '/people/shinzo-abe/',
    '/people/shinzo-abe/2016/',
    '/kinds/courtesy-call/',
    '/kinds/courtesy-call/2016/',
  ]) {
    test(`${path} does not scroll sideways`, async ({ page }) => {
      await page.goto(path);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBe(0);
    });
  }
});

test('follows the system’s dark theme', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(seedPath);
  const light = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await page.emulateMedia({ colorScheme: 'dark' });
  const dark = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(light).toBe('rgb(253, 253, 252)');
  expect(dark).toBe('rgb(23, 24, 26)');
});

test('prints without navigation, with the permalink and the source', async ({ page }) => {
  await page.goto(`${seedPath}tpp/`);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toBeHidden();
  await expect(
    page.getByText(
      /^Permalink: http.*\/meetings\/2016-09-21-abe-biden\/tpp\/ · Original: https:\/\/www\.mofa\.go\.jp\//,
    ),
  ).toBeVisible();
  await page.goto(seedPath);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Contents' })).toBeHidden();
  await expect(page.getByRole('region', { name: 'Source' })).toBeVisible();
});

test('the skip link takes keyboard users past the header to the content', async ({ page }) => {
  await page.goto(seedPath);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
});

test('keeps lines of the text to a readable measure on a wide screen', async ({ page }) => {
  await page.setViewportSize({ width: 1600, height: 900 });
  await page.goto(seedPath);
  const width = await page
    .locator('#tpp-p1')
    .evaluate((p) => p.getBoundingClientRect().width / parseFloat(getComputedStyle(p).fontSize));
  expect(width).toBeLessThanOrEqual(40);
});
