import { normalise } from '../../english/normalise.ts';
import { parseWrittenDate } from '../../../lib/dates.ts';
import { pageLines } from '../../source/page-lines.ts';
import type { OfficePage } from '../office-page.ts';
import type { Publisher } from '../publisher.ts';
import { foreignOffice, primeMinistersOffice } from './publishers.ts';

// The page's kind and its breadcrumb, above the headline.
const label =
  /^(?:Press release|News story|World news story|Statement|Readout|Home|Government|World|International|Foreign affairs)$/i;
// "From: Prime Minister's Office, 10 Downing Street and The Rt Hon Boris Johnson MP".
const fromLine = /^From:\s*(.*)$/i;
// "Published 2 September 2020", or "Published" with its date on the next line.
const publishedLine = /^Published(?:\s+(.+))?$/i;
// What follows the text: its date again, its history, the page's own furniture.
const closing =
  /^(?:Published\b|Last updated\b|Updates to this page|Is this page useful|Share this page|Explore the topic|Further information|Media enquiries|Related content|Contents$)/i;
// "PM call with Prime Minister Abe: 2 September 2020": the headline's day is the meeting's.
const headlineDay = /:\s*(\d{1,2}\s+\p{Lu}\p{Ll}+\s+\d{4})$/u;

/** The publisher the "From:" line (or else the headline) names. */
function publisherOf(from: string, title: string): Publisher | undefined {
  const said = normalise(from);
  const named = [primeMinistersOffice, foreignOffice].find((publisher) =>
    [publisher.name, ...publisher.aliases].some((form) => said.includes(normalise(form))),
  );
  if (named) return named;
  if (/^(?:PM|Prime Minister)\b/.test(title)) return primeMinistersOffice;
  return /\bForeign Secretary\b/.test(title) ? foreignOffice : undefined;
}

/**
 * Splits a GOV.UK news page as text: its kind and breadcrumb, the headline, the summary that
 * repeats the first sentence, "From:" (the publisher), "Published" (the date), the text, and
 * the page's closing lines. Undefined publisher: the page does not say whose it is.
 */
export function splitGovUkPage(
  text: string,
  given: Publisher | undefined,
): Omit<OfficePage, 'publisher'> & { publisher?: Publisher | undefined } {
  const lines = pageLines(text);
  const titleAt = lines.findIndex((line) => !label.test(line));
  const title = lines[titleAt] ?? '';
  // The head's lines with their values on the line after, when the label stands alone.
  const valueAt = (pattern: RegExp): { at: number; value: string } => {
    const at = lines.findIndex((line, index) => index > titleAt && pattern.test(line));
    const said = pattern.exec(lines[at] ?? '')?.[1];
    return { at, value: said === undefined || said === '' ? (lines[at + 1] ?? '') : said };
  };
  const from = valueAt(fromLine);
  const published = valueAt(publishedLine);
  // The text starts after the head's "Published" date, right below "From:" (or the summary); a
  // copy without them starts after the summary.
  const headEnd =
    published.at >= 0 && published.at <= Math.max(from.at, titleAt + 1) + 2
      ? published.at + (lines[published.at] === 'Published' ? 2 : 1)
      : titleAt + 2;
  const end = lines.findIndex((line, index) => index >= headEnd && closing.test(line));
  const day = headlineDay.exec(title)?.[1];
  const updated = valueAt(/^Last updated(?:\s+(.+))?$/i);
  return {
    publisher: given ?? publisherOf(from.at >= 0 ? from.value : '', title),
    title,
    published: published.at >= 0 ? parseWrittenDate(published.value) : undefined,
    meetingDay: day ? parseWrittenDate(day) : undefined,
    revised:
      updated.at >= 0 ? parseWrittenDate(updated.value.replace(/\s+[—–-].*$/, '')) : undefined,
    body: lines.slice(headEnd, end < 0 ? lines.length : end),
    skipped: [],
  };
}
