import { readFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { basename, join, relative, resolve } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { mapInTurn } from '../lib/in-turn.ts';
import { htmlFileOf, htmlFolder, readoutsHtmlWriter } from '../stored/html-files.ts';
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
import { paragraphTexts, storedOutline, type NameForms } from '../stored/outline.ts';
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

// Readouts in hand at once, each with its file open for a moment and its HTML being written:
// enough to keep the worker fed while this thread renders its share, and far below any
// system's limit of open files, whatever the size of the archive.
const readoutsAtOnce = 32;

/** What the loader keeps of a readout once its HTML is written: its entry for the store. */
type Loaded = Awaited<ReturnType<typeof loadOne>>['entry'];

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
  const html = await readoutsHtmlWriter(folder);
  const pool = files.length >= readoutsForAWorker ? renderPool() : undefined;
  const render = pool?.render ?? renderReadout;
  let loaded: Loaded[];
  try {
    loaded = await mapInTurn(files, readoutsAtOnce, async (file) => {
      const { entry, parts, texts, versionsHtml } = await loadOne(
        context,
        join(dir, file),
        vocabularies,
        names,
        folder,
        render,
      );
      await html.write(entry.id, { parts, texts });
      for (const { id, parts: versionParts, texts: versionTexts } of versionsHtml)
        await html.write(id, { parts: versionParts, texts: versionTexts });
      return entry;
    }).finally(() => pool?.close());
    checkUnique(loaded);
    // The texts are read again only to tell the line of a link the check refuses.
    checkCounterparts(
      loaded.map((entry) => ({
        ...entry,
        body: () => readFileSync(resolve(entry.filePath), 'utf8'),
      })),
    );
    checkUnpaired(loaded.map(pairedEntry));
  } catch (error) {
    await html.drop();
    throw error;
  }
  // Kept once every readout has passed, so that the HTML always matches the stored entries.
  await html.keep();
  context.store.clear();
  // The file's text is not stored: the Markdown export reads the file itself.
  for (const entry of loaded) context.store.set(entry);
}

/** Refuses two readouts of one name (in two folders of `meetings/`): the name is the URL. */
function checkUnique(loaded: readonly Loaded[]): void {
  const seen = new Set<string>();
  for (const { id, filePath } of loaded) {
    if (seen.has(id))
      throw new ContentError(
        filePath,
        undefined,
        `Another readout is also named "${id}.md": a readout's file name is its URL, so it must be unique.`,
      );
    seen.add(id);
  }
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
  // A copy: the parsers' strings are slices of the file's text and of its body, and a slice
  // keeps its whole string alive. Astro holds the loader's entries to the end of the build,
  // and with them each readout's file twice over (18 KB a readout, 900 MB at 50,000 readouts,
  // which every garbage collection of the pages' build then went through).
  const entry = structuredClone({
    id,
    data: parsed.data,
    filePath: file,
    digest: context.generateDigest(text),
    rendered: {
      html: '',
      metadata: { frontmatter: { outline: stored, htmlFile, versions: storedVersions } },
    },
  });
  return { entry, parts, texts: paragraphTexts(outline), versionsHtml: versions.html };
}
