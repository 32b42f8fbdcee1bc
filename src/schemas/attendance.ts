import { z } from 'astro/zod';

/** How a participant attended: a principal of the meeting, or "also present". */
export const attendance = z.enum(['principal', 'also-present']);

/** One of the attendance values. */
export type Attendance = z.infer<typeof attendance>;
