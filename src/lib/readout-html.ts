import { readFileSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ReadoutParts, SectionParts } from '../markdown/rehype-readout-parts.ts';
import type { Readout } from './readout.ts';

// A readout's HTML lives beside Astro's content store, one file a readout, not in it: Astro
// compiles its whole store into the build as one module, so what the store holds costs time and
// memory for every readout at once, and only a readout's own pages show its HTML.

/** The folder of the readouts' HTML in Astro's cache folder. */
export const htmlFolder = (cacheDir: URL): string => join(fileURLToPath(cacheDir), 'readout-html');

/** The file of a readout's HTML, which its stored entry keeps. */
export const htmlFileOf = (folder: string, id: string): string => join(folder, `${id}.json`);

/** Replaces the folder's files with the HTML of the readouts just loaded. */
export async function writeReadoutsHtml(
  folder: string,
  readouts: { id: string; parts: ReadoutParts }[],
): Promise<void> {
  await rm(folder, { recursive: true, force: true });
  await mkdir(folder, { recursive: true });
  await Promise.all(
    readouts.map(({ id, parts }) => writeFile(htmlFileOf(folder, id), JSON.stringify(parts))),
  );
}

// The pages of one readout (its page, then its sections) are built one after another: keeping
// the last readout's HTML reads each file about once. Its digest changes with its text, as it
// does when the dev server reloads an edited readout.
let last: { key: string; parts: ReadoutParts } | undefined;

/** A readout's HTML, read from the file its loader wrote. */
export function readoutHtml(readout: Readout): ReadoutParts {
  const key = `${readout.htmlFile} ${readout.entry.digest ?? ''}`;
  if (last?.key !== key)
    last = { key, parts: JSON.parse(readFileSync(readout.htmlFile, 'utf8')) as ReadoutParts };
  return last.parts;
}

/** The HTML of one of a readout's sections; throws when it has none, rather than show it empty. */
export function sectionHtml(readout: Readout, id: string): SectionParts {
  const section = readoutHtml(readout).sections[id];
  if (!section) throw new Error(`The HTML of readout "${readout.id}" has no section "${id}".`);
  return section;
}
