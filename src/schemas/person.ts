import { z } from 'astro/zod';

/** A person of `content/people.yaml`. */
export const personSchema = z.strictObject({
  /** Id, the person's name in lowercase words joined by hyphens. */
  id: z
    .string()
    .regex(
      /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
      'A person id is lowercase words joined by hyphens, e.g. shinzo-abe.',
    ),
  /** Name as readouts write it in full. */
  name: z.string().min(1),
  /** Family name, for file names and short titles. */
  familyName: z.string().min(1),
  /** Country the person served. */
  country: z.string().min(1).optional(),
  /** Forms of the name in readouts' text, to find the sections that mention the person. */
  mentions: z.array(z.string().min(1)).default([]),
});
