import type { Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { Plugin } from 'unified';

/**
 * Hands each section's body (everything but its heading) to the pages as
 * `remarkPluginFrontmatter.sectionHtml[id]`, so that a section's own page shows exactly the
 * HTML of the full readout. Runs after `rehype-sections` and the link plugins.
 */
const rehypeSectionHtml: Plugin<[], Root> = () => (tree, file) => {
  const sectionHtml: Record<string, string> = {};
  for (const node of tree.children) {
    if (node.type !== 'element' || node.tagName !== 'section') continue;
    const [heading, ...body] = node.children;
    const id = String(node.properties['ariaLabelledBy']);
    if (heading) sectionHtml[id] = toHtml(body).trim();
  }
  file.data.astro = { ...file.data.astro, frontmatter: { ...file.data.astro?.frontmatter, sectionHtml } };
};

export default rehypeSectionHtml;
