import { z } from 'astro/zod';

/** A kind of meeting of `content/kinds.yaml`. */
export const kindSchema = z.strictObject({
  /** Id, e.g. courtesy-call. */
  id: z
    .string()
    .regex(
      /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
      'A kind id is lowercase words joined by hyphens, e.g. courtesy-call.',
    ),
  /** Label as readouts name it, e.g. "courtesy call". */
  label: z.string().min(1),
});
