// @ts-check
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { readoutMarkdown } from './src/markdown/pipeline.ts';

export default defineConfig({
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  base: process.env.BASE_PATH ?? '/',
  trailingSlash: 'always',
  // Test builds of other content keep their own cache, so that they can run beside the real one.
  ...(process.env.READOUTS_CACHE_DIR ? { cacheDir: process.env.READOUTS_CACHE_DIR } : {}),
  // The 404 page is no page of the archive.
  integrations: [sitemap({ filter: (page) => !page.endsWith('/404/') })],
  build: { format: 'directory', inlineStylesheets: 'always' },
  // Astro 7's default Markdown processor runs no remark or rehype plugins; ours shape every readout.
  // Reading pages load only their own small script: no module-preload helper for the dynamic
  // imports (the search code and Pagefind's highlighter load on demand, never on reading).
  vite: { build: { modulePreload: false } },
  markdown: { processor: unified(readoutMarkdown), syntaxHighlight: false },
  security: {
    // Astro hashes every script and style it emits; nothing inline runs without a hash.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        // Pagefind runs its index in WebAssembly, in a worker it may start from a blob.
        "worker-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
});
