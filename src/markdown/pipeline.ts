import rehypeHeadingLinks from './rehype-heading-links.ts';
import rehypeParagraphLinks from './rehype-paragraph-links.ts';
import rehypeReadoutParts from './rehype-readout-parts.ts';
import rehypeSections from './rehype-sections.ts';
import remarkHeadingIds from './remark-heading-ids.ts';
import remarkParagraphIds from './remark-paragraph-ids.ts';
import remarkReadoutOutline from './remark-readout-outline.ts';
import remarkRejectRawHtml from './remark-reject-raw-html.ts';

/**
 * The Markdown pipeline of a readout, shared by the site and the unit tests. SmartyPants and
 * GFM are off because they would change the source's characters (quotes, dashes, a `~`):
 * the text is reproduced as published, character for character.
 */
export const readoutMarkdown = {
  gfm: false,
  smartypants: false,
  remarkPlugins: [remarkRejectRawHtml, remarkHeadingIds, remarkParagraphIds, remarkReadoutOutline],
  rehypePlugins: [rehypeSections, rehypeHeadingLinks, rehypeParagraphLinks, rehypeReadoutParts],
};
