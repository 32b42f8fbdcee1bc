import { readFileSync } from 'node:fs';
import type { ReadoutParts, SectionParts } from '../markdown/rehype-readout-parts.ts';
import type { ReadoutFile } from './html-files.ts';

/** A readout (or a version of one) as the pages hold it: what tells its file and its text's. */
export interface StoredReadout {
  id: string;
  htmlFile: string;
  entry: { digest?: string | number | undefined };
}

// The pages of one readout (its page, then its sections) are built one after another: keeping
// the last readout's HTML reads each file about once. Its digest changes with its text, as it
// does when the dev server reloads an edited readout.
let last: { key: string; file: ReadoutFile } | undefined;

function readoutFile(readout: StoredReadout): ReadoutFile {
  const key = `${readout.htmlFile} ${String(readout.entry.digest ?? '')}`;
  if (last?.key !== key)
    last = { key, file: JSON.parse(readFileSync(readout.htmlFile, 'utf8')) as ReadoutFile };
  return last.file;
}

/** A readout's HTML, read from the file its loader wrote. */
export const readoutHtml = (readout: StoredReadout): ReadoutParts => readoutFile(readout).parts;

/** The text of one of a readout's paragraphs; throws when it has none, rather than show it empty. */
export function paragraphText(readout: StoredReadout, id: string): string {
  const text = readoutFile(readout).texts[id];
  if (text === undefined)
    throw new Error(`The text of readout "${readout.id}" has no paragraph "${id}".`);
  return text;
}

/** The HTML of one of a readout's sections; throws when it has none, rather than show it empty. */
export function sectionHtml(readout: StoredReadout, id: string): SectionParts {
  const section = readoutHtml(readout).sections[id];
  if (!section) throw new Error(`The HTML of readout "${readout.id}" has no section "${id}".`);
  return section;
}
