import { z } from 'astro/zod';
import { utcDay } from '../lib/dates.ts';

/** True when `YYYY-MM-DD` names a day on the calendar (not 2016-02-30). */
export function isCalendarDate(value: string): boolean {
  const date = utcDay(value);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** A date as the editor wrote it, `YYYY-MM-DD`, checked against the calendar. */
export const calendarDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Write the date as YYYY-MM-DD, e.g. 2016-09-21.')
  .refine(isCalendarDate, {
    error: (issue) => `${String(issue.input)} is not a date on the calendar.`,
  });
