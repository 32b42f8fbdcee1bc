import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { readoutSchema } from '../support/readout-schema.ts';
import { pageFetches } from '../support/page-fetches.ts';
import { seedPath, seedSource, sourceBlocks } from '../support/source.ts';

const sections = ['japan-us-relations', 'north-korea', 'china', 'tpp', 'russia-ukraine'];

test('each section’s citation gives its permalink with the section’s anchor', async ({ page }) => {
  await page.goto(seedPath);
  // Permalinks are on the configured site, as the canonical address is.
  const permalink = await page.locator('link[rel="canonical"]').getAttribute('href');
  for (const id of sections) {
    const section = page.getByRole('region').filter({ has: page.locator(`h2#${id}`) });
    await section.getByText('Cite this section').click();
    const chicago = section.locator(`#cite_2016-09-21-abe-biden-${id}_chicago`);
    await expect(chicago).toContainText(`Diplomatic Readouts, ${permalink ?? ''}#${id} (accessed `);
    await expect(chicago).toContainText(
      'Ministry of Foreign Affairs of Japan. “Prime Minister Abe receives a courtesy call from Vice President Biden.” Section',
    );
    await expect(chicago).toContainText(
      'Originally published at https://www.mofa.go.jp/na/na1/us/page4e_000531.html.',
    );
    await expect(section.locator(`#cite_2016-09-21-abe-biden-${id}_bibtex`)).toContainText(
      `url = {${permalink ?? ''}#${id}}`,
    );
  }
});

test('citations read without JavaScript, in the page’s HTML', async ({ browser }) => {
  const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  await page.goto(`${seedPath}tpp/`);
  await page.getByText('Cite this section').click();
  await expect(page.locator('#cite_2016-09-21-abe-biden-tpp_chicago')).toContainText(
    'Section “4. TPP.” Japan-United States of America Relations. September 21, 2016.',
  );
});

test('a section’s citation on the readout’s page is written when opened from the keyboard, with no page fetched', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(seedPath);
  const fetched = pageFetches(page);
  const section = page.getByRole('region').filter({ has: page.locator('h2#tpp') });
  await section.getByText('Cite this section').focus();
  await page.keyboard.press('Enter');
  await expect(section.locator('#cite_2016-09-21-abe-biden-tpp_chicago')).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(
    section.getByRole('button', { name: 'Copy the Chicago citation of the section “4. TPP”' }),
  ).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toHaveText('Citation copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(
    '“Prime Minister Abe receives a courtesy call from Vice President Biden.” Section “4. TPP.”',
  );
  expect(fetched).toEqual([]);
});

test('without JavaScript, a section’s citation on the readout’s page leads to the section’s own', async ({
  browser,
}) => {
  const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  await page.goto(seedPath);
  const section = page.getByRole('region').filter({ has: page.locator('h2#tpp') });
  await section.getByText('Cite this section').click();
  await section.getByRole('link', { name: 'The section’s citation, on its own page' }).click();
  await expect(page).toHaveURL(new RegExp(`${seedPath}tpp/#cite_2016-09-21-abe-biden-tpp$`));
  await page.getByText('Cite this section').click();
  await expect(page.locator('#cite_2016-09-21-abe-biden-tpp_chicago')).toContainText(
    'Section “4. TPP.” Japan-United States of America Relations. September 21, 2016.',
  );
});

test('a citation’s copy button copies it, with today’s date as the access date', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(seedPath);
  await page.getByText('Cite this readout').click();
  await page.getByRole('button', { name: 'Copy the CSL-JSON citation of the readout' }).click();
  await expect(page.getByRole('status')).toHaveText('Citation copied');
  const items = JSON.parse(await page.evaluate(() => navigator.clipboard.readText())) as {
    URL: string;
    accessed: { 'date-parts': number[][] };
  }[];
  const now = new Date();
  expect(items[0]?.URL).toMatch(new RegExp(`${seedPath}$`));
  expect(items[0]?.accessed['date-parts']).toEqual([
    [now.getFullYear(), now.getMonth() + 1, now.getDate()],
  ]);
});

test('the head carries canonical, description and Open Graph tags on every page', async ({
  page,
}) => {
  for (const path of ['/', seedPath, '/topics/tpp/']) {
    await page.goto(path);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
      'href',
      new RegExp(`${path}$`),
    );
    await expect(page.locator('meta[property="og:url"]')).toHaveAttribute(
      'content',
      new RegExp(`${path}$`),
    );
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', /\S/);
    await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary');
  }
  await page.goto(seedPath);
  await expect(page.locator('meta[name="description"]')).toHaveAttribute(
    'content',
    /^On September 21, commencing at around 12:45 p\.m\./,
  );
});

test('the readout’s JSON-LD describes the report, its publisher, the meeting and its participants in their roles', async ({
  page,
}) => {
  await page.goto(seedPath);
  const data = JSON.parse(
    (await page.locator('script[type="application/ld+json"]').textContent()) ?? '',
  ) as Record<string, unknown>;
  expect(data).toMatchObject({
    '@context': 'https://schema.org',
    '@type': 'Report',
    datePublished: '2016-09-21',
    publisher: { '@type': 'GovernmentOrganization', name: 'Ministry of Foreign Affairs of Japan' },
    isBasedOn: 'https://www.mofa.go.jp/na/na1/us/page4e_000531.html',
  });
  const [event] = data['about'] as Record<string, unknown>[];
  expect(event).toMatchObject({
    '@type': 'Event',
    startDate: '2016-09-21T12:45-04:00',
    location: { '@type': 'Place', name: 'New York' },
    attendee: [
      {
        '@type': 'Role',
        roleName: 'Prime Minister of Japan',
        attendee: { '@type': 'Person', name: 'Shinzo Abe' },
      },
      {
        '@type': 'Role',
        roleName: 'Vice President of the United States of America',
        attendee: { '@type': 'Person', name: 'Joe Biden' },
      },
    ],
  });
});

test('the JSON export validates against its schema and holds every paragraph of the source', async ({
  page,
  request,
}) => {
  await page.goto(seedPath);
  const href = await page
    .locator('link[rel="alternate"][type="application/json"]')
    .getAttribute('href');
  const readout = (await (await request.get(href ?? '')).json()) as {
    sections: { id: string; paragraphs: { id: string; text: string }[] }[];
    lead: { text: string }[];
  };
  const validate = await readoutSchema(request);
  expect(validate(readout), JSON.stringify(validate.errors)).toBe(true);
  const texts = [...readout.lead, ...readout.sections.flatMap((section) => section.paragraphs)].map(
    (paragraph) => paragraph.text,
  );
  expect(texts).toEqual(
    sourceBlocks(seedSource)
      .filter((block) => block.kind === 'paragraph')
      .map((block) => block.text),
  );
  expect(readout.sections.map((section) => section.id)).toEqual(sections);
});

test('the Markdown export is the readout’s source file', async ({ page, request }) => {
  await page.goto(seedPath);
  const href = await page
    .locator('link[rel="alternate"][type="text/markdown"]')
    .getAttribute('href');
  const response = await request.get(href ?? '');
  expect(response.headers()['content-type']).toContain('text/markdown');
  expect(await response.text()).toBe(
    readFileSync('content/meetings/2016-09-21-abe-biden.md', 'utf8'),
  );
});

test('meetings.json lists every readout with the addresses of its exports', async ({ request }) => {
  const { readouts } = (await (await request.get('/meetings.json')).json()) as {
    readouts: { id: string; json: string }[];
  };
  expect(readouts.map((readout) => readout.id)).toEqual(['2016-09-21-abe-biden']);
  expect((await request.get(new URL(readouts[0]?.json ?? '').pathname)).ok()).toBe(true);
});

test('the feed, linked from every page, lists the readout', async ({ page, request }) => {
  await page.goto('/topics/');
  const href = await page
    .locator('link[rel="alternate"][type="application/rss+xml"]')
    .getAttribute('href');
  const feed = await (await request.get(href ?? '')).text();
  expect(feed).toContain(
    '<title>Prime Minister Abe receives a courtesy call from Vice President Biden</title>',
  );
  expect(feed).toMatch(new RegExp(`<link>https?://[^<]+${seedPath}</link>`));
});

test('robots.txt points to the sitemap, which lists the readout and its sections', async ({
  request,
}) => {
  const robots = await (await request.get('/robots.txt')).text();
  const sitemapIndex = /Sitemap: (\S+)/.exec(robots)?.[1] ?? '';
  const index = await (await request.get(new URL(sitemapIndex).pathname)).text();
  const sitemap = /<loc>([^<]+)<\/loc>/.exec(index)?.[1] ?? '';
  const urls = [
    ...(await (await request.get(new URL(sitemap).pathname)).text()).matchAll(
      /<loc>([^<]+)<\/loc>/g,
    ),
  ].map((match) => new URL(match[1] ?? '').pathname);
  expect(urls).toContain(seedPath);
  for (const id of sections) expect(urls).toContain(`${seedPath}${id}/`);
  expect(urls).not.toContain('/404/');
});
