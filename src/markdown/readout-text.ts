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
