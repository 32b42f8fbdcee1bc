import type { TextBlock } from './markdown.ts';
import type { BodyBlock } from '../source/sections.ts';
import type { SectionAnchor } from '../vocabulary/readout-topics.ts';

/** The blocks of the Markdown: the lead, then sections (`##`, with their anchors), sub-items (`###`, `<section>-<n>`) and paragraphs. */
export function readoutBlocks(
  lead: string,
  blocks: readonly BodyBlock[],
  anchors: readonly SectionAnchor[],
): TextBlock[] {
  let section = '';
  let sectionIndex = 0;
  return [
    { type: 'paragraph', text: lead },
    ...blocks.map((block): TextBlock => {
      if (block.type === 'section') {
        const anchor = anchors[sectionIndex] ?? { id: '', topics: [] };
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
      return { type: 'paragraph', text: block.text };
    }),
  ];
}
