import type { ReadoutOutline } from '../markdown/outline.ts';
import { ContentError } from './content-error.ts';

/**
 * Checks a readout's text against its frontmatter: it has text, and every section is bound
 * to one of the readout's `topics`, so that a section's anchor is always a known topic.
 */
export function checkOutline(
  outline: ReadoutOutline,
  topics: readonly string[],
  file: string,
): void {
  if (
    outline.lead.length === 0 &&
    outline.sections.every((section) => section.paragraphs.length === 0)
  ) {
    throw new ContentError(
      file,
      undefined,
      'The readout has no text: write its paragraphs after the frontmatter.',
    );
  }
  for (const section of outline.sections) {
    if (!topics.includes(section.id)) {
      throw new ContentError(
        file,
        section.line,
        `The section "${section.title}" is bound to "${section.id}", which is not in this readout's \`topics\` (${topics.join(', ')}).`,
      );
    }
  }
}
