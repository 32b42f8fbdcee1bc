import { readFileSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
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

/** Replaces the folder's files with those of the readouts just loaded. */
export async function writeReadoutsHtml(
  folder: string,
  readouts: ({ id: string } & ReadoutFile)[],
): Promise<void> {
  await rm(folder, { recursive: true, force: true });
  await mkdir(folder, { recursive: true });
  await Promise.all(
    readouts.map(({ id, parts, texts }) =>
      writeFile(htmlFileOf(folder, id), JSON.stringify({ parts, texts } satisfies ReadoutFile)),
    ),
  );
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
