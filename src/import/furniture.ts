import { monthName, parseDateline } from './calendar.ts';
import { ImportError } from './import-error.ts';

/** A ministry's page split into its furniture and the readout's text. */
export interface SourcePage {
  /** The series line above the dateline, e.g. "Japan-United States of America Relations". */
  series: string;
  /** The dateline's date (the page's publication), YYYY-MM-DD. */
  published: string;
  /** The photo credit without its "(Photo: ...)" wrapper. */
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

/** A lead paragraph opens with the day of the meeting: "On September 21, ...". */
const leadPattern = new RegExp(`^On\\s+(?:[A-Z][a-z]+day,?\\s+)?${monthName}\\s+\\d{1,2}\\b`);
const photoPattern = /^\((?:Photos?|Photograph)\s*:\s*(.+)\)$/i;
const labelledUrlPattern = /^(?:Source|URL|Original)\s*:\s*(https?:\/\/\S+)$/i;
const bareUrlPattern = /^(https?:\/\/\S+)$/i;
// The page's closing links: "Back to Japan-United States of America Relations", "Related Links".
const closingPattern = /^(?:Back to\b|Related Links?$|Page Top$)/i;

/**
 * Splits a MOFA page as text into its furniture (series line, dateline, photo credit, URL,
 * "Back to ..." line) and the readout's text, which starts at the lead paragraph.
 */
export function splitSourcePage(text: string, file: string): SourcePage {
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  // A URL line anywhere when labelled ("Source: https://..."), above the lead when bare: a
  // bare URL inside the text is the text's.
  const firstLeadAt = lines.findIndex((line) => leadPattern.test(line));
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
  const content = lines.filter((line, index) => !isUrlLine(line, index));
  const datelineAt = content.findIndex((line) => parseDateline(line) !== undefined);
  const leadAt = content.findIndex((line) => leadPattern.test(line));
  if (datelineAt < 0 || (leadAt >= 0 && datelineAt > leadAt)) {
    throw new ImportError(
      file,
      'no dateline: expected a line with the date of publication, such as "September 21, 2016", above the lead paragraph',
    );
  }
  if (leadAt < 0) {
    throw new ImportError(
      file,
      'no lead paragraph: expected a paragraph starting with the day of the meeting, such as "On September 21, commencing at ..."',
    );
  }
  const series = content[0] ?? '';
  if (datelineAt === 0)
    throw new ImportError(
      file,
      'no series line: expected the series (e.g. "Japan-United States of America Relations") above the dateline',
    );
  const between = content.slice(datelineAt + 1, leadAt);
  const photoCredit = between.map((line) => photoPattern.exec(line)?.[1]?.trim()).find(Boolean);
  const closingAt = content.findIndex((line, index) => index > leadAt && closingPattern.test(line));
  const end = closingAt < 0 ? content.length : closingAt;
  const [lead = '', ...blocks] = joinWrappedLines(content.slice(leadAt, end));
  return {
    series,
    published: parseDateline(content[datelineAt] ?? '') ?? '',
    ...(photoCredit ? { photoCredit } : {}),
    ...(url ? { url } : {}),
    lead,
    blocks,
    skipped: [
      ...content.slice(1, datelineAt),
      ...between.filter((line) => !photoPattern.test(line)),
      ...content.slice(end + 1),
    ],
  };
}

/**
 * MOFA's pages put each paragraph on one line. A line that stops mid-sentence and is
 * followed by one starting in lower case was wrapped by whoever copied the text: rejoin it.
 */
function joinWrappedLines(lines: string[]): string[] {
  const blocks: string[] = [];
  for (const line of lines) {
    const previous = blocks.at(-1);
    if (previous !== undefined && /^[a-z]/.test(line) && !/[.!?:;]["”’)]*$/.test(previous))
      blocks[blocks.length - 1] = `${previous} ${line}`;
    else blocks.push(line);
  }
  return blocks;
}
