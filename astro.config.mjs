// @ts-check
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { readoutMarkdown } from './src/markdown/pipeline.ts';

export default defineConfig({
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  base: process.env.BASE_PATH ?? '/',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  // Astro 7's default Markdown processor runs no remark or rehype plugins; ours shape every readout.
  markdown: { processor: unified(readoutMarkdown) },
  security: { csp: true },
});
