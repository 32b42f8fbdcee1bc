import { expect, test } from '@playwright/test';
import { seedPath } from '../support/source.ts';

test('the topic index lists every topic with its description and count', async ({ page }) => {
  await page.goto('/topics/');
  const item = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: 'North Korea' }) });
  await expect(item).toContainText('nuclear tests');
  await expect(item).toContainText('1 section');
  await item.getByRole('link', { name: 'North Korea' }).click();
  await expect(page).toHaveURL('/topics/north-korea/');
});

test('a topic page lists its sections with an excerpt and links to them', async ({ page }) => {
  await page.goto('/topics/tpp/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText(
    'Trans-Pacific Partnership (TPP)',
  );
  const item = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: '4. TPP' }) });
  await expect(item).toContainText(
    'Regarding the Trans-Pacific Partnership (TPP), Prime Minister Abe stated',
  );
  await expect(item.getByRole('link', { name: 'In the full readout' })).toHaveAttribute(
    'href',
    `${seedPath}#tpp`,
  );
  await item.getByRole('link', { name: '4. TPP' }).click();
  await expect(page).toHaveURL(`${seedPath}tpp/`);
});

test('the people index lists participants and people mentioned', async ({ page }) => {
  await page.goto('/people/');
  for (const name of ['Shinzo Abe', 'Joe Biden', 'Xi Jinping', 'Vladimir Putin']) {
    await expect(page.getByRole('heading', { name })).toBeVisible();
  }
});

test('a participant’s page lists the readout with their role at the time', async ({ page }) => {
  await page.goto('/people/joe-biden/');
  const tookPart = page.getByRole('region', { name: 'Took part in' });
  await expect(tookPart).toContainText(
    'Role at the time: Vice President of the United States of America',
  );
  await tookPart.getByRole('link', { name: /courtesy call/ }).click();
  await expect(page).toHaveURL(seedPath);
});

test('a person mentioned in the text has the sections that name them', async ({ page }) => {
  await page.goto('/people/vladimir-putin/');
  await expect(page.getByRole('region', { name: 'Took part in' })).toContainText('No readout');
  const mentioned = page.getByRole('region', { name: 'Mentioned in' });
  await expect(mentioned.getByRole('heading', { level: 3 })).toHaveText(['5. Russia and Ukraine']);
  await mentioned.getByRole('link', { name: '5. Russia and Ukraine' }).click();
  await expect(page).toHaveURL(`${seedPath}russia-ukraine/`);
});

test('a readout’s participants and topics link to their pages', async ({ page }) => {
  await page.goto(seedPath);
  await page
    .getByRole('region', { name: 'About the meeting' })
    .getByRole('link', { name: 'Shinzo Abe' })
    .click();
  await expect(page).toHaveURL('/people/shinzo-abe/');
  await page.goto(seedPath);
  await page
    .getByRole('region', { name: 'About the meeting' })
    .getByRole('link', { name: 'Russia and Ukraine' })
    .click();
  await expect(page).toHaveURL('/topics/russia-ukraine/');
});
