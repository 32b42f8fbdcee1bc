// @ts-check
import { defineConfig } from 'astro/config';
import searchIndex from './src/integrations/search-index.ts';
import sitemap from './src/integrations/sitemap.ts';

export default defineConfig({
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  base: process.env.BASE_PATH ?? '/',
  trailingSlash: 'always',
  // Test builds of other content keep their own cache, so that they can run beside the real one.
  ...(process.env.READOUTS_CACHE_DIR ? { cacheDir: process.env.READOUTS_CACHE_DIR } : {}),
  integrations: [
    // The 404 page is no page of the archive.
    sitemap({ filter: (page) => !page.endsWith('/404/') }),
    // Last, once every page is written: the Pagefind index and its brotli copies.
    searchIndex(),
  ],
  build: { format: 'directory', inlineStylesheets: 'always' },
  vite: {
    build: {
      // Reading pages load only their own small script: no module-preload helper for the dynamic
      // imports (the search code and Pagefind's highlighter load on demand, never on reading).
      modulePreload: false,
      // Scripts are files, cached from page to page, never inlined: a module script runs after
      // the page is read, so it adds nothing to reading's one round trip, and tens of thousands
      // of pages need not each carry a copy.
      assetsInlineLimit: 0,
    },
  },
  // Readouts are rendered by their loader (src/markdown/pipeline.ts); Astro renders no Markdown,
  // and no code is highlighted.
  markdown: { syntaxHighlight: false },
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
