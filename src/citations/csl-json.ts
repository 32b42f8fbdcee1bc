import { accountsOf, originals, titleWithPart, type CitedWork } from './cited-work.ts';
import { siteName } from '../lib/site-name.ts';

const dateParts = (isoDate: string): number[] => isoDate.split('-').map(Number);

/**
 * A CSL-JSON item (what Zotero, Mendeley and Pandoc read), accessed on a date (YYYY-MM-DD).
 * The section and paragraph are in the title: styles print no field of their own for them.
 */
function cslItem(work: CitedWork, accessed: string): Record<string, unknown> {
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
    note: `Originally published at ${originals(work)}`,
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
