import type { z } from 'astro/zod';
import type { meetingSchema } from '../schemas/meeting.ts';
import { ContentError } from './content-error.ts';
import type { FieldPath, ReadoutFile } from './readout-file.ts';

/** The ids of a vocabulary file of `content/` (topics, people, kinds), by its file name. */
export interface Vocabulary {
  file: string;
  ids: ReadonlySet<string>;
}

/** The vocabularies a readout's frontmatter refers to. */
export interface Vocabularies {
  topics: Vocabulary;
  people: Vocabulary;
  kinds: Vocabulary;
}

/**
 * Checks that every id the frontmatter refers to (its kind, its participants, its topics) is in
 * its vocabulary: a schema's `reference()` checks only that an id has the shape of one.
 */
export function checkReferences(
  data: z.output<typeof meetingSchema>,
  vocabularies: Vocabularies,
  file: string,
  readout: Pick<ReadoutFile, 'lineOf'>,
): void {
  const references: (readonly [FieldPath, string, Vocabulary])[] = [
    [['kind'], data.kind.id, vocabularies.kinds] as const,
    ...data.participants.map(
      ({ person }, index) =>
        [['participants', index, 'person'], person.id, vocabularies.people] as const,
    ),
    ...data.topics.map(({ id }, index) => [['topics', index], id, vocabularies.topics] as const),
  ];
  for (const [path, id, { file: vocabularyFile, ids }] of references) {
    if (!ids.has(id)) {
      const field = path.filter((key) => typeof key === 'string').join('.');
      throw new ContentError(
        file,
        readout.lineOf(path),
        `${field}: "${id}" is not in ${vocabularyFile} (known: ${[...ids].join(', ')}).`,
      );
    }
  }
}
