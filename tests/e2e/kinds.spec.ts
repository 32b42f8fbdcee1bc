import { expect, test } from '@playwright/test';
import { seedPath } from '../support/source.ts';

const seedTitle = 'Prime Minister Abe receives a courtesy call from Vice President Biden';

test('the kinds index lists every kind of meeting with its count', async ({ page }) => {
  await page.goto('/kinds/');
  const item = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: 'Courtesy call' }) });
  await expect(item).toContainText('1 readout');
  await item.getByRole('link', { name: 'Courtesy call' }).click();
  await expect(page).toHaveURL('/kinds/courtesy-call/');
});

test('a kind’s page shows its latest readouts, each leading to the readout', async ({ page }) => {
  await page.goto('/kinds/courtesy-call/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Courtesy call');
  const latest = page.getByRole('region', { name: 'Latest' });
  await expect(latest.getByRole('heading', { level: 3 })).toHaveText([seedTitle]);
  await expect(latest).toContainText('21 September 2016');
  await latest.getByRole('link', { name: seedTitle }).click();
  await expect(page).toHaveURL(seedPath);
});

test('a kind’s page counts its readouts by year, and each year has a page of its own', async ({
  page,
}) => {
  await page.goto('/kinds/courtesy-call/');
  await expect(
    page.getByRole('heading', { name: '1 readout of this kind, by year' }),
  ).toBeVisible();
  const years = page.getByRole('list', { name: 'Courtesy call readouts by year' });
  await expect(years.getByRole('listitem')).toHaveText(['2016 1 readout']);
  await years.getByRole('link', { name: '2016' }).click();
  await expect(page).toHaveURL('/kinds/courtesy-call/2016/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Courtesy call: 2016');
  await expect(page.getByRole('heading', { level: 2 })).toHaveText([seedTitle]);
  await page
    .getByRole('navigation', { name: 'Breadcrumb' })
    .getByRole('link', { name: 'Courtesy call' })
    .click();
  await expect(page).toHaveURL('/kinds/courtesy-call/');
  await page
    .getByRole('navigation', { name: 'Breadcrumb' })
    .getByRole('link', { name: 'Kinds of meeting' })
    .click();
  await expect(page).toHaveURL('/kinds/');
});

test('a kind’s pages are titled and described by the kind and the period', async ({ page }) => {
  await page.goto('/kinds/courtesy-call/');
  await expect(page).toHaveTitle('Courtesy call · Diplomatic Readouts');
  await expect(page.locator('meta[name="description"]')).toHaveAttribute(
    'content',
    'Official readouts of each courtesy call in the archive: how many each year, and the latest.',
  );
  await page.goto('/kinds/courtesy-call/2016/');
  await expect(page).toHaveTitle('Courtesy call: 2016 · Diplomatic Readouts');
  await expect(page.locator('meta[name="description"]')).toHaveAttribute(
    'content',
    'Official readouts of each courtesy call in 2016, newest first.',
  );
});

test('a kind with no readouts says so, with no years to list', async ({ page }) => {
  await page.goto('/kinds/summit-meeting/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Summit meeting');
  await expect(page.getByText('No readout in the archive is of this kind yet.')).toBeVisible();
  await expect(page.getByRole('list', { name: 'Summit meeting readouts by year' })).toHaveCount(0);
  expect((await page.request.get('/kinds/summit-meeting/2016/')).status()).toBe(404);
});
