import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { h } from 'hastscript';
import type { Plugin } from 'unified';
import { SKIP, visit } from 'unist-util-visit';

const headingTags = new Set(['h2', 'h3', 'h4']);

/**
 * Puts a self-link and a copy-link button beside every heading that has an id. Both sit
 * outside the heading so that its text (what search and screen readers take as the
 * section's title) stays the source's words; the button is hidden until a script can copy.
 */
const rehypeHeadingLinks: Plugin<[], Root> = () => (tree) => {
  visit(tree, 'element', (node, index, parent) => {
    const id = node.properties['id'];
    if (!parent || index === undefined || !headingTags.has(node.tagName) || typeof id !== 'string')
      return;
    const title = toString(node);
    parent.children[index] = h('div', { className: ['heading', `heading-${node.tagName}`] }, [
      node,
      ...headingTools(id, title),
    ]);
    return SKIP;
  });
};

function headingTools(id: string, title: string): Element[] {
  return [
    h('a', { className: ['heading-link'], href: `#${id}`, dataPagefindIgnore: '' }, [
      h('span', { className: ['sr-only'] }, `Link to section “${title}”`),
      h('span', { ariaHidden: 'true' }, '#'),
    ]),
    h(
      'button',
      {
        type: 'button',
        className: ['copy-link'],
        dataCopyFragment: id,
        hidden: true,
        dataPagefindIgnore: '',
      },
      ['Copy link', h('span', { className: ['sr-only'] }, ` to “${title}”`)],
    ),
  ];
}

export default rehypeHeadingLinks;
