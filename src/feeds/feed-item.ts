import { utcDay } from '../lib/dates.ts';
import { excerpt } from '../stored/excerpt.ts';
import { openingOf, sectionOpeningOf } from '../lib/opening.ts';
import type { Readout, SectionInReadout } from '../lib/readout.ts';
import { absoluteUrl, meetingPath, sectionPath } from '../lib/urls.ts';

/** What a feed says of one readout or section. */
export interface FeedItem {
  title: string;
  /** Its permanent address. */
  url: string;
  /** When the ministry published the readout. */
  published: Date;
  summary: string;
  /** Topic titles. */
  tags: string[];
}

/** Feeds stay small: a reader's feed reader wants what is new, not the archive. */
export const feedLength = 50;

const publishedDate = (readout: Readout): Date => utcDay(readout.data.source.published);

/** A readout as a feed item: its title, address, date, opening words and topics. */
export function readoutItem(readout: Readout): FeedItem {
  return {
    title: readout.data.title,
    url: absoluteUrl(meetingPath(readout.id)),
    published: publishedDate(readout),
    summary: excerpt(openingOf(readout), 400),
    tags: readout.topics.map((topic) => topic.data.title),
  };
}

/** A section as a feed item: its heading with the readout's title, and the section's own page. */
export function sectionItem({ readout, section }: SectionInReadout): FeedItem {
  return {
    title: `${section.title} — ${readout.data.title}`,
    url: absoluteUrl(sectionPath(readout.id, section.id)),
    published: publishedDate(readout),
    summary: excerpt(sectionOpeningOf(readout, section), 400),
    tags: section.topics.map((topic) => topic.data.title),
  };
}
