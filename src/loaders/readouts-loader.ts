import { readdir, readFile } from 'node:fs/promises';
import { basename, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { outlineOf } from '../markdown/outline.ts';
import { checkCounterparts } from './check-counterparts.ts';
import { checkOutline } from './check-outline.ts';
import { ContentError } from './content-error.ts';
import { schemaError } from './schema-error.ts';
import { splitReadoutFile } from './readout-file.ts';

/**
 * Loads the readouts (`*.md`) of a folder. Unlike Astro's `glob()`, which logs a failed
 * render and goes on, any error here stops the build and names the file and line.
 */
export function readoutsLoader(folder: string): Loader {
  return {
    name: 'readouts-loader',
    load: async (context) => {
      const dir = resolve(folder);
      await loadAll(context, dir);
      context.watcher?.on('all', (_event, path) => {
        if (path.startsWith(dir) && path.endsWith('.md')) void loadAll(context, dir);
      });
    },
  };
}

async function loadAll(context: LoaderContext, dir: string): Promise<void> {
  const files = (await readdir(dir, { recursive: true }))
    .filter((name) => name.endsWith('.md'))
    .sort();
  const entries = await Promise.all(files.map((name) => loadOne(context, join(dir, name))));
  const seen = new Set<string>();
  for (const { id, filePath } of entries) {
    if (seen.has(id))
      throw new ContentError(
        filePath,
        undefined,
        `Another readout is also named "${id}.md": a readout's file name is its URL, so it must be unique.`,
      );
    seen.add(id);
  }
  checkCounterparts(entries);
  context.store.clear();
  for (const entry of entries) context.store.set(entry);
}

async function loadOne(context: LoaderContext, path: string) {
  const file = relative(process.cwd(), path);
  const id = basename(path, '.md');
  const text = await readFile(path, 'utf8');
  const { data, frontmatter, body } = splitReadoutFile(text, file);
  const parsed = await context.parseData({ id, data, filePath: path }).catch((error: unknown) => {
    throw schemaError(error, file, frontmatter);
  });
  const rendered = await context
    .renderMarkdown(body, { fileURL: pathToFileURL(path) })
    .catch((error: unknown) => {
      const { line, reason } = error as { line?: number; reason?: string; message: string };
      throw new ContentError(file, line, reason ?? (error as Error).message);
    });
  const topics = (parsed['topics'] as { id: string }[]).map((topic) => topic.id);
  checkOutline(outlineOf(rendered.metadata?.frontmatter), topics, file);
  return {
    id,
    data: parsed,
    body: text,
    filePath: file,
    digest: context.generateDigest(text),
    rendered,
  };
}
