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

test('a topic page titles each section by its meeting, with the section beneath', async ({
  page,
}) => {
  await page.goto('/topics/tpp/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText(
    'Trans-Pacific Partnership (TPP)',
  );
  const item = page.getByRole('region', { name: 'Latest' }).getByRole('listitem');
  await expect(item.getByRole('heading', { level: 3 })).toHaveText(
    'Shinzo Abe and Joe Biden, 21 September 2016',
  );
  await expect(item.getByRole('paragraph').first()).toHaveText('4. TPP');
  await expect(item).toContainText(
    'Regarding the Trans-Pacific Partnership (TPP), Prime Minister Abe stated',
  );
  await expect(item.getByRole('link', { name: 'In the full readout' })).toHaveAttribute(
    'href',
    `${seedPath}#tpp`,
  );
  await item.getByRole('link', { name: 'Shinzo Abe and Joe Biden, 21 September 2016' }).click();
  await expect(page).toHaveURL(`${seedPath}tpp/`);
});

test('a topic page counts its sections by year, and each year has a page of its own', async ({
  page,
}) => {
  await page.goto('/topics/tpp/');
  const years = page.getByRole('list', {
    name: 'Sections on Trans-Pacific Partnership (TPP) by year',
  });
  await expect(years.getByRole('listitem')).toHaveText(['2016 1 section']);
  await years.getByRole('link', { name: '2016' }).click();
  await expect(page).toHaveURL('/topics/tpp/2016/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Trans-Pacific Partnership (TPP): 2016',
  );
  await expect(page.getByRole('heading', { level: 2 })).toHaveText([
    'Shinzo Abe and Joe Biden, 21 September 2016',
  ]);
  await page
    .getByRole('navigation', { name: 'Breadcrumb' })
    .getByRole('link', { name: 'Trans-Pacific Partnership (TPP)' })
    .click();
  await expect(page).toHaveURL('/topics/tpp/');
});

test('the people index lists participants and people mentioned', async ({ page }) => {
  await page.goto('/people/');
  for (const name of ['Shinzo Abe', 'Joe Biden', 'Xi Jinping', 'Vladimir Putin']) {
    await expect(page.getByRole('heading', { name })).toBeVisible();
  }
});

test('people are filed by the initial of their family name, a page a letter', async ({ page }) => {
  await page.goto('/people/');
  const initials = page.getByRole('navigation', { name: 'People by family name' });
  await expect(initials.getByRole('link')).toHaveText(['A (1)', 'B (1)', 'P (1)', 'X (1)']);
  await initials.getByRole('link', { name: 'X (1)' }).click();
  await expect(page).toHaveURL('/people/by-name/x/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('People: X');
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(['Xi Jinping']);
  await expect(
    page.getByRole('navigation', { name: 'People by family name' }).getByRole('link', {
      name: 'X (1)',
    }),
  ).toHaveAttribute('aria-current', 'page');
  await page.getByRole('heading', { name: 'Xi Jinping' }).getByRole('link').click();
  await expect(page).toHaveURL('/people/xi-jinping/');
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
  await expect(mentioned.getByRole('heading', { level: 3 })).toHaveText([
    'Shinzo Abe and Joe Biden, 21 September 2016',
  ]);
  await expect(mentioned).toContainText('5. Russia and Ukraine');
  await mentioned.getByRole('link', { name: 'Shinzo Abe and Joe Biden' }).click();
  await expect(page).toHaveURL(`${seedPath}russia-ukraine/`);
});

test('a person’s page counts their readouts and sections by year, each year a page', async ({
  page,
}) => {
  await page.goto('/people/joe-biden/');
  const years = page.getByRole('list', { name: 'Readouts and sections of Joe Biden by year' });
  await expect(years.getByRole('listitem')).toHaveText(['2016 1 readout, 4 sections']);
  await years.getByRole('link', { name: '2016' }).click();
  await expect(page).toHaveURL('/people/joe-biden/2016/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Joe Biden: 2016');
  await expect(page.getByRole('region', { name: 'Took part in' })).toContainText(
    'Role at the time: Vice President of the United States of America',
  );
  await expect(
    page.getByRole('region', { name: 'Mentioned in' }).getByRole('heading', { level: 3 }),
  ).toHaveCount(4);
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
