import { toHtml } from 'hast-util-to-html';
import { VFile } from 'vfile';
import { readoutProcessor } from '../../src/markdown/pipeline.ts';

/** Runs Markdown through the site's real readout pipeline: its HTML, and what the plugins hand to pages. */
export async function renderReadout(markdown: string) {
  const file = new VFile({ path: '/content/meetings/test.md', value: markdown });
  const tree = await readoutProcessor.run(readoutProcessor.parse(file), file);
  return { html: toHtml(tree), frontmatter: file.data };
}
