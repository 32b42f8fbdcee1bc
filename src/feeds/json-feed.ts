import { feedLength, type FeedItem } from './feed-item.ts';

/** A JSON Feed (version 1.1, https://jsonfeed.org) of the newest items; they come newest first. */
export function jsonFeed(feed: {
  title: string;
  description: string;
  /** Absolute addresses of the page the feed follows and of the feed itself. */
  page: string;
  url: string;
  items: FeedItem[];
}): Response {
  const body = {
    version: 'https://jsonfeed.org/version/1.1',
    title: feed.title,
    description: feed.description,
    home_page_url: feed.page,
    feed_url: feed.url,
    language: 'en',
    items: feed.items.slice(0, feedLength).map((item) => ({
      id: item.url,
      url: item.url,
      title: item.title,
      summary: item.summary,
      content_text: item.summary,
      date_published: item.published.toISOString(),
      tags: item.tags,
    })),
  };
  return new Response(JSON.stringify(body, null, 2), {
    headers: { 'content-type': 'application/feed+json; charset=utf-8' },
  });
}
