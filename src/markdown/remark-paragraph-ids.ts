import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import { idOf, setId } from './node-ids.ts';

/**
 * Numbers the paragraphs of a readout within their section, so that each has an id a
 * citation can point at: `tpp-p1` is the first paragraph of the section `tpp`, and `p1` the
 * first before any section. The text of a published readout does not change, so neither
 * do these numbers. Runs after `remark-heading-ids`.
 */
const remarkParagraphIds: Plugin<[], Root> = () => (tree) => {
  let prefix = '';
  let count = 0;
  for (const node of tree.children) {
    if (node.type === 'heading' && node.depth === 2) {
      prefix = `${idOf(node)}-`;
      count = 0;
    }
    const blocks = node.type === 'list' ? node.children : node.type === 'paragraph' ? [node] : [];
    for (const block of blocks) {
      count += 1;
      setId(block, `${prefix}p${count}`);
    }
  }
};

export default remarkParagraphIds;
