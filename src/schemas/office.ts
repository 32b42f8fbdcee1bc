import { z } from 'astro/zod';

/** An office of `content/offices.yaml`: its title and the other titles readouts give it. */
export const officeSchema = z.strictObject({
  /** The title as people.yaml records terms in it, e.g. "Minister for Foreign Affairs". */
  title: z.string().min(1),
  /** Other titles of the same office ("Foreign Minister", "Foreign Secretary"). Default: none. */
  forms: z.array(z.string().min(1)).default([]),
});
