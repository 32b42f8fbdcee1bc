import { leadOpening } from '../../english/day-opening.ts';
import { parseWrittenDate as parseDateline } from '../../../lib/dates.ts';
import { ImportError } from '../../import-error.ts';
import { joinWrappedLines, pageLines } from '../../source/page-lines.ts';

/** A ministry's page split into its furniture and the readout's text. */
export interface SourcePage {
  /** The series line above the dateline ("Japan-New Zealand Relations", "Press Releases"), if any. */
  series?: string;
  /** The page's own title above the dateline ("Japan-New Zealand Summit Meeting"), if any. */
  title?: string;
  /** The dateline's date (the page's publication), YYYY-MM-DD, if the page has a dateline. */
  published?: string;
  /** The first photo credit, without its "(Photo: ...)" wrapper. */
  photoCredit?: string;
  /** A URL line of the text ("Source: https://..."), when there is one. */
  url?: string;
  /** The lead paragraph. */
  lead: string;
  /** The lines of the text after the lead, one block each (a title or a paragraph). */
  blocks: string[];
  /** Lines dropped as furniture that the shape does not explain, for the report. */
  skipped: string[];
}

// "(Photo: Cabinet Public Relations Office)", "Photo: ...", "(Photo credit: ...)".
const photoPattern = /^\(?(?:Photos?|Photograph|Photo\s+credit)\s*:\s*(.+?)\)?$/i;
const labelledUrlPattern = /^(?:Source|URL|Original)\s*:\s*(https?:\/\/\S+)$/i;
const bareUrlPattern = /^(https?:\/\/\S+)$/i;
// The page's closing lines: "Back to Japan-New Zealand Relations", "Back to Press Releases", "(END)".
const closingPattern = /^(?:Back to\b|Related Links?$|Page Top$|\(?END\)?$)/i;
// Words of a page's title, not of a series: "Japan-New Zealand Summit Meeting".
const titleWords =
  /\b(?:meetings?|talks?|calls?|visits?|lunch|luncheon|dinner|breakfast|conference|dialogue|summit|consultations?|reception|telephone)\b/i;
const seriesLine = /(?:\bRelations|^Press Releases?)$/i;

/**
 * Splits a MOFA page as text into its furniture (series line, page title, dateline, photo
 * credits, URL, closing lines such as "Back to ..." or "(END)") and the readout's text, which
 * starts at the lead paragraph. The dateline and series are optional: the import says which
 * facts it then needs.
 */
export function splitSourcePage(text: string, file: string): SourcePage {
  const lines = pageLines(text);
  // A URL line anywhere when labelled ("Source: https://..."), above the lead when bare: a
  // bare URL inside the text is the text's.
  const firstLeadAt = lines.findIndex((line) => leadOpening.test(line));
  const isUrlLine = (line: string, index: number): boolean =>
    labelledUrlPattern.test(line) ||
    (bareUrlPattern.test(line) && (firstLeadAt < 0 || index < firstLeadAt));
  const url = lines
    .map((line, index) =>
      isUrlLine(line, index)
        ? (labelledUrlPattern.exec(line) ?? bareUrlPattern.exec(line))?.[1]
        : undefined,
    )
    .find(Boolean);
  // A photo credit stands on a line of its own wherever the page shows a photograph.
  const photoCredit = lines.map((line) => photoPattern.exec(line)?.[1]?.trim()).find(Boolean);
  const content = lines.filter(
    (line, index) => !isUrlLine(line, index) && !photoPattern.test(line),
  );
  const leadAt = findLead(content);
  if (leadAt < 0)
    throw new ImportError(
      file,
      'no lead paragraph: expected a paragraph starting with the day of the meeting, such as "On September 21, commencing at ..."',
    );
  const datelineAt = content.findIndex(
    (line, index) => index < leadAt && parseDateline(line) !== undefined,
  );
  const headEnd = datelineAt < 0 ? leadAt : datelineAt;
  const head = readHead(content.slice(0, headEnd));
  const closingAt = content.findIndex((line, index) => index > leadAt && closingPattern.test(line));
  const end = closingAt < 0 ? content.length : closingAt;
  const [lead = '', ...blocks] = joinWrappedLines(content.slice(leadAt, end));
  const published = datelineAt < 0 ? undefined : parseDateline(content[datelineAt] ?? '');
  return {
    ...(head.series ? { series: head.series } : {}),
    ...(head.title ? { title: head.title } : {}),
    ...(published ? { published } : {}),
    ...(photoCredit ? { photoCredit } : {}),
    ...(url ? { url } : {}),
    lead,
    blocks,
    skipped: [
      ...head.skipped,
      ...(datelineAt < 0 ? [] : content.slice(datelineAt + 1, leadAt)),
      ...content.slice(end).filter((line) => !closingPattern.test(line)),
    ],
  };
}

/** The lead: the paragraph opening with the day ("On September 21, ..."), or else the first after the dateline. */
function findLead(lines: readonly string[]): number {
  const opening = lines.findIndex((line) => leadOpening.test(line));
  if (opening >= 0) return opening;
  const dateline = lines.findIndex((line) => parseDateline(line) !== undefined);
  return dateline >= 0 && dateline + 1 < lines.length ? dateline + 1 : -1;
}

/**
 * The lines above the dateline: a series line, the page's title, or both (series first). A
 * title names a meeting ("Summit Meeting", "Telephone Talk"); other lines are reported.
 */
function readHead(lines: readonly string[]): {
  series?: string;
  title?: string;
  skipped: string[];
} {
  const isTitle = (line: string): boolean => titleWords.test(line) && !seriesLine.test(line);
  const [first, ...rest] = lines;
  if (first === undefined) return { skipped: [] };
  if (rest.length === 0)
    return isTitle(first) ? { title: first, skipped: [] } : { series: first, skipped: [] };
  const last = rest.at(-1) ?? '';
  return isTitle(last)
    ? { series: first, title: last, skipped: rest.slice(0, -1) }
    : { series: first, skipped: rest };
}
