import rehypeHeadingLinks from './rehype-heading-links.ts';
import rehypeParagraphLinks from './rehype-paragraph-links.ts';
import rehypeReadoutParts from './rehype-readout-parts.ts';
import rehypeSections from './rehype-sections.ts';
import remarkHeadingIds from './remark-heading-ids.ts';
import remarkParagraphIds from './remark-paragraph-ids.ts';
import remarkReadoutOutline from './remark-readout-outline.ts';
import remarkRejectRawHtml from './remark-reject-raw-html.ts';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';

/**
 * The Markdown pipeline of a readout, run by the readouts' loader and by the unit tests. It
 * ends at the HTML tree: `rehype-readout-parts` writes the HTML the pages show, in parts, and
 * no page shows the whole. No GFM and no SmartyPants: they would change the source's
 * characters (quotes, dashes, a `~`), and the text is reproduced as published.
 */
export const readoutProcessor = unified()
  .use(remarkParse)
  .use([remarkRejectRawHtml, remarkHeadingIds, remarkParagraphIds, remarkReadoutOutline])
  .use(remarkRehype)
  .use([rehypeSections, rehypeHeadingLinks, rehypeParagraphLinks, rehypeReadoutParts])
  .freeze();
