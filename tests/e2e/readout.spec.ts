import { expect, test } from '@playwright/test';
import { watchConsole } from '../support/console.ts';
import { seedPath, seedSource, sourceBlocks, textParagraphs } from '../support/source.ts';

const blocks = sourceBlocks(seedSource);
const paragraphs = blocks.filter((block) => block.kind === 'paragraph');
const headings = blocks.filter((block) => block.kind === 'heading');
const sectionIds = ['japan-us-relations', 'north-korea', 'china', 'tpp', 'russia-ukraine'];

test('shows every paragraph of the source verbatim, in order', async ({ page }) => {
  const console = watchConsole(page);
  await page.goto(seedPath);
  const shown = await textParagraphs(page).allTextContents();
  expect(shown).toHaveLength(paragraphs.length);
  paragraphs.forEach((paragraph, index) => {
    expect(shown[index]).toContain(paragraph.text);
  });
  console.expectNone();
});

test('gives the sections their topic ids, in source order, under the source headings', async ({
  page,
}) => {
  await page.goto(seedPath);
  await expect(page.locator('.readout-text h2')).toHaveText(
    headings.map((heading) => heading.text),
  );
  expect(
    await page.locator('.readout-text h2').evaluateAll((list) => list.map((h) => h.id)),
  ).toEqual(sectionIds);
});

test('gives every paragraph a stable id and its own permalink', async ({ page }) => {
  await page.goto(seedPath);
  const ids = await textParagraphs(page).evaluateAll((list) => list.map((p) => p.id));
  expect(ids).toEqual([
    'p1',
    'japan-us-relations-p1',
    'japan-us-relations-p2',
    'japan-us-relations-p3',
    'north-korea-p1',
    'north-korea-p2',
    'north-korea-p3',
    'china-p1',
    'tpp-p1',
    'russia-ukraine-p1',
    'russia-ukraine-p2',
  ]);
  await page.getByRole('link', { name: 'Link to paragraph 1 (tpp-p1)' }).click();
  await expect(page).toHaveURL(/#tpp-p1$/);
  await expect(page.locator('#tpp-p1')).toBeInViewport();
});

test('a deep link to a section shows that section at the top', async ({ page }) => {
  await page.goto(`${seedPath}#russia-ukraine`);
  const heading = page.getByRole('heading', { name: '5. Russia and Ukraine' });
  await expect(heading).toBeInViewport();
  const top = await heading.evaluate((element) => element.getBoundingClientRect().top);
  expect(top).toBeGreaterThanOrEqual(0);
  expect(top).toBeLessThan(40);
});

test('table of contents links to each section', async ({ page }) => {
  await page.goto(seedPath);
  const toc = page.getByRole('navigation', { name: 'Contents' });
  await expect(
    toc.getByRole('link', { name: headings[3]?.text ?? '4. TPP', exact: true }),
  ).toHaveAttribute('href', '#tpp');
  await toc.getByRole('link', { name: '2. North Korea', exact: true }).click();
  await expect(page).toHaveURL(/#north-korea$/);
  await expect(page.getByRole('heading', { name: '2. North Korea' })).toBeInViewport();
});

test('shows the meeting facts, participants with roles, and the source', async ({ page }) => {
  await page.goto(seedPath);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    /Prime Minister Abe receives a courtesy call from Vice President Biden/,
  );
  await expect(page.locator('time[datetime="2016-09-21"]').first()).toHaveText('21 September 2016');
  await expect(page.locator('time[datetime="2016-09-21T12:45-04:00"]')).toHaveText('12:45 p.m.');
  await expect(page.locator('time[datetime="PT1H"]')).toHaveText('1 hour');
  const facts = page.getByRole('region', { name: 'About the meeting' });
  await expect(facts).toContainText('New York');
  await expect(facts).toContainText('Courtesy call');
  await expect(facts.getByRole('listitem').filter({ hasText: 'Shinzo Abe' })).toHaveText(
    'Shinzo Abe, Prime Minister of Japan',
  );
  await expect(facts.getByRole('listitem').filter({ hasText: 'Joe Biden' })).toHaveText(
    'Joe Biden, Vice President of the United States of America',
  );
  const source = page.getByRole('region', { name: 'Source' });
  await expect(
    source.getByRole('link', { name: 'https://www.mofa.go.jp/na/na1/us/page4e_000531.html' }),
  ).toHaveAttribute('href', 'https://www.mofa.go.jp/na/na1/us/page4e_000531.html');
  await expect(source).toContainText('Ministry of Foreign Affairs of Japan');
  await expect(source).toContainText('Cabinet Public Relations Office');
});

test('marks the editorial title and topic labels as editorial', async ({ page }) => {
  await page.goto(seedPath);
  await expect(page.getByRole('heading', { level: 1 }).getByText('editorial')).toBeVisible();
  await expect(
    page.getByRole('region', { name: 'About the meeting' }).getByText('editorial'),
  ).toBeVisible();
  await expect(page.locator('.readout-text').getByText('editorial')).toHaveCount(0);
});
