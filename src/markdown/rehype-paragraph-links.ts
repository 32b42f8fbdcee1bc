import type { Root } from 'hast';
import { h } from 'hastscript';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import { paragraphIdPattern } from './anchor-ids.ts';

/**
 * Ends every paragraph that has an id with a pilcrow linking to it, so that a reader can
 * take the link to one paragraph. The link is left out of search and of copied text.
 */
const rehypeParagraphLinks: Plugin<[], Root> = () => (tree) => {
  visit(tree, 'element', (node) => {
    const id = typeof node.properties['id'] === 'string' ? node.properties['id'] : '';
    const number = paragraphIdPattern.exec(id)?.[1];
    if (!number || (node.tagName !== 'p' && node.tagName !== 'li')) return;
    node.children.push(
      h('a', { className: ['paragraph-link'], href: `#${id}`, dataPagefindIgnore: '' }, [
        h('span', { ariaHidden: 'true' }, '¶'),
        h('span', { className: ['sr-only'] }, `Link to paragraph ${number} (${id})`),
      ]),
    );
  });
};

export default rehypeParagraphLinks;
