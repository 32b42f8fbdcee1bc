import rss from '@astrojs/rss';
import { feedLength, type FeedItem } from './feed-item.ts';

/** An RSS feed of the newest items (they come newest first), following a page of the site. */
export function rssFeed(feed: {
  title: string;
  description: string;
  /** The absolute address of the page the feed follows. */
  page: string;
  items: FeedItem[];
}): Promise<Response> {
  return rss({
    title: feed.title,
    description: feed.description,
    site: feed.page,
    items: feed.items.slice(0, feedLength).map((item) => ({
      title: item.title,
      link: item.url,
      pubDate: item.published,
      description: item.summary,
      categories: item.tags,
    })),
  });
}
