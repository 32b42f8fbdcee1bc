import { readFileSync } from 'node:fs';

/** A block of the source text: a numbered section title or a paragraph. */
export interface SourceBlock {
  kind: 'heading' | 'paragraph';
  text: string;
}

/**
 * The blocks of a ministry's plain-text readout, read independently of our Markdown: the
 * page furniture (series, dateline, photo credit, "Back to ...") dropped, a short numbered
 * line taken as a section title.
 */
export function sourceBlocks(file: string): SourceBlock[] {
  const blocks = readFileSync(file, 'utf8')
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter(Boolean);
  const body = blocks.slice(
    blocks.findIndex((block) => block.startsWith('On ')),
    blocks.findIndex((block) => block.startsWith('Back to ')),
  );
  return body.map((text) => ({
    kind: /^\d+\.\s.{1,60}$/.test(text) ? 'heading' : 'paragraph',
    text,
  }));
}

/** The seed readout's source, as committed beside its Markdown. */
export const seedSource = 'content/sources/2016-09-21-abe-biden.txt';
export const seedPath = '/meetings/2016-09-21-abe-biden/';

/** The paragraphs of a readout's text on a page: those that carry their own permalink. */
export const textParagraphs = (page: import('@playwright/test').Page) =>
  page
    .locator('.readout-text p[id]')
    .filter({ has: page.getByRole('link', { name: /^Link to paragraph/ }) });
