import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { parse } from 'yaml';
import type { z } from 'astro/zod';
import { htmlFileOf } from '../../src/stored/html-files.ts';
import type { Kind, MeetingEntry, Person, Readout, Topic } from '../../src/lib/readout.ts';
import { resolveReadout } from '../../src/lib/resolve-readout.ts';
import { splitReadoutFile } from '../../src/loaders/readout-file.ts';
import { renderReadout } from '../../src/loaders/render-readout.ts';
import { paragraphTexts, storedOutline } from '../../src/stored/outline.ts';
import { readNameForms } from '../../src/loaders/vocabulary.ts';
import { kindSchema } from '../../src/schemas/kind.ts';
import { meetingFieldsSchema } from '../../src/schemas/meeting-fields.ts';
import { personSchema } from '../../src/schemas/person.ts';
import { topicSchema } from '../../src/schemas/topic.ts';

/** A vocabulary's entries as Astro's collection holds them, by id. */
async function entries<T>(
  dir: string,
  collection: string,
  schema: z.ZodType<{ id: string }>,
): Promise<Map<string, T>> {
  const list = parse(await readFile(join(dir, `${collection}.yaml`), 'utf8')) as unknown[];
  return new Map(
    list.map((entry) => {
      const data = schema.parse(entry);
      return [data.id, { id: data.id, collection, data } as T];
    }),
  );
}

/**
 * The readouts of a content folder as the pages get them, made as the readouts' loader makes
 * them (which needs Astro's content layer, and so a build): each frontmatter checked by the
 * schema, each text rendered through the pipeline and stored with its outline, its HTML and
 * paragraphs written to its file, its references resolved to the vocabularies' entries. Earlier
 * versions of a text are not loaded.
 */
export async function readoutsOf(dir: string): Promise<Readout[]> {
  const [topics, people, kinds, names] = await Promise.all([
    entries<Topic>(dir, 'topics', topicSchema),
    entries<Person>(dir, 'people', personSchema),
    entries<Kind>(dir, 'kinds', kindSchema),
    readNameForms(join(dir, 'people.yaml')),
  ]);
  const folder = await mkdtemp(join(tmpdir(), 'readouts-html-'));
  const files = (await readdir(join(dir, 'meetings'))).filter((name) => name.endsWith('.md'));
  const loaded = await Promise.all(
    files.sort().map(async (name) => {
      const file = join(dir, 'meetings', name);
      const { data, body } = splitReadoutFile(await readFile(file, 'utf8'), file);
      const fields = meetingFieldsSchema.parse(data);
      const { outline, parts } = await renderReadout(body, file);
      const id = basename(name, '.md');
      const reference = (collection: string, to: string) => ({ collection, id: to });
      const entry = {
        id,
        collection: 'meetings',
        data: {
          ...fields,
          kind: reference('kinds', fields.kind),
          participants: fields.participants.map((participant) => ({
            ...participant,
            person: reference('people', participant.person),
          })),
          topics: fields.topics.map((topic) => reference('topics', topic)),
        },
        digest: id,
        rendered: {
          html: '',
          metadata: {
            frontmatter: {
              outline: storedOutline(outline, names),
              htmlFile: htmlFileOf(folder, id),
              versions: [],
            },
          },
        },
      } as unknown as MeetingEntry;
      // The readout's file, as src/stored/html.ts reads it: its HTML in parts, its paragraphs' text.
      await writeFile(
        htmlFileOf(folder, id),
        JSON.stringify({ parts, texts: paragraphTexts(outline) }),
      );
      return entry;
    }),
  );
  return loaded.map((entry) => resolveReadout(entry, { topics, people, kinds }));
}

/** The fictional meeting told by two sides, and a third readout (tests/fixtures/counterparts/site/). */
export const fictionalPair = (): Promise<Readout[]> =>
  readoutsOf('tests/fixtures/counterparts/site');

/** The archive's own readout, the Abe–Biden courtesy call of 21 September 2016 (content/). */
export const seedReadout = async (): Promise<Readout> =>
  readoutOf(await readoutsOf('content'), '2016-09-21-abe-biden');

/** The fictional meeting's two accounts: the ministry's and the department's. */
export async function fictionalAccounts(): Promise<{ ministry: Readout; department: Readout }> {
  const pair = await fictionalPair();
  return {
    ministry: readoutOf(pair, '2025-03-15-varga-marsh'),
    department: readoutOf(pair, '2025-03-14-marsh-varga'),
  };
}

/** The readout of an id among some, which a test names knowing it is there. */
export function readoutOf(readouts: readonly Readout[], id: string): Readout {
  const readout = readouts.find((candidate) => candidate.id === id);
  if (!readout)
    throw new Error(`No readout "${id}" among ${readouts.map((r) => r.id).join(', ')}.`);
  return readout;
}
