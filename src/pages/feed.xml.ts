import type { APIRoute } from 'astro';
import { withRevisions } from '../feeds/revision-items.ts';
import { readoutItem } from '../feeds/feed-item.ts';
import { rssFeed } from '../feeds/rss-feed.ts';
import { getArchive } from '../lib/archive.ts';
import { siteName } from '../lib/site-name.ts';
import { absoluteUrl, path } from '../lib/urls.ts';

/** An RSS feed of the readouts, newest first. */
export const GET: APIRoute = async () => {
  const { readouts } = await getArchive();
  return rssFeed({
    title: siteName,
    description:
      'Official readouts of diplomatic meetings, reproduced word for word and citable to the section.',
    page: absoluteUrl(path()),
    items: withRevisions(readouts.map(readoutItem), readouts),
  });
};
