import { z } from 'astro/zod';
import { idSchema } from './id.ts';

/** A kind of meeting of `content/kinds.yaml`. */
export const kindSchema = z.strictObject({
  /** Id, e.g. courtesy-call. */
  id: idSchema('kind', 'courtesy-call'),
  /** Label as readouts name it, e.g. "courtesy call". */
  label: z.string().min(1),
});
