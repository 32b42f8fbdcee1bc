import { randomUUID } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ReadoutParts } from '../markdown/rehype-readout-parts.ts';

// A readout's HTML and the text of its paragraphs live beside Astro's content store, one file a
// readout, not in it: Astro compiles its whole store into the build as one module, so what the
// store holds costs time and memory for every readout at once, and only a readout's own pages
// (its page, its sections and paragraphs, its exports, its comparisons) show them.

/** What a readout's file holds: its HTML in parts, and each paragraph's text by its id. */
export interface ReadoutFile {
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
