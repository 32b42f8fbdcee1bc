import { z } from 'astro/zod';
import { calendarDate } from './calendar-date.ts';

/** A term in an office, so that a readout's "the Prime Minister" can be told on its day. */
export const officeTermSchema = z
  .strictObject({
    /** The office's title as its country writes it: "Prime Minister", "Secretary of State". */
    office: z.string().min(1),
    /** The country the office serves, as `content/countries.yaml` names it. */
    country: z.string().min(1),
    /** The first day in office, YYYY-MM-DD. */
    from: calendarDate,
    /** The last day in office; left out while the term runs. */
    to: calendarDate.optional(),
  })
  .refine((term) => term.to === undefined || term.from <= term.to, {
    error: 'The term ends (to) before it starts (from).',
    path: ['to'],
  });
