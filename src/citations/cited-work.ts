import type { Readout, Section } from '../lib/readout.ts';
import { absoluteUrl, meetingPath, sectionInReadoutPath } from '../lib/urls.ts';

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
  /** The section's heading, when the citation is to one section or a paragraph of it. */
  section?: string;
  /** The paragraph's number in its section (or in the text before the first section). */
  paragraph?: string;
  /** The ministry's series, when the page names one. */
  series?: string;
  /** Publication date of the original, YYYY-MM-DD. */
  published: string;
  /** Our permanent address, with the section's or paragraph's anchor. */
  url: string;
  originalUrl: string;
  language: string;
  /** The other account, when the citation is to the comparison of two accounts of a meeting. */
  comparedWith?: Pick<CitedWork, 'publisher' | 'title' | 'published' | 'originalUrl'>;
}

/** The work a citation of a readout, of one of its sections, or of one paragraph describes. */
export function citedWork(
  readout: Readout,
  section?: Section,
  paragraph?: CitedParagraph,
): CitedWork {
  const { title, series, source } = readout.data;
  const work: CitedWork = {
    key: section ? `${readout.id}-${section.id}` : readout.id,
    publisher: source.publisher,
    title,
    ...(section ? { section: section.title } : {}),
    ...(series ? { series } : {}),
    published: source.published,
    url: absoluteUrl(
      section ? sectionInReadoutPath(readout.id, section.id) : meetingPath(readout.id),
    ),
    originalUrl: source.url,
    language: source.language,
  };
  return paragraph ? paragraphOf(work, paragraph) : work;
}

/**
 * A readout's or a section's work narrowed to one of its paragraphs. A page's script cites a
 * paragraph this way from the citation of its section on the page, so that no page carries a
 * citation for each paragraph.
 */
export function paragraphOf(work: CitedWork, paragraph: CitedParagraph): CitedWork {
  const url = new URL(work.url);
  // A section's key is the readout's followed by "-" and the section's anchor: as long as the
  // address's "#" and anchor. A paragraph's key is made the same way.
  const readoutKey = url.hash ? work.key.slice(0, -url.hash.length) : work.key;
  url.hash = paragraph.id;
  return {
    ...work,
    key: `${readoutKey}-${paragraph.id}`,
    paragraph: paragraph.number,
    url: url.href,
  };
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

/** The title with what is cited of it, as formats without a field for it print it: "Title: 4. TPP, para. 2". */
export function titleWithPart(work: CitedWork): string {
  const section = work.section ? `${work.title}: ${work.section}` : work.title;
  return work.paragraph ? `${section}, para. ${work.paragraph}` : section;
}
