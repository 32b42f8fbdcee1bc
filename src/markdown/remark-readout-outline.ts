import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Plugin } from 'unified';
import { idOf } from './node-ids.ts';
import type { OutlineParagraph, ReadoutOutline } from './outline.ts';

/**
 * Reads the structure of a readout (lead, sections, sub-items, paragraphs with their ids and
 * plain text) and hands it to the pages as `file.data.outline`, so that section
 * pages, topic pages, search and exports all quote the same text. Runs after the id plugins.
 */
const remarkReadoutOutline: Plugin<[], Root> = () => (tree, file) => {
  const outline: ReadoutOutline = { lead: [], sections: [] };
  let paragraphs: OutlineParagraph[] = outline.lead;
  for (const node of tree.children) {
    const id = idOf(node);
    if (node.type === 'heading' && node.depth === 2) {
      paragraphs = [];
      outline.sections.push({
        id,
        title: toString(node),
        line: node.position?.start.line ?? 0,
        subsections: [],
        paragraphs,
      });
    } else if (node.type === 'heading') {
      outline.sections.at(-1)?.subsections.push({ id, title: toString(node) });
    } else if (node.type === 'paragraph') {
      paragraphs.push({ id, text: toString(node) });
    } else if (node.type === 'list') {
      for (const item of node.children)
        paragraphs.push({ id: idOf(item), text: toString(item, { includeImageAlt: false }) });
    }
  }
  file.data.outline = outline;
};

export default remarkReadoutOutline;
