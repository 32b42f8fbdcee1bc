import type { StoredVersion } from '../loaders/readout-versions.ts';
import type { StoredOutline } from '../loaders/stored-outline.ts';
import type { ReadoutOutline } from './outline.ts';
import type { ReadoutParts } from './rehype-readout-parts.ts';

/** What the readout plugins hand to the pages: the outline of the text and its HTML in parts. */
export interface ReadoutText {
  outline: ReadoutOutline;
  parts: ReadoutParts;
}

// The plugins write their results on the file they process, under these names.
declare module 'vfile' {
  interface DataMap {
    outline: ReadoutOutline;
    parts: ReadoutParts;
  }
}

/**
 * The text the plugins left on a processed file, or in the stored readout. Throws when a plugin
 * is missing from the pipeline, rather than publish a readout without its text.
 */
export function readoutTextOf(frontmatter: unknown): ReadoutText {
  const { outline, parts } = (frontmatter ?? {}) as Partial<ReadoutText>;
  if (!outline || !parts)
    throw new Error(
      `This readout was rendered without its ${outline ? 'parts' : 'outline'}: are remark-readout-outline and rehype-readout-parts in the Markdown pipeline (src/markdown/pipeline.ts)?`,
    );
  return { outline, parts };
}

/** What the loader stores of a readout's text: its outline, and the file its HTML and text are in. */
export interface StoredText {
  outline: StoredOutline;
  htmlFile: string;
  /** The earlier versions of the text, oldest first (src/loaders/readout-versions.ts). */
  versions: StoredVersionText[];
}

/** An earlier version of a readout's text as the store keeps it. */
export interface StoredVersionText extends Omit<StoredVersion, 'htmlId'> {
  htmlFile: string;
}

/** The text a stored readout carries; throws when the loader stored none. */
export function storedTextOf(frontmatter: unknown): StoredText {
  const { outline, htmlFile, versions } = (frontmatter ?? {}) as Partial<StoredText>;
  if (!outline || htmlFile === undefined)
    throw new Error(
      'This readout was stored without its text: see src/loaders/readouts-loader.ts.',
    );
  return { outline, htmlFile, versions: versions ?? [] };
}
