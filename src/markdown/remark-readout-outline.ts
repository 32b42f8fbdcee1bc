import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Plugin } from 'unified';
import type { Node } from 'unist';
import { idOf, paragraphNumberOf, topicsOf } from './node-ids.ts';
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
        topics: topicsOf(node),
        title: toString(node),
        line: node.position?.start.line ?? 0,
        subsections: [],
        paragraphs,
      });
    } else if (node.type === 'heading') {
      outline.sections.at(-1)?.subsections.push({ id, title: toString(node) });
    } else if (node.type === 'paragraph') {
      paragraphs.push(paragraphOf(node, toString(node)));
    } else if (node.type === 'list') {
      for (const item of node.children) paragraphs.push(paragraphOf(item, toString(item)));
    }
  }
  file.data.outline = outline;
};

/** A paragraph's entry in the outline; `topics` only where the paragraph declared them. */
function paragraphOf(node: Node, text: string): OutlineParagraph {
  const topics = topicsOf(node);
  return {
    id: idOf(node),
    number: paragraphNumberOf(node) ?? 0,
    text,
    ...(topics.length > 0 ? { topics, line: node.position?.start.line ?? 0 } : {}),
  };
}

export default remarkReadoutOutline;
