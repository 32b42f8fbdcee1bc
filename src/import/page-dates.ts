import { addDays, daysBetween } from '../lib/dates.ts';
import type { ReadoutDraft } from './draft.ts';
import type { GivenFields } from './given-fields.ts';
import { ImportError, type MissingFields } from './import-error.ts';

/** The page's address, its day of publication and the meeting's day, from the flags or the text. */
export interface PageDates {
  url: string | undefined;
  published: string | undefined;
  date: string | undefined;
}

/** Reads the three facts every readout needs from its page, naming each one missing. */
export function pageDates(
  file: string,
  draft: ReadoutDraft,
  given: GivenFields,
  urlGiven: string | undefined,
  missing: MissingFields,
): PageDates {
  const url = urlGiven ?? draft.url;
  if (!url)
    missing.add(
      '--url',
      'no source URL: give the original page with --url <url>, or add a line "Source: https://..." to the text',
    );
  else if (!/^https?:\/\/[^\s/]+/.test(url) || !URL.canParse(url))
    throw new ImportError(file, `the source URL "${url}" is not an http(s) address`);
  const published = given.published ?? draft.published;
  if (!published)
    missing.add(
      '--published',
      'no dateline above the lead: give the page’s date of publication with --published YYYY-MM-DD',
    );
  const date = given.date ?? draft.date;
  if (!date)
    missing.add(
      '--date',
      draft.dateMissing ?? 'no meeting date in the text: give it with --date YYYY-MM-DD',
    );
  return { url, published, date };
}

/**
 * Refuses a meeting dated after its page: a page is dated where it was published, a day before
 * the meeting's local day at most, so more than that is a misread date or a wrong flag.
 */
export function checkMeetingDay(
  file: string,
  date: string,
  published: string,
  given: GivenFields,
): void {
  if (date <= addDays(published, 1)) return;
  throw new ImportError(
    file,
    `the meeting’s day, ${date} (${given.date ? '--date' : 'the text'}), is ${String(daysBetween(date, published))} days after the page’s date, ${published} (${given.published ? '--published' : 'its dateline'}): more than the time zones allow. Check the text, or give the right one with --date or --published`,
    ['--date', '--published'],
  );
}
