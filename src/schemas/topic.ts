import { z } from 'astro/zod';
import { idSchema } from './id.ts';

/** A topic of `content/topics.yaml`. Its id is the anchor of every section bound to it. */
export const topicSchema = z.strictObject({
  /** Anchor id, lowercase words joined by hyphens; never changed once published. */
  id: idSchema('topic', 'north-korea'),
  /** Editorial title. */
  title: z.string().min(1),
  /** Editorial description, one sentence. */
  description: z.string().min(1),
  /** What readers type for this topic (DPRK for North Korea), indexed for search. */
  aliases: z.array(z.string().min(1)).default([]),
});
