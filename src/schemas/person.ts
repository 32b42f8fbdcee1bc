import { z } from 'astro/zod';
import { idSchema } from './id.ts';
import { officeTermSchema } from './office-term.ts';

/** A person of `content/people.yaml`. */
export const personSchema = z.strictObject({
  /** Id, the person's name in lowercase words joined by hyphens. */
  id: idSchema('person', 'shinzo-abe'),
  /** Name as readouts write it in full. */
  name: z.string().min(1),
  /** Family name, for file names, short titles and the index by initial ("Xi" of "Xi Jinping"). */
  familyName: z.string().min(1),
  /** Country the person served. */
  country: z.string().min(1).optional(),
  /** Forms of the name in readouts' text, to find the sections that mention the person. */
  mentions: z.array(z.string().min(1)).default([]),
  /**
   * The offices the person held and when: a readout that names someone by office alone ("The
   * Prime Minister spoke to ...") is matched to who held it that day. Default: none.
   */
  offices: z.array(officeTermSchema).default([]),
});
