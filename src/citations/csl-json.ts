import { accountsOf, originals, titleWithPart, type CitedWork } from './cited-work.ts';
import { siteName } from '../lib/site-name.ts';

const dateParts = (isoDate: string): number[] => isoDate.split('-').map(Number);

/** The fields of a CSL-JSON item this archive writes. */
export interface CslItem {
  id: string;
  title: string;
  section?: string;
  publisher: string;
  'collection-title'?: string | undefined;
  issued: { 'date-parts': number[][] };
  URL: string;
  note: string;
  language: string;
}

const notePrefix = 'Originally published at ';

/**
 * A CSL-JSON item (what Zotero, Mendeley and Pandoc read), accessed on a date (YYYY-MM-DD).
 * The section and paragraph are in the title: styles print no field of their own for them.
 */
function cslItem(work: CitedWork, accessed: string): CslItem & Record<string, unknown> {
  const other = work.comparedWith;
  return {
    id: work.key,
    type: 'webpage',
    title: other ? `${titleWithPart(work)}; ${other.title}` : titleWithPart(work),
    ...(work.section ? { section: work.section } : {}),
    author: accountsOf(work).map(({ publisher }) => ({ literal: publisher })),
    publisher: work.publisher,
    'collection-title': work.series,
    'container-title': siteName,
    issued: { 'date-parts': [dateParts(work.published)] },
    accessed: { 'date-parts': [dateParts(accessed)] },
    URL: work.url,
    note: `${notePrefix}${originals(work)}`,
    language: work.language,
  };
}

/** The item as CSL-JSON text (an array of one item), its dates on one line each. */
export function cslJson(work: CitedWork, accessed: string): string {
  return JSON.stringify([cslItem(work, accessed)], null, 2).replace(
    /\[\s*\[\s*(\d+),\s*(\d+),\s*(\d+)\s*\]\s*\]/g,
    '[[$1, $2, $3]]',
  );
}

/**
 * The work a CSL-JSON item of a readout or of a section describes (not of a comparison, whose
 * title and note name two accounts): how a page's script reads the citation in the page's
 * header, to cite a section or a paragraph of it.
 */
export function workOfCslItem(item: CslItem): CitedWork {
  const [year = 0, month = 0, day = 0] = item.issued['date-parts'][0] ?? [];
  const twoDigits = (n: number) => String(n).padStart(2, '0');
  const series = item['collection-title'];
  return {
    key: item.id,
    publisher: item.publisher,
    // The title names the section after the readout's: "Title: 2. Trade".
    title: item.section ? item.title.slice(0, -`: ${item.section}`.length) : item.title,
    ...(item.section ? { section: item.section } : {}),
    ...(series ? { series } : {}),
    published: `${String(year)}-${twoDigits(month)}-${twoDigits(day)}`,
    url: item.URL,
    originalUrl: item.note.slice(notePrefix.length),
    language: item.language,
  };
}
