import {
  accountsOf,
  originals,
  shortTitleWithPart,
  titleWithPart,
  type CitedWork,
} from './cited-work.ts';
import { readoutType } from './readout-type.ts';

/** RIS writes dates as YYYY/MM/DD/. */
const risDate = (isoDate: string): string => `${isoDate.replace(/-/g, '/')}/`;

/**
 * An RIS record (what EndNote, Mendeley, RefWorks and library catalogues read): a report (RPRT),
 * its type (M3) a readout, by the ministry as an organisation, which RIS marks by a comma after
 * its name, and published by it (PB, a report's institution); with the meeting's place (CY),
 * the series (T2, a report's series title, as EndNote and Zotero write it), our permalink and
 * the original's address.
 * `accessed` (YYYY-MM-DD) is left out of a file that readers download, whose day is theirs.
 */
export function ris(work: CitedWork, accessed?: string): string {
  const other = work.comparedWith;
  const fields: [tag: string, value: string | undefined][] = [
    ['TY', 'RPRT'],
    ['TI', other ? `${titleWithPart(work)}; ${other.title}` : titleWithPart(work)],
    ['ST', other ? undefined : shortTitleWithPart(work)],
    ...accountsOf(work).map(({ publisher }): [string, string] => ['AU', `${publisher},`]),
    ['PB', work.publisher],
    ['M3', readoutType],
    ['CY', work.place],
    ['T2', work.series],
    ['DA', risDate(work.published)],
    ['PY', work.published.slice(0, 4)],
    ['LA', work.language],
    // The edition: of a revised readout, the version of its text cited.
    ['ET', work.version && `version of ${work.version}`],
    ['UR', work.url],
    ['Y2', accessed && risDate(accessed)],
    ['N1', `Originally published at ${originals(work)}`],
    ['ID', work.key],
  ];
  const lines = fields.flatMap(([tag, value]) => (value ? [`${tag}  - ${value}`] : []));
  // RIS ends a record with an empty ER field, "ER  - ", its space the last character: a page
  // shows no space at a line's end, so a file adds the line's end (src/pages/meetings/[meeting].ris.ts).
  return [...lines, 'ER  - '].join('\n');
}
