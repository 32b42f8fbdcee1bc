import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getArchive } from '../lib/archive.ts';
import { utcDay } from '../lib/dates.ts';
import { excerpt } from '../lib/excerpt.ts';
import { siteName } from '../lib/site-name.ts';
import { absoluteUrl, meetingPath, path } from '../lib/urls.ts';

/** An RSS feed of the readouts, newest first. */
export const GET: APIRoute = async () => {
  const { readouts } = await getArchive();
  return rss({
    title: siteName,
    description:
      'Official readouts of diplomatic meetings, reproduced word for word and citable to the section.',
    site: absoluteUrl(path()),
    items: readouts.map((readout) => ({
      title: readout.data.title,
      link: absoluteUrl(meetingPath(readout.id)),
      pubDate: utcDay(readout.data.source.published),
      description: excerpt(
        readout.lead[0]?.text ?? readout.sections[0]?.paragraphs[0]?.text ?? '',
        400,
      ),
      categories: readout.topics.map((topic) => topic.data.title),
    })),
  });
};
