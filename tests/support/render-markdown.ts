import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { readoutMarkdown } from '../../src/markdown/pipeline.ts';

const processor = await createMarkdownProcessor({ ...readoutMarkdown, syntaxHighlight: false });

/** Renders Markdown through the site's real readout pipeline. */
export async function renderReadout(markdown: string) {
  const { code, metadata } = await processor.render(markdown, {
    fileURL: new URL('file:///content/meetings/test.md'),
  });
  return { html: code, frontmatter: metadata.frontmatter };
}
