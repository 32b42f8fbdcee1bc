import type { APIRoute, GetStaticPaths } from 'astro';
import { withRevisions } from '../../../feeds/revision-items.ts';
import { readoutItem } from '../../../feeds/feed-item.ts';
import { rssFeed } from '../../../feeds/rss-feed.ts';
import { getArchive } from '../../../lib/archive.ts';
import { siteName } from '../../../lib/site-name.ts';
import type { Kind, Readout } from '../../../lib/readout.ts';
import { absoluteUrl, kindPath } from '../../../lib/urls.ts';

export const getStaticPaths = (async () => {
  const { kinds, readoutsByKind } = await getArchive();
  return kinds.map((kind) => ({
    params: { kind: kind.id },
    props: { kind, readouts: readoutsByKind.get(kind.id) ?? [] },
  }));
}) satisfies GetStaticPaths;

/** An RSS feed of the readouts of one kind of meeting, newest first. */
export const GET: APIRoute<{ kind: Kind; readouts: Readout[] }> = ({ props }) =>
  rssFeed({
    title: `Kind of meeting: ${props.kind.data.label} — ${siteName}`,
    description: `New official readouts of meetings of one kind: ${props.kind.data.label}.`,
    page: absoluteUrl(kindPath(props.kind.id)),
    items: withRevisions(props.readouts.map(readoutItem), props.readouts),
  });
