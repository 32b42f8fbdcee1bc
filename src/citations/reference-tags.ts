import { originals, shortTitleWithPart, titleWithPart, type CitedWork } from './cited-work.ts';
import { readoutType } from './readout-type.ts';

/**
 * The `<meta>` tags of a readout's, section's or paragraph's page that reference managers read
 * (Zotero's Embedded Metadata translator, Google Scholar, Mendeley), as [name, content] pairs.
 * Zotero saves them as a report (docs/zotero/): `citation_technical_report_institution` makes
 * it one, with the ministry as its institution. No `citation_author`: Zotero splits every
 * author it names into a person's given and family names ("Japan, M. o. F. A. o."). Where no
 * common tag reaches a report's field, Dublin Core's, BIBO's, EPrints' and Zotero's own
 * vocabularies do, as the translator maps them.
 */
export function referenceTags(work: CitedWork, keywords?: string): [string, string][] {
  const extra = [
    `Originally published at ${originals(work)}`,
    // CSL's variable in Zotero's Extra: the meeting's day, where the page was published later.
    ...(work.met === work.published ? [] : [`event-date: ${work.met}`]),
    // CSL's version in Extra: which text of a readout its publisher revised.
    ...(work.version ? [`version: ${work.version}`] : []),
  ];
  const tags: [string, string | undefined][] = [
    ['citation_title', titleWithPart(work)],
    // Zotero reads the page's tags as RDF first, taking the title from og:title, the page's
    // short title, when no DC.title comes before it, and then drops a short title equal to it.
    ['DC.title', titleWithPart(work)],
    ['citation_technical_report_institution', work.publisher],
    ['citation_publisher', work.publisher],
    ['citation_date', work.published],
    ['citation_language', work.language],
    ['citation_public_url', work.url],
    ['citation_keywords', keywords],
    // Zotero's Report Type.
    ['DC.type', readoutType],
    ['bibo.shortTitle', shortTitleWithPart(work)],
    // Zotero's Place, the one place a report has: where the meeting was.
    ['eprints.event_location', work.place],
    ['z.seriesTitle', work.series],
    ['z.extra', extra.join('\n')],
  ];
  return tags.flatMap(([name, content]) => (content ? [[name, content]] : []));
}
