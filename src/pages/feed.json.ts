import type { APIRoute } from 'astro';
import { withRevisions } from '../feeds/revision-items.ts';
import { readoutItem } from '../feeds/feed-item.ts';
import { jsonFeed } from '../feeds/json-feed.ts';
import { getArchive } from '../lib/archive.ts';
import { siteName } from '../lib/site-name.ts';
import { absoluteUrl, jsonFeedPath, path } from '../lib/urls.ts';

/** A JSON Feed of the whole archive: the newest readouts. */
export const GET: APIRoute = async () => {
  const { readouts } = await getArchive();
  return jsonFeed({
    title: siteName,
    description:
      'Official readouts of diplomatic meetings, reproduced word for word and citable to the section.',
    page: absoluteUrl(path()),
    url: absoluteUrl(jsonFeedPath()),
    items: withRevisions(readouts.map(readoutItem), readouts),
  });
};
