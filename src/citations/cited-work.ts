import type { Readout, Section } from '../lib/readout.ts';
import { absoluteUrl, meetingPath, sectionInReadoutPath } from '../lib/urls.ts';

/** What a citation cites: a readout, or one section of it, with our permalink and the original. */
export interface CitedWork {
  /** A citation key, unique in the archive: the readout's id, and the section's. */
  key: string;
  publisher: string;
  title: string;
  /** The section's heading, when the citation is to one section. */
  section?: string;
  series: string;
  /** Publication date of the original, YYYY-MM-DD. */
  published: string;
  /** Our permanent address, with the section's anchor. */
  url: string;
  originalUrl: string;
  language: string;
  /** The other account, when the citation is to the comparison of two accounts of a meeting. */
  comparedWith?: Pick<CitedWork, 'publisher' | 'title' | 'published' | 'originalUrl'>;
}

/** The work a citation of a readout, or of one of its sections (or bound paragraphs), describes. */
export function citedWork(readout: Readout, section?: Pick<Section, 'id' | 'title'>): CitedWork {
  const { title, series, source } = readout.data;
  return {
    key: section ? `${readout.id}-${section.id}` : readout.id,
    publisher: source.publisher,
    title,
    ...(section ? { section: section.title } : {}),
    series,
    published: source.published,
    url: absoluteUrl(
      section ? sectionInReadoutPath(readout.id, section.id) : meetingPath(readout.id),
    ),
    originalUrl: source.url,
    language: source.language,
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
