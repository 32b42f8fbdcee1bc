import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { z } from 'astro/zod';
import { countrySchema } from '../../schemas/country.ts';
import { kindSchema } from '../../schemas/kind.ts';
import { officeSchema } from '../../schemas/office.ts';
import { personSchema } from '../../schemas/person.ts';
import { placeSchema } from '../../schemas/place.ts';
import { topicSchema } from '../../schemas/topic.ts';
import { ImportError } from '../import-error.ts';
import type { Lexicon } from '../english/lexicon.ts';

export type Topic = z.output<typeof topicSchema>;
export type Person = z.output<typeof personSchema>;
export type Kind = z.output<typeof kindSchema>;
export type Place = z.output<typeof placeSchema>;

/** The vocabularies of `content/` a readout is imported against. */
export interface Vocabulary extends Lexicon {
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
  countries: 'countries.yaml',
  offices: 'offices.yaml',
} as const;

/**
 * Loads and checks the vocabularies of a content folder with the site's own schemas and YAML
 * reader (YAML 1.2's core schema, as the build reads them).
 */
export async function loadVocabulary(contentDir: string): Promise<Vocabulary> {
  const list = <T extends z.ZodType>(
    name: keyof typeof vocabularyFiles,
    schema: T,
    optional = false,
  ) => loadList(join(contentDir, vocabularyFiles[name]), schema, optional);
  // Places, countries and offices only help the importer read: a content folder without them
  // still imports, with less told.
  const [topics, people, kinds, places, countries, offices] = await Promise.all([
    list('topics', topicSchema),
    list('people', personSchema),
    list('kinds', kindSchema),
    list('places', placeSchema, true),
    list('countries', countrySchema, true),
    list('offices', officeSchema, true),
  ]);
  return { topics, people, kinds, places, countries, offices };
}

async function loadList<T extends z.ZodType>(
  file: string,
  schema: T,
  optional: boolean,
): Promise<z.output<T>[]> {
  let data: unknown;
  try {
    data = parse(await readFile(file, 'utf8'), { schema: 'core' });
  } catch (error) {
    if (optional && (error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    // YAML's first line names the fault and where it is ("… at line 3, column 1:"); the lines
    // after it quote the text, which the editor has open.
    const fault = (error as Error).message.replace(/\n[^]*/, '');
    throw new ImportError(file, `cannot read this vocabulary: ${fault}`);
  }
  if (!Array.isArray(data)) throw new ImportError(file, 'expected a list of entries (`- id: ...`)');
  return data.map((entry: unknown, index) => {
    const result = schema.safeParse(entry);
    if (!result.success)
      throw new ImportError(
        file,
        `entry ${String(index + 1)}: ${result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`,
      );
    return result.data;
  });
}
