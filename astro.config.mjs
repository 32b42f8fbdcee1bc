// @ts-check
import { defineConfig } from 'astro/config';
import { NoSiteAddress, siteAddress } from './src/build/site-address.ts';
import addressNote from './src/integrations/address-note.ts';
import searchIndex from './src/integrations/search-index.ts';
import sitemap from './src/integrations/sitemap.ts';

// The command of the `astro` CLI. `astro build` run by hand makes a site to deploy, so on a host
// that gives no address it is refused; `astro dev` and `astro check` are local. `npm run build`
// builds in a process of its own (src/cli/build-pages.ts) and hands it the address it decided.
const command = process.argv[2];
const address = (() => {
  try {
    return siteAddress(process.env, { local: command !== 'build' });
  } catch (error) {
    if (!(error instanceof NoSiteAddress)) throw error;
    console.error(error.message);
    process.exit(1);
  }
})();

export default defineConfig({
  site: address.site,
  base: address.base ?? '/',
  trailingSlash: 'always',
  // Test builds of other content keep their own cache, so that they can run beside the real one.
  ...(process.env.READOUTS_CACHE_DIR ? { cacheDir: process.env.READOUTS_CACHE_DIR } : {}),
  integrations: [
    // The 404 page is no page of the archive.
    sitemap({ filter: (page) => !page.endsWith('/404/') }),
    // Last, once every page is written: the Pagefind index and its brotli copies.
    searchIndex(),
    // Last of all: which address the citations use, said as the build's (or the server's) last line.
    ...(command === 'build' || command === 'dev' ? [addressNote(address.note)] : []),
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
