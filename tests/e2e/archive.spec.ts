import { expect, test } from '@playwright/test';
import { watchConsole } from '../support/console.ts';
import { seedPath } from '../support/source.ts';

test('the archive lists the readout with its date, participants and topics', async ({ page }) => {
  const console = watchConsole(page);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Readouts of diplomatic meetings',
  );
  const item = page.getByRole('listitem').filter({
    has: page.getByRole('heading', { name: /courtesy call from Vice President Biden/ }),
  });
  await expect(item.locator('time')).toHaveAttribute('datetime', '2016-09-21');
  await expect(item).toContainText('21 September 2016');
  await expect(item).toContainText('Shinzo Abe and Joe Biden');
  await expect(item.getByRole('list', { name: 'Topics' }).getByRole('link')).toHaveText([
    'Japan–U.S. relations',
    'North Korea',
    'China',
    'Trans-Pacific Partnership (TPP)',
    'Russia and Ukraine',
  ]);
  await item.getByRole('link', { name: /courtesy call/ }).click();
  await expect(page).toHaveURL(seedPath);
  console.expectNone();
});

test('the archive counts its readouts by year, and each year has a page of its own', async ({
  page,
}) => {
  await page.goto('/');
  const years = page.getByRole('list', { name: 'Readouts by year' });
  await expect(years.getByRole('listitem')).toHaveText(['2016 1 readout']);
  await years.getByRole('link', { name: '2016' }).click();
  await expect(page).toHaveURL('/years/2016/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Readouts of 2016');
  await expect(page.getByRole('heading', { level: 2 })).toHaveText([
    /courtesy call from Vice President Biden/,
  ]);
});

test('an unknown address shows a page that helps the reader on', async ({ page }) => {
  const response = await page.goto('/meetings/no-such-readout/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await page.getByRole('main').getByRole('link', { name: 'Topics' }).click();
  await expect(page).toHaveURL('/topics/');
});

test('a shortened address lands on a page: the years, and the letters of family names', async ({
  page,
}) => {
  const years = await page.goto('/years/');
  expect(years?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Readouts by year');
  await page
    .getByRole('list', { name: 'Readouts by year' })
    .getByRole('link', { name: '2016' })
    .click();
  await expect(page).toHaveURL('/years/2016/');
  const letters = await page.goto('/people/by-name/');
  expect(letters?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('People by family name');
  await page
    .getByRole('navigation', { name: 'People by family name' })
    .getByRole('link', { name: 'X (1)' })
    .click();
  await expect(page).toHaveURL('/people/by-name/x/');
  const topicLetters = await page.goto('/topics/by-name/');
  expect(topicLetters?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Topics by title');
});

test('the index of topics leads by the initials of their titles to each topic', async ({
  page,
}) => {
  await page.goto('/topics/');
  await page
    .getByRole('navigation', { name: 'Topics by title' })
    .getByRole('link', { name: /^T \(\d+\)$/ })
    .click();
  await expect(page).toHaveURL('/topics/by-name/t/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Topics: T');
  await expect(
    page.getByRole('navigation', { name: 'Topics by title' }).getByRole('link', { name: /^T / }),
  ).toHaveAttribute('aria-current', 'page');
  await page.getByRole('link', { name: 'Trans-Pacific Partnership (TPP)' }).click();
  await expect(page).toHaveURL('/topics/tpp/');
});
