import { readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ReadoutParts, SectionParts } from '../markdown/rehype-readout-parts.ts';
import type { Readout } from './readout.ts';

// A readout's HTML and the text of its paragraphs live beside Astro's content store, one file a
// readout, not in it: Astro compiles its whole store into the build as one module, so what the
// store holds costs time and memory for every readout at once, and only a readout's own pages
// (its page, its sections and paragraphs, its exports, its comparisons) show them.

/** What a readout's file holds: its HTML in parts, and each paragraph's text by its id. */
interface ReadoutFile {
  parts: ReadoutParts;
  texts: Record<string, string>;
}

/** The folder of the readouts' files in Astro's cache folder. */
export const htmlFolder = (cacheDir: URL): string => join(fileURLToPath(cacheDir), 'readout-html');

/** The file of a readout's HTML and text, which its stored entry keeps. */
export const htmlFileOf = (folder: string, id: string): string => join(folder, `${id}.json`);

/**
 * Writes the readouts' files as each is loaded, into a folder of their own that replaces the
 * folder's files only once every readout has passed (`keep()`), so that the HTML always matches
 * the stored entries; `drop()` removes it after a failed load. One readout's file at a time is
 * in hand, never the archive's HTML at once.
 */
export async function readoutsHtmlWriter(folder: string): Promise<{
  write: (id: string, file: ReadoutFile) => Promise<void>;
  keep: () => Promise<void>;
  drop: () => Promise<void>;
}> {
  // A load of its own: the dev server may start another before this one ends.
  const loading = `${folder}-loading-${randomUUID()}`;
  await mkdir(loading, { recursive: true });
  return {
    write: (id, file) => writeFile(htmlFileOf(loading, id), JSON.stringify(file)),
    keep: async () => {
      await rm(folder, { recursive: true, force: true });
      await rename(loading, folder);
    },
    drop: () => rm(loading, { recursive: true, force: true }),
  };
}

// The pages of one readout (its page, then its sections) are built one after another: keeping
// the last readout's HTML reads each file about once. Its digest changes with its text, as it
// does when the dev server reloads an edited readout.
let last: { key: string; file: ReadoutFile } | undefined;

function readoutFile(readout: Readout): ReadoutFile {
  const key = `${readout.htmlFile} ${readout.entry.digest ?? ''}`;
  if (last?.key !== key)
    last = { key, file: JSON.parse(readFileSync(readout.htmlFile, 'utf8')) as ReadoutFile };
  return last.file;
}

/** A readout's HTML, read from the file its loader wrote. */
export const readoutHtml = (readout: Readout): ReadoutParts => readoutFile(readout).parts;

/** The text of one of a readout's paragraphs; throws when it has none, rather than show it empty. */
export function paragraphText(readout: Readout, id: string): string {
  const text = readoutFile(readout).texts[id];
  if (text === undefined)
    throw new Error(`The text of readout "${readout.id}" has no paragraph "${id}".`);
  return text;
}

/** The HTML of one of a readout's sections; throws when it has none, rather than show it empty. */
export function sectionHtml(readout: Readout, id: string): SectionParts {
  const section = readoutHtml(readout).sections[id];
  if (!section) throw new Error(`The HTML of readout "${readout.id}" has no section "${id}".`);
  return section;
}
