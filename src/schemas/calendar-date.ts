import { z } from 'astro/zod';
import { isCalendarDate } from '../lib/dates.ts';

/** A date as the editor wrote it, `YYYY-MM-DD`, checked against the calendar. */
export const calendarDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Write the date as YYYY-MM-DD, e.g. 2016-09-21.')
  .refine(isCalendarDate, {
    error: (issue) => `${String(issue.input)} is not a date on the calendar.`,
  });
