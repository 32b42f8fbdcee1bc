import type { TextBlock } from './markdown.ts';
import type { BodyBlock } from '../draft.ts';
import type { ParagraphAnchor } from '../vocabulary/paragraph-topics.ts';
import type { SectionAnchor } from '../vocabulary/readout-topics.ts';

/**
 * The blocks of the Markdown: the lead, then sections (`##`, with their anchors), sub-items
 * (`###`, `<section>-<n>`) and paragraphs, each paragraph with the anchor that binds it to its
 * topics in a readout without sections (`paragraphs[0]` is the lead's).
 */
export function readoutBlocks(
  lead: string,
  blocks: readonly BodyBlock[],
  sections: readonly SectionAnchor[],
  paragraphs: readonly (ParagraphAnchor | undefined)[] = [],
): TextBlock[] {
  let section = '';
  let sectionIndex = 0;
  let paragraphIndex = 0;
  const paragraph = (text: string): TextBlock => {
    const anchor = paragraphs[paragraphIndex];
    paragraphIndex += 1;
    return anchor ? { type: 'paragraph', text, anchor } : { type: 'paragraph', text };
  };
  return [
    paragraph(lead),
    ...blocks.map((block): TextBlock => {
      if (block.type === 'section') {
        const anchor = sections[sectionIndex] ?? { id: '', topics: [] };
        section = anchor.id;
        sectionIndex += 1;
        return { type: 'heading', depth: 2, text: block.text, anchor };
      }
      if (block.type === 'sub-item')
        return {
          type: 'heading',
          depth: 3,
          text: block.text,
          anchor: { id: `${section}-${block.number}`, topics: [] },
        };
      return paragraph(block.text);
    }),
  ];
}
