import { z } from 'astro/zod';
import { timeZone } from './time-zone.ts';

/** A place of `content/places.yaml`: where meetings happen, and the clock they keep. */
export const placeSchema = z.strictObject({
  /** Name as readouts write it, e.g. "New York". */
  name: z.string().min(1),
  /** IANA time zone of the place, e.g. America/New_York: it places a local time on the world's clock. */
  timeZone,
  /** Other forms of the name in readouts, e.g. "Washington" for "Washington, D.C.". Default: none. */
  aliases: z.array(z.string().min(1)).default([]),
});
