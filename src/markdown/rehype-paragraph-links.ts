import type { Root } from 'hast';
import { h } from 'hastscript';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';

/**
 * Ends every numbered paragraph with a pilcrow linking to it, so that a reader can take the
 * link to one paragraph. The link is left out of search and of copied text. The number comes
 * from `remark-paragraph-ids` as `data-paragraph`, kept for the paragraph's citation ("para. 2").
 */
const rehypeParagraphLinks: Plugin<[], Root> = () => (tree) => {
  visit(tree, 'element', (node) => {
    const { id, dataParagraph: number } = node.properties;
    if (typeof id !== 'string' || typeof number !== 'number') return;
    node.children.push(
      h('a', { className: ['paragraph-link'], href: `#${id}`, dataPagefindIgnore: '' }, [
        h('span', { ariaHidden: 'true' }, '¶'),
        h('span', { className: ['sr-only'] }, `Link to paragraph ${number} (${id})`),
      ]),
    );
  });
};

export default rehypeParagraphLinks;
