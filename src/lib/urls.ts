// Every internal URL of the site is built here, so that a base path (a site served under
// /readouts/) reaches every link. These paths are the archive's contract: never change one.
import { normaliseBase } from './base-path.ts';

const base = normaliseBase(import.meta.env.BASE_URL);

/** A path under the site's base: `path('topics/')` is `/topics/`, or `/readouts/topics/`. */
export const path = (to = ''): string => `${base}${to}`;

export const meetingPath = (id: string): string => path(`meetings/${id}/`);
export const sectionPath = (id: string, section: string): string =>
  path(`meetings/${id}/${section}/`);
export const sectionInReadoutPath = (id: string, section: string): string =>
  `${meetingPath(id)}#${section}`;
/** The two accounts of a meeting side by side, the readout's first. */
export const comparePath = (id: string, other: string): string =>
  path(`meetings/${id}/compare/${other}/`);
/** A version of a readout's text as the archive captured it, with that version's anchors. */
export const versionPath = (id: string, captured: string): string =>
  path(`meetings/${id}/versions/${captured}/`);
/** What changed between two versions (`from` and `to` captured), or into the current one. */
export const changesPath = (id: string, from?: string, to?: string): string =>
  path(`meetings/${id}/changes/${from && to ? `${from}/${to}/` : ''}`);
export const topicPath = (id: string): string => path(`topics/${id}/`);
export const personPath = (id: string): string => path(`people/${id}/`);
/** The people whose family names begin with a letter: `/people/by-name/a/`. */
export const peopleByNamePath = (initial: string): string => path(`people/by-name/${initial}/`);
/** The topics whose titles begin with a letter: `/topics/by-name/a/`. */
export const topicsByNamePath = (initial: string): string => path(`topics/by-name/${initial}/`);
export const searchPath = (): string => path('search/');
/** Where the archive's years are: `/years/2016/`, `/years/2016/09/`, `/years/2016/09/21/`. */
export const yearsPath = (): string => path('years/');
/** The page of a year, a month or a day of a list (the archive's, a topic's, a person's, a kind of meeting's). */
export const periodPath = (list: string, year: string, month?: string, day?: string): string =>
  `${list}${year}/${month ? `${month}/` : ''}${month && day ? `${day}/` : ''}`;

/** The absolute address of a path, on the configured site: what citations and permalinks give. */
export const absoluteUrl = (to: string): string => new URL(to, import.meta.env.SITE).href;

/** The exports beside a readout's page: its data as JSON, and its Markdown source. */
export const meetingJsonPath = (id: string): string => path(`meetings/${id}.json`);
export const meetingMarkdownPath = (id: string): string => path(`meetings/${id}.md`);
/** A readout's citation as an RIS file, for reference managers to import. */
export const meetingRisPath = (id: string): string => path(`meetings/${id}.ris`);
export const feedPath = (): string => path('feed.xml');
export const jsonFeedPath = (): string => path('feed.json');
export const kindPath = (id: string): string => path(`kinds/${id}/`);

/** The RSS feed of a topic's, a person's or a kind of meeting's page: `feed.xml` beside it. */
export const pageFeedPath = (page: string): string => `${page}feed.xml`;
