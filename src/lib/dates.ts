// Dates stay the YYYY-MM-DD strings of the content and are read and formatted in UTC, so that
// no server or reader time zone can move a meeting to the day before. This is the project's one
// module for reading and writing dates: the pages, the citations, the build's checks and the
// importer all come here.

const longDate = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** The day a YYYY-MM-DD date names, at midnight UTC. */
export const utcDay = (date: string): Date => new Date(`${date}T00:00:00Z`);

/** True when `YYYY-MM-DD` names a day on the calendar (not 2016-02-30). */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = utcDay(value);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** "21 September 2016" for "2016-09-21". */
export const formatDate = (date: string): string => longDate.format(utcDay(date));

const dayMonthFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  timeZone: 'UTC',
});

/** "21 September" for "2016-09-21": a day in a list of its month's. */
export const formatDayAndMonth = (date: string): string => dayMonthFormat.format(utcDay(date));

/** The year of a YYYY-MM-DD date. */
export const yearOf = (date: string): string => date.slice(0, 4);

const months = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "September" for "09". */
export const monthName = (month: string): string => months[Number(month) - 1] ?? month;

/** A regular-expression group matching an English month name, e.g. `September`. */
export const monthPattern = `(${months.join('|')})`;

/** The number (1–12) of an English month name, or 0 when it is none. */
export const monthNumber = (name: string): number => months.indexOf(name) + 1;

const pad = (n: number): string => String(n).padStart(2, '0');

/** `YYYY-MM-DD` of a year, month and day, or undefined when the calendar has no such day. */
export function isoDate(year: number, month: number, day: number): string | undefined {
  const date = `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
  return isCalendarDate(date) ? date : undefined;
}

const dayMs = 24 * 60 * 60 * 1000;

/** The date `days` days after (or, when negative, before) a YYYY-MM-DD date. */
export const addDays = (date: string, days: number): string =>
  new Date(utcDay(date).getTime() + days * dayMs).toISOString().slice(0, 10);

/** How many days lie between two YYYY-MM-DD dates, whichever is first. */
export const daysBetween = (a: string, b: string): number =>
  Math.abs(utcDay(a).getTime() - utcDay(b).getTime()) / dayMs;

const weekdays = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** The day of the week a name gives (0 for Sunday), or -1 when it names none. */
export const weekdayNumber = (name: string): number =>
  weekdays.findIndex((day) => day.toLowerCase() === name.toLowerCase());

// A written date: "September 21, 2016", "21 September 2016", "Sept. 21, 2016", with or without
// a weekday ("Friday, December 13, 2019", "Monday 23 May 2022"), or ISO ("2021-10-08").
const monthWord = String.raw`([A-Z][a-z]+)\.?`;
const writtenDatePattern = new RegExp(
  String.raw`^(?:[A-Z][a-z]+day,?\s+)?(?:${monthWord}\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})|(\d{1,2})(?:st|nd|rd|th)?\s+${monthWord},?\s+(\d{4})|(\d{4})-(\d{2})-(\d{2}))$`,
);

/** The month a written month name or its abbreviation ("Sept", "Dec") names, or 0. */
function monthOfWord(word: string): number {
  const found = months.findIndex(
    (month) => month === word || (word.length >= 3 && month.startsWith(word)),
  );
  return found + 1;
}

/** The date a text that is only a date gives ("September 21, 2016"), as YYYY-MM-DD. */
export function parseWrittenDate(text: string): string | undefined {
  const match = writtenDatePattern.exec(text.trim());
  if (!match) return undefined;
  const [, month1, day1, year1, day2, month2, year2, isoYear, isoMonth, isoDay] = match;
  if (isoYear) return isoDate(Number(isoYear), Number(isoMonth), Number(isoDay));
  const month = monthOfWord(month1 ?? month2 ?? '');
  return month === 0 ? undefined : isoDate(Number(year1 ?? year2), month, Number(day1 ?? day2));
}

/** "12:45 p.m." for "12:45". */
export function formatTime(time: string): string {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  const suffix = hours < 12 ? 'a.m.' : 'p.m.';
  return `${((hours + 11) % 12) + 1}:${String(minutes).padStart(2, '0')} ${suffix}`;
}

// A formatter costs far more to make than to use, and every readout and section page asks.
const offsetFormats = new Map<string, Intl.DateTimeFormat>();
const offsetFormat = (timeZone: string): Intl.DateTimeFormat => {
  let format = offsetFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en', { timeZone, timeZoneName: 'longOffset' });
    offsetFormats.set(timeZone, format);
  }
  return format;
};

/** The UTC offset of a time zone on a date, e.g. "-04:00" for New York on 2016-09-21 at 12:45. */
export function utcOffset(date: string, time: string, timeZone: string): string {
  const at = new Date(`${date}T${time}:00Z`);
  const name =
    offsetFormat(timeZone)
      .formatToParts(at)
      .find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
  return name === 'GMT' ? '+00:00' : name.replace('GMT', '');
}

/** Today's date, YYYY-MM-DD, in UTC. */
export const today = (): string => new Date().toISOString().slice(0, 10);
