import type { Element, Root, RootContent } from 'hast';
import type { Plugin } from 'unified';

/**
 * Wraps each `h2` and what follows it, up to the next `h2`, in a `<section>` labelled by
 * its heading, so that a section is one element to style, print, and cut out for its page.
 */
const rehypeSections: Plugin<[], Root> = () => (tree) => {
  const children: RootContent[] = [];
  let section: Element | undefined;
  for (const node of tree.children) {
    if (node.type === 'element' && node.tagName === 'h2') {
      section = {
        type: 'element',
        tagName: 'section',
        properties: {
          className: ['readout-section'],
          ariaLabelledBy: [String(node.properties['id'])],
        },
        children: [],
      };
      children.push(section);
    }
    (section ? section.children : children).push(node);
  }
  tree.children = children;
};

export default rehypeSections;
