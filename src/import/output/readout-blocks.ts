import type { TextBlock } from './markdown.ts';
import type { BodyBlock } from '../source/sections.ts';
import type { Topic } from '../vocabulary/vocabulary.ts';

/** The blocks of the Markdown: the lead, then sections (`##`, the topic's id), sub-items (`###`, `<section>-<n>`) and paragraphs. */
export function readoutBlocks(
  lead: string,
  blocks: readonly BodyBlock[],
  sectionTopics: readonly Topic[],
): TextBlock[] {
  let section = '';
  let sectionIndex = 0;
  return [
    { type: 'paragraph', text: lead },
    ...blocks.map((block): TextBlock => {
      if (block.type === 'section') {
        section = sectionTopics[sectionIndex]?.id ?? '';
        sectionIndex += 1;
        return { type: 'heading', depth: 2, text: block.text, id: section };
      }
      if (block.type === 'sub-item')
        return { type: 'heading', depth: 3, text: block.text, id: `${section}-${block.number}` };
      return { type: 'paragraph', text: block.text };
    }),
  ];
}
