import { parseWrittenDate } from '../../lib/dates.ts';
import { pageLines } from '../source/page-lines.ts';
import type { OfficePage } from './office-page.ts';

/** What a shape's furniture is made of, above and below its text. */
export interface HeadedLayout {
  /** Lines of the page's chrome and labels above the text ("Briefing Room", "Readout"). */
  labels: RegExp;
  /** The first line after the text ("###", "Associated Links", "Tags"). */
  end: RegExp;
  /** A line that places the page ("Ottawa, Ontario"), between the date and the text. */
  place?: RegExp;
}

/** A date line: "January 27, 2021", "22 Oct 2022", "2021-10-08 22:30" (a time after it is left). */
const dateOfLine = (line: string): string | undefined =>
  parseWrittenDate(line.replace(/\s+\d{1,2}:\d{2}$/, ''));

/**
 * Splits a page whose headline, labels and date stand above the text in any order, as most
 * governments' news pages do: the headline is the first line that is neither a label nor a
 * date, the text starts after the last of them (and after a place line), and ends at the
 * layout's end line.
 */
export function splitHeadedPage(text: string, layout: HeadedLayout): Omit<OfficePage, 'publisher'> {
  const lines = pageLines(text);
  const isHead = (line: string): boolean =>
    layout.labels.test(line) || dateOfLine(line) !== undefined;
  const titleAt = lines.findIndex((line) => !isHead(line));
  const dateAt = lines.findIndex((line) => dateOfLine(line) !== undefined);
  let start = Math.max(titleAt, dateAt) + 1;
  while (start < lines.length && layout.labels.test(lines[start] ?? '')) start += 1;
  const placeLine = layout.place?.test(lines[start] ?? '') ? lines[start] : undefined;
  if (placeLine) start += 1;
  const end = lines.findIndex((line, index) => index >= start && layout.end.test(line));
  const head = lines.slice(0, start);
  return {
    title: lines[titleAt],
    published: dateAt >= 0 ? dateOfLine(lines[dateAt] ?? '') : undefined,
    placeLine,
    body: lines.slice(start, end < 0 ? lines.length : end),
    skipped: head.filter(
      (line, index) =>
        index !== titleAt && index !== dateAt && line !== placeLine && !layout.labels.test(line),
    ),
  };
}
