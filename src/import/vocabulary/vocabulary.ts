import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import yaml from 'js-yaml';
import type { z } from 'astro/zod';
import { kindSchema } from '../../schemas/kind.ts';
import { personSchema } from '../../schemas/person.ts';
import { placeSchema } from '../../schemas/place.ts';
import { topicSchema } from '../../schemas/topic.ts';
import { ImportError } from '../import-error.ts';

export type Topic = z.output<typeof topicSchema>;
export type Person = z.output<typeof personSchema>;
export type Kind = z.output<typeof kindSchema>;
export type Place = z.output<typeof placeSchema>;

/** The vocabularies of `content/` a readout is imported against. */
export interface Vocabulary {
  topics: Topic[];
  people: Person[];
  kinds: Kind[];
  places: Place[];
}

/** The files of the vocabularies, relative to the content folder. */
export const vocabularyFiles = {
  topics: 'topics.yaml',
  people: 'people.yaml',
  kinds: 'kinds.yaml',
  places: 'places.yaml',
} as const;

/** Loads and checks the vocabularies of a content folder, with the site's own schemas. */
export async function loadVocabulary(contentDir: string): Promise<Vocabulary> {
  const [topics, people, kinds, places] = await Promise.all([
    loadList(join(contentDir, vocabularyFiles.topics), topicSchema),
    loadList(join(contentDir, vocabularyFiles.people), personSchema),
    loadList(join(contentDir, vocabularyFiles.kinds), kindSchema),
    // Places only add time zones: a content folder from before places.yaml still imports.
    loadList(join(contentDir, vocabularyFiles.places), placeSchema, { optional: true }),
  ]);
  return { topics, people, kinds, places };
}

async function loadList<T extends z.ZodType>(
  file: string,
  schema: T,
  { optional = false } = {},
): Promise<z.output<T>[]> {
  let data: unknown;
  try {
    data = yaml.load(await readFile(file, 'utf8'), { schema: yaml.CORE_SCHEMA, filename: file });
  } catch (error) {
    if (optional && (error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw new ImportError(file, `cannot read this vocabulary: ${(error as Error).message}`);
  }
  if (!Array.isArray(data)) throw new ImportError(file, 'expected a list of entries (`- id: ...`)');
  return data.map((entry: unknown, index) => {
    const result = schema.safeParse(entry);
    if (!result.success)
      throw new ImportError(
        file,
        `entry ${index + 1}: ${result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`,
      );
    return result.data;
  });
}
