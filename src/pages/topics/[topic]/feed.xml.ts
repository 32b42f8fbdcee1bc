import type { APIRoute, GetStaticPaths } from 'astro';
import { sectionItem } from '../../../feeds/feed-item.ts';
import { withRevisions } from '../../../feeds/revision-items.ts';
import { rssFeed } from '../../../feeds/rss-feed.ts';
import { getArchive } from '../../../lib/archive.ts';
import { siteName } from '../../../lib/site-name.ts';
import type { SectionInReadout, Topic } from '../../../lib/readout.ts';
import { absoluteUrl, topicPath } from '../../../lib/urls.ts';

export const getStaticPaths = (async () => {
  const { topics, sectionsByTopic } = await getArchive();
  return topics.map((topic) => ({
    params: { topic: topic.id },
    props: { topic, sections: sectionsByTopic.get(topic.id) ?? [] },
  }));
}) satisfies GetStaticPaths;

/** An RSS feed of the sections on a topic, newest first. */
export const GET: APIRoute<{ topic: Topic; sections: SectionInReadout[] }> = ({ props }) =>
  rssFeed({
    title: `${props.topic.data.title} — ${siteName}`,
    description: `New sections of official readouts on ${props.topic.data.title}.`,
    page: absoluteUrl(topicPath(props.topic.id)),
    items: withRevisions(
      props.sections.map(sectionItem),
      props.sections.map(({ readout }) => readout),
    ),
  });
