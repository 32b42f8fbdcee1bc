import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { parse } from 'yaml';
import { readoutsLoader } from './loaders/readouts-loader.ts';
import { kindSchema } from './schemas/kind.ts';
import { personSchema } from './schemas/person.ts';
import { topicSchema } from './schemas/topic.ts';

// The content folder can be moved (benchmarks build synthetic archives elsewhere).
const contentDir = process.env['READOUTS_CONTENT_DIR'] ?? 'content';

// The vocabularies are read as the importer and the readouts' loader read YAML: YAML 1.2's core
// schema, which keeps a date such as 2012-12-26 the string written (Astro's default reader makes
// it a Date).
const vocabulary = (name: string) =>
  file(`${contentDir}/${name}.yaml`, {
    parser: (text) => parse(text, { schema: 'core' }) as Record<string, unknown>[],
  });

export const collections = {
  // The loader checks each readout in full and brings its schema (src/schemas/meeting.ts).
  meetings: defineCollection({ loader: readoutsLoader(contentDir) }),
  topics: defineCollection({ loader: vocabulary('topics'), schema: topicSchema }),
  people: defineCollection({ loader: vocabulary('people'), schema: personSchema }),
  kinds: defineCollection({ loader: vocabulary('kinds'), schema: kindSchema }),
};
