import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { meetingFieldsSchema, participantFields } from './meeting-fields.ts';

/**
 * The frontmatter of a readout as the collection loads it (fields documented in
 * `meeting-fields.ts`): the vocabularies' ids become references to their entries.
 */
export const meetingSchema = meetingFieldsSchema.extend({
  kind: reference('kinds'),
  participants: z
    .array(participantFields.extend({ person: reference('people') }))
    .min(1, 'A readout names at least one participant.'),
  topics: z.array(reference('topics')).min(1, 'A readout has at least one topic.'),
});
