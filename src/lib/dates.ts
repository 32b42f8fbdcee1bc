// Dates stay the YYYY-MM-DD strings of the content and are formatted in UTC, so that no
// server or reader time zone can move a meeting to the day before.

const longDate = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** The day a YYYY-MM-DD date names, at midnight UTC. */
export const utcDay = (date: string): Date => new Date(`${date}T00:00:00Z`);

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

const monthFormat = new Intl.DateTimeFormat('en-GB', { month: 'long', timeZone: 'UTC' });

/** "September" for "09". */
export const monthName = (month: string): string =>
  monthFormat.format(new Date(`2000-${month}-01T00:00:00Z`));

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
