import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { readoutsLoader } from './loaders/readouts-loader.ts';
import { kindSchema } from './schemas/kind.ts';
import { personSchema } from './schemas/person.ts';
import { topicSchema } from './schemas/topic.ts';

// The content folder can be moved (benchmarks build synthetic archives elsewhere).
const contentDir = process.env['READOUTS_CONTENT_DIR'] ?? 'content';

export const collections = {
  // The loader checks each readout in full and brings its schema (src/schemas/meeting.ts).
  meetings: defineCollection({ loader: readoutsLoader(contentDir) }),
  topics: defineCollection({ loader: file(`${contentDir}/topics.yaml`), schema: topicSchema }),
  people: defineCollection({ loader: file(`${contentDir}/people.yaml`), schema: personSchema }),
  kinds: defineCollection({ loader: file(`${contentDir}/kinds.yaml`), schema: kindSchema }),
};
