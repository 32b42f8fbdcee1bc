import {
  accountsOf,
  originals,
  shortTitleWithPart,
  titleWithPart,
  type CitedWork,
} from './cited-work.ts';
import { readoutType } from './readout-type.ts';
import { siteName } from '../lib/site-name.ts';

interface DateParts {
  'date-parts': number[][];
}
const dateParts = (isoDate: string): DateParts => ({
  'date-parts': [isoDate.split('-').map(Number)],
});

/** The fields of a CSL-JSON item this archive writes. */
export interface CslItem {
  id: string;
  title: string;
  'title-short'?: string;
  section?: string;
  publisher: string;
  'collection-title'?: string | undefined;
  issued: DateParts;
  'event-date': DateParts;
  'event-place'?: string;
  /** The version of a revised readout's text cited: the day the archive captured it. */
  version?: string;
  URL: string;
  note: string;
  language: string;
}

const notePrefix = 'Originally published at ';

/**
 * A CSL-JSON item (what Zotero, Mendeley and Pandoc read), accessed on a date (YYYY-MM-DD): a
 * report, its genre a readout, by the ministry; the meeting's date and place as the event's.
 * The section and paragraph are in the title: styles print no field of their own for them.
 */
function cslItem(work: CitedWork, accessed: string): CslItem & Record<string, unknown> {
  const other = work.comparedWith;
  return {
    id: work.key,
    type: 'report',
    genre: readoutType,
    title: other ? `${titleWithPart(work)}; ${other.title}` : titleWithPart(work),
    ...(other ? {} : { 'title-short': shortTitleWithPart(work) }),
    ...(work.section ? { section: work.section } : {}),
    author: accountsOf(work).map(({ publisher }) => ({ literal: publisher })),
    publisher: work.publisher,
    'collection-title': work.series,
    'container-title': siteName,
    issued: dateParts(work.published),
    'event-date': dateParts(work.met),
    ...(work.place ? { 'event-place': work.place } : {}),
    accessed: dateParts(accessed),
    ...(work.version ? { version: work.version } : {}),
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

/** YYYY-MM-DD of a CSL date. */
function isoDate({ 'date-parts': [parts] }: DateParts): string {
  const [year = 0, month = 0, day = 0] = parts ?? [];
  const twoDigits = (n: number) => String(n).padStart(2, '0');
  return `${String(year)}-${twoDigits(month)}-${twoDigits(day)}`;
}

/**
 * The work a CSL-JSON item of a readout or of a section describes (not of a comparison, whose
 * title and note name two accounts): how a page's script reads the citation in the page's
 * header, to cite a section or a paragraph of it.
 */
export function workOfCslItem(item: CslItem): CitedWork {
  const series = item['collection-title'];
  const place = item['event-place'];
  // The titles name the section after the readout's: "Title: 2. Trade".
  const part = item.section ? `: ${item.section}`.length : 0;
  return {
    key: item.id,
    publisher: item.publisher,
    title: item.title.slice(0, item.title.length - part),
    shortTitle: (item['title-short'] ?? '').slice(0, (item['title-short'] ?? '').length - part),
    ...(item.section ? { section: item.section } : {}),
    ...(series ? { series } : {}),
    published: isoDate(item.issued),
    met: isoDate(item['event-date']),
    ...(place ? { place } : {}),
    ...(item.version ? { version: item.version } : {}),
    url: item.URL,
    originalUrl: item.note.slice(notePrefix.length),
    language: item.language,
  };
}
