import type { Root, RootContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { Plugin } from 'unified';

/** The HTML of one `##` section: its heading (with its links) and its body. */
export interface SectionParts {
  headingHtml: string;
  bodyHtml: string;
}

/** A readout's HTML cut into the parts the pages compose: the lead, then each section by id. */
export interface ReadoutParts {
  leadHtml: string;
  sections: Record<string, SectionParts>;
}

/**
 * Hands the readout's HTML to the pages in parts (`file.data.parts`), so that
 * a readout page and a section page show the very same HTML of a section, and the pages can
 * add their own apparatus (citations, search records) around it. Runs after
 * `rehype-sections` and the link plugins.
 */
const rehypeReadoutParts: Plugin<[], Root> = () => (tree, file) => {
  const lead: RootContent[] = [];
  const parts: ReadoutParts = { leadHtml: '', sections: {} };
  for (const node of tree.children) {
    if (node.type === 'element' && node.tagName === 'section') {
      const [heading, ...body] = node.children;
      parts.sections[String(node.properties['ariaLabelledBy'])] = {
        headingHtml: heading ? toHtml(heading) : '',
        bodyHtml: toHtml(body).trim(),
      };
    } else {
      lead.push(node);
    }
  }
  parts.leadHtml = toHtml(lead).trim();
  file.data.parts = parts;
};

export default rehypeReadoutParts;
