import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';

const safeUrl = /^(https?:|mailto:|#|\/)/i;

/**
 * Stops the build on raw HTML or script URLs in a readout. A readout is plain text from a
 * ministry: markup in it is either a mistake or an injection, and neither may reach a page.
 */
const remarkRejectRawHtml: Plugin<[], Root> = () => (tree, file) => {
  visit(tree, (node) => {
    if (node.type === 'html') {
      file.fail(
        `Raw HTML is not allowed in a readout: \`${node.value.slice(0, 60)}\`. ` +
          'Write the text as plain Markdown; if the source really shows these characters, escape the "<" as "\\<".',
        node,
        'readouts:raw-html',
      );
    }
    if (
      (node.type === 'link' || node.type === 'image' || node.type === 'definition') &&
      !safeUrl.test(node.url)
    ) {
      file.fail(
        `A link in a readout must use http, https or mailto, or be a path or #fragment: \`${node.url.slice(0, 60)}\`.`,
        node,
        'readouts:unsafe-url',
      );
    }
  });
};

export default remarkRejectRawHtml;
