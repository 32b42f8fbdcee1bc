import { readdir, readFile } from 'node:fs/promises';
import { basename, join, relative, resolve } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { htmlFileOf, htmlFolder, writeReadoutsHtml } from '../lib/readout-html.ts';
import { meetingSchema } from '../schemas/meeting.ts';
import { checkCounterparts } from './check-counterparts.ts';
import { checkUnpaired, pairedEntry } from './check-unpaired.ts';
import { checkOutline } from './check-outline.ts';
import { checkReferences, type Vocabularies } from './check-references.ts';
import { ContentError } from './content-error.ts';
import { splitReadoutFile } from './readout-file.ts';
import { renderPool } from './render-pool.ts';
import { isVersionFile, loadVersions } from './readout-versions.ts';
import { renderReadout } from './render-readout.ts';
import { schemaError } from './schema-error.ts';
import { paragraphTexts, storedOutline, type NameForms } from './stored-outline.ts';
import { readNameForms, readVocabulary } from './vocabulary.ts';

/**
 * Loads the readouts (`meetings/*.md`) of a content folder and checks each in full: its
 * frontmatter against the schema, its references against the vocabularies beside it, and its
 * text against its topics. Unlike Astro's `glob()`, which logs a failed render and goes on,
 * any error here stops the build and names the file and line.
 */
export function readoutsLoader(contentDir: string) {
  return {
    name: 'readouts-loader',
    schema: meetingSchema,
    load: async (context) => {
      const dir = resolve(contentDir, 'meetings');
      await loadAll(context, contentDir);
      // The people's forms of name decide which sections name them: a change reloads too.
      const people = resolve(contentDir, 'people.yaml');
      context.watcher?.on('all', (_event, path) => {
        if ((path.startsWith(dir) && path.endsWith('.md')) || path === people)
          void loadAll(context, contentDir);
      });
    },
  } satisfies Loader;
}

// A worker takes a while to start and to warm up: below a thousand readouts it saves nothing.
const readoutsForAWorker = 1000;

async function loadAll(context: LoaderContext, contentDir: string): Promise<void> {
  const dir = resolve(contentDir, 'meetings');
  const vocabulary = (name: string) => readVocabulary(join(contentDir, `${name}.yaml`));
  const [topics, people, kinds, names] = await Promise.all([
    vocabulary('topics'),
    vocabulary('people'),
    vocabulary('kinds'),
    readNameForms(join(contentDir, 'people.yaml')),
  ]);
  const vocabularies: Vocabularies = { topics, people, kinds };
  const files = (await readdir(dir, { recursive: true }))
    .filter((name) => name.endsWith('.md') && !isVersionFile(name))
    .sort();
  const folder = htmlFolder(context.config.cacheDir);
  const pool = files.length >= readoutsForAWorker ? renderPool() : undefined;
  const render = pool?.render ?? renderReadout;
  const loaded = await Promise.all(
    files.map((file) => loadOne(context, join(dir, file), vocabularies, names, folder, render)),
  ).finally(() => pool?.close());
  const seen = new Set<string>();
  for (const { id, filePath } of loaded.map(({ entry }) => entry)) {
    if (seen.has(id))
      throw new ContentError(
        filePath,
        undefined,
        `Another readout is also named "${id}.md": a readout's file name is its URL, so it must be unique.`,
      );
    seen.add(id);
  }
  checkCounterparts(loaded.map(({ entry, text }) => ({ ...entry, body: text })));
  checkUnpaired(loaded.map(({ entry }) => pairedEntry(entry)));
  // Written once every readout has passed, so that the HTML always matches the stored entries.
  await writeReadoutsHtml(folder, [
    ...loaded.map(({ entry, parts, texts }) => ({ id: entry.id, parts, texts })),
    ...loaded.flatMap(({ versionsHtml }) => versionsHtml),
  ]);
  context.store.clear();
  // The file's text is not stored: the Markdown export reads the file itself.
  for (const { entry } of loaded) context.store.set(entry);
}

async function loadOne(
  context: LoaderContext,
  path: string,
  vocabularies: Vocabularies,
  names: NameForms,
  folder: string,
  render: typeof renderReadout,
) {
  const file = relative(process.cwd(), path);
  const text = await readFile(path, 'utf8');
  const readout = splitReadoutFile(text, file);
  const parsed = meetingSchema.safeParse(readout.data);
  if (!parsed.success) throw schemaError(parsed.error, file, readout);
  checkReferences(parsed.data, vocabularies, file, readout);
  const { outline, parts } = await render(readout.body, file);
  checkOutline(
    outline,
    parsed.data.topics.map(({ id }) => id),
    file,
  );
  const id = basename(path, '.md');
  const versions = await loadVersions(
    { id, path, data: parsed.data, lineOf: readout.lineOf },
    render,
    names,
  );
  // The pages compose the parts of the HTML, kept with the paragraphs' text in a file of their
  // own; the whole HTML, which no page shows, is not kept at all.
  const htmlFile = htmlFileOf(folder, id);
  const stored = storedOutline(outline, names);
  const storedVersions = versions.stored.map(({ htmlId, ...version }) => ({
    ...version,
    htmlFile: htmlFileOf(folder, htmlId),
  }));
  const entry = {
    id,
    data: parsed.data,
    filePath: file,
    digest: context.generateDigest(text),
    rendered: {
      html: '',
      metadata: { frontmatter: { outline: stored, htmlFile, versions: storedVersions } },
    },
  };
  return { entry, parts, texts: paragraphTexts(outline), text, versionsHtml: versions.html };
}
