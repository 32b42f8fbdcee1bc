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

/** The year of a YYYY-MM-DD date. */
export const yearOf = (date: string): string => date.slice(0, 4);

/** "12:45 p.m." for "12:45". */
export function formatTime(time: string): string {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  const suffix = hours < 12 ? 'a.m.' : 'p.m.';
  return `${((hours + 11) % 12) + 1}:${String(minutes).padStart(2, '0')} ${suffix}`;
}

/** The UTC offset of a time zone on a date, e.g. "-04:00" for New York on 2016-09-21 at 12:45. */
export function utcOffset(date: string, time: string, timeZone: string): string {
  const at = new Date(`${date}T${time}:00Z`);
  const name =
    new Intl.DateTimeFormat('en', { timeZone, timeZoneName: 'longOffset' })
      .formatToParts(at)
      .find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
  return name === 'GMT' ? '+00:00' : name.replace('GMT', '');
}
