import type { ReadoutOutline } from '../markdown/outline.ts';
import { ContentError } from './content-error.ts';

/**
 * Checks a readout's text against its frontmatter: it has text, and every topic a section or
 * paragraph is bound to is one of the readout's `topics`, so that topic pages and search find
 * exactly the text the readout says it covers.
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
  const known = topics.join(', ');
  for (const section of outline.sections) {
    for (const topic of section.topics.filter((id) => !topics.includes(id))) {
      throw new ContentError(
        file,
        section.line,
        `The section "${section.title}" is bound to "${topic}", which is not in this readout's \`topics\` (${known}).`,
      );
    }
    checkParagraphs(section.paragraphs, topics, file);
  }
  checkParagraphs(outline.lead, topics, file);
}

function checkParagraphs(
  paragraphs: ReadoutOutline['lead'],
  topics: readonly string[],
  file: string,
): void {
  for (const paragraph of paragraphs) {
    const unknown = paragraph.topics?.find((id) => !topics.includes(id));
    if (unknown !== undefined)
      throw new ContentError(
        file,
        paragraph.line,
        `The paragraph "${paragraph.id}" is bound to "${unknown}", which is not in this readout's \`topics\` (${topics.join(', ')}).`,
      );
  }
}
