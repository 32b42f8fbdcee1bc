import type { Readout } from '../lib/readout.ts';
import { shortTitle } from '../lib/short-title.ts';
import { absoluteUrl, meetingPath, versionPath } from '../lib/urls.ts';

/** One paragraph of a readout: its anchor id and its number in its section ("para. 2"). */
export interface CitedParagraph {
  id: string;
  number: string;
}

/** What a citation cites: a readout, a section or a paragraph of it, with our permalink and the original. */
export interface CitedWork {
  /** A citation key, unique in the archive: the readout's id, and the section's or paragraph's. */
  key: string;
  publisher: string;
  title: string;
  /** The readout named in a few words: "Abe–Biden courtesy call, 21 September 2016". */
  shortTitle: string;
  /** The section's heading, when the citation is to one section or a paragraph of it. */
  section?: string;
  /** The paragraph's number in its section (or in the text before the first section). */
  paragraph?: string;
  /** The ministry's series, when the page names one. */
  series?: string;
  /** Publication date of the original, YYYY-MM-DD. */
  published: string;
  /** The day of the meeting, YYYY-MM-DD (it can be before the original's publication). */
  met: string;
  /** Where the meeting took place, when the readout says. */
  place?: string;
  /**
   * The version of the text cited, YYYY-MM-DD (the day the archive captured it), for a readout
   * its publisher revised: the address is then that version's, whose words never change.
   */
  version?: string;
  /** Our permanent address, with the section's or paragraph's anchor. */
  url: string;
  originalUrl: string;
  language: string;
  /** The other account, when the citation is to the comparison of two accounts of a meeting. */
  comparedWith?: Pick<CitedWork, 'publisher' | 'title' | 'published' | 'originalUrl'>;
}

/** One section of a readout, as a citation names it: its anchor id and its heading. */
export interface CitedSection {
  id: string;
  title: string;
}

/** The work a citation of a readout, of one of its sections, or of one paragraph describes. */
export function citedWork(
  readout: Readout,
  section?: CitedSection,
  paragraph?: CitedParagraph,
): CitedWork {
  const { title, series, source, date, place } = readout.data;
  const version = readout.versions.find((candidate) => candidate.readout === readout)?.captured;
  const work: CitedWork = {
    key: readout.id,
    publisher: source.publisher,
    title,
    shortTitle: shortTitle(readout),
    ...(series ? { series } : {}),
    published: source.published,
    met: date,
    ...(place ? { place } : {}),
    ...(version ? { version } : {}),
    url: absoluteUrl(version ? versionPath(readout.id, version) : meetingPath(readout.id)),
    originalUrl: source.url,
    language: source.language,
  };
  const cited = section ? sectionOf(work, section) : work;
  return paragraph ? paragraphOf(cited, paragraph) : cited;
}

// A page's script cites a section or a paragraph by narrowing the work of the citation the page
// shows, as the build does: no page carries a citation for each of its parts.

/** A readout's work narrowed to one of its sections. */
export const sectionOf = (work: CitedWork, section: CitedSection): CitedWork => ({
  ...work,
  key: `${work.key}-${section.id}`,
  section: section.title,
  url: withAnchor(work.url, section.id),
});

/** A readout's or a section's work narrowed to one of its paragraphs. */
export function paragraphOf(work: CitedWork, paragraph: CitedParagraph): CitedWork {
  // A section's key is the readout's followed by "-" and the section's anchor, the anchor of its
  // address; a paragraph's is made the same way from the readout's.
  const anchor = new URL(work.url).hash.slice(1);
  const readoutKey = anchor ? work.key.slice(0, -`-${anchor}`.length) : work.key;
  return {
    ...work,
    key: `${readoutKey}-${paragraph.id}`,
    paragraph: paragraph.number,
    url: withAnchor(work.url, paragraph.id),
  };
}

/** An address with its anchor replaced. */
function withAnchor(url: string, anchor: string): string {
  const anchored = new URL(url);
  anchored.hash = anchor;
  return anchored.href;
}

/** The accounts a citation names: the work's, and the other of a comparison. */
export const accountsOf = (work: CitedWork): NonNullable<CitedWork['comparedWith']>[] => [
  work,
  ...(work.comparedWith ? [work.comparedWith] : []),
];

/** The original addresses of the accounts cited: "https://a and https://b". */
export const originals = (work: CitedWork): string =>
  accountsOf(work)
    .map(({ originalUrl }) => originalUrl)
    .join(' and ');

/** What is cited of a readout, as it follows a title: ": 4. TPP, para. 2" ("" for the whole). */
const partOf = (work: Pick<CitedWork, 'section' | 'paragraph'>): string =>
  `${work.section ? `: ${work.section}` : ''}${work.paragraph ? `, para. ${work.paragraph}` : ''}`;

/** The title with what is cited of it, as formats without a field for it print it: "Title: 4. TPP, para. 2". */
export const titleWithPart = (work: CitedWork): string => `${work.title}${partOf(work)}`;

/** The short title with what is cited of it, so that short notes tell sections apart. */
export const shortTitleWithPart = (work: CitedWork): string => `${work.shortTitle}${partOf(work)}`;
