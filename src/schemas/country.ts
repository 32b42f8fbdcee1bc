import { z } from 'astro/zod';

/** A country of `content/countries.yaml`: the forms readouts name it by. */
export const countrySchema = z.strictObject({
  /** The name people.yaml and the offices use, e.g. "United Kingdom". */
  name: z.string().min(1),
  /** Other names and the adjective readouts use ("UK", "Britain", "British"). Default: none. */
  forms: z.array(z.string().min(1)).default([]),
  /**
   * Whether its people's names are written family name first ("Xi Jinping", "Yun Byung-se"),
   * so that a new person's family name is the first word. Default: given name first.
   */
  familyNameFirst: z.boolean().default(false),
});
