import { readdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parseJsonFeed, parseRssFeed } from 'feedsmith';
import { seedPath } from '../support/source.ts';

// Every topic, person and kind of meeting the build made a page for (people's and topics'
// folders also hold the pages of names by initial, which are no one's).
const followed = ['topics', 'people', 'kinds'].flatMap((folder) =>
  readdirSync(`dist/${folder}`, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== 'by-name')
    .map((entry) => `/${folder}/${entry.name}/`),
);

test('every topic, person and kind of meeting names its feed, shows a link to follow it, and the feed parses', async ({
  page,
  request,
}) => {
  expect(followed.length).toBeGreaterThan(10);
  for (const path of followed) {
    await page.goto(path);
    const follow = page.getByRole('link', { name: /^Follow / });
    await expect(follow).toHaveAttribute('href', `${path}feed.xml`);
    await expect(
      page.locator(`link[rel="alternate"][type="application/rss+xml"][href="${path}feed.xml"]`),
    ).toHaveCount(1);
    const response = await request.get(`${path}feed.xml`);
    expect(response.headers()['content-type']).toContain('xml');
    const feed = parseRssFeed(await response.text());
    expect(feed.link).toBe(await page.locator('link[rel="canonical"]').getAttribute('href'));
    expect(feed.title).toMatch(/\S — Diplomatic Readouts$/);
  }
});

test('a topic’s feed has an item for each section on it, with its date, title, summary and address', async ({
  request,
}) => {
  const feed = parseRssFeed(await (await request.get('/topics/tpp/feed.xml')).text());
  expect(feed.items).toHaveLength(1);
  const [item] = feed.items ?? [];
  expect(item).toMatchObject({
    title: '4. TPP — Prime Minister Abe receives a courtesy call from Vice President Biden',
    pubDate: 'Wed, 21 Sep 2016 00:00:00 GMT',
    description: expect.stringMatching(/^Regarding the Trans-Pacific Partnership \(TPP\), /),
  });
  expect(new URL(item?.link ?? '').pathname).toBe(`${seedPath}tpp/`);
  expect((await request.get(new URL(item?.link ?? '').pathname)).ok()).toBe(true);
});

test('a person’s feed has the readouts they took part in or that name them', async ({
  request,
}) => {
  for (const person of ['joe-biden', 'xi-jinping']) {
    const feed = parseRssFeed(await (await request.get(`/people/${person}/feed.xml`)).text());
    expect(feed.items?.map((item) => new URL(item.link ?? '').pathname)).toEqual([seedPath]);
  }
});

test('a kind of meeting’s feed has the readouts of that kind, and only those', async ({
  request,
}) => {
  const calls = parseRssFeed(await (await request.get('/kinds/courtesy-call/feed.xml')).text());
  expect(calls.items?.map((item) => item.title)).toEqual([
    'Prime Minister Abe receives a courtesy call from Vice President Biden',
  ]);
  const summits = parseRssFeed(await (await request.get('/kinds/summit-meeting/feed.xml')).text());
  expect(summits.items ?? []).toEqual([]);
});

test('the readout’s kind of meeting leads to the page of that kind', async ({ page }) => {
  await page.goto(seedPath);
  await page.getByRole('link', { name: 'Courtesy call' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Courtesy call');
  await expect(
    page.getByRole('link', {
      name: 'Prime Minister Abe receives a courtesy call from Vice President Biden',
    }),
  ).toBeVisible();
});

test('the whole archive has a JSON Feed, named by every page', async ({ page, request }) => {
  await page.goto('/topics/');
  const href = await page
    .locator('link[rel="alternate"][type="application/feed+json"]')
    .getAttribute('href');
  const json = (await (await request.get(href ?? '')).json()) as { version: string };
  expect(json.version).toBe('https://jsonfeed.org/version/1.1');
  const feed = parseJsonFeed(json);
  expect(feed.items?.[0]).toMatchObject({
    title: 'Prime Minister Abe receives a courtesy call from Vice President Biden',
    date_published: '2016-09-21T00:00:00.000Z',
    summary: expect.stringMatching(/^On September 21, commencing at around 12:45 p\.m\./),
  });
  expect(new URL(feed.items?.[0]?.url ?? '').pathname).toBe(seedPath);
});
