import { parseJsonFeed, parseRssFeed } from 'feedsmith';
import { expect, test } from 'vitest';
import type { FeedItem } from '../../../src/feeds/feed-item.ts';
import { jsonFeed } from '../../../src/feeds/json-feed.ts';
import { rssFeed } from '../../../src/feeds/rss-feed.ts';

// Sixty readouts, newest first, one a day.
const items: FeedItem[] = Array.from({ length: 60 }, (_, day) => ({
  title: `Readout ${String(60 - day)}`,
  url: `https://example.org/meetings/${String(60 - day)}/`,
  published: new Date(Date.UTC(2020, 0, 60 - day)),
  summary: 'On a day, two ministers met.',
  tags: ['Trade'],
}));
const feed = {
  title: 'Trade — Diplomatic Readouts',
  description: 'New sections on trade.',
  page: 'https://example.org/topics/trade/',
  url: 'https://example.org/feed.json',
  items,
};

test('an RSS feed holds the newest 50 items, newest first', async () => {
  const parsed = parseRssFeed(await (await rssFeed(feed)).text());
  expect(parsed.items).toHaveLength(50);
  expect(parsed.items?.[0]?.title).toBe('Readout 60');
  expect(parsed.items?.[49]?.title).toBe('Readout 11');
  expect(parsed.link).toBe('https://example.org/topics/trade/');
});

test('a JSON Feed holds the newest 50 items, newest first', async () => {
  const parsed = parseJsonFeed(await jsonFeed(feed).json());
  expect(parsed.items).toHaveLength(50);
  expect(parsed.items?.[0]).toMatchObject({
    title: 'Readout 60',
    url: 'https://example.org/meetings/60/',
    date_published: '2020-02-29T00:00:00.000Z',
  });
});
