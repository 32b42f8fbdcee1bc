// The pages of the site, built by Astro in a process of their own (see src/build/build-site.ts):
// `node src/cli/build-pages.ts --out DIR [--site URL] [--base PATH] [--quiet]`. Prints its own
// errors.
import { parseArgs } from 'node:util';
import { build } from 'astro';

const { values } = parseArgs({
  options: {
    out: { type: 'string' },
    site: { type: 'string' },
    base: { type: 'string' },
    quiet: { type: 'boolean', default: false },
  },
});
const { out, site, base, quiet } = values;
if (!out) throw new Error('build-pages: --out is required.');
try {
  await build({
    outDir: out,
    ...(site ? { site } : {}),
    ...(base ? { base } : {}),
    ...(quiet ? { logLevel: 'error' as const } : {}),
  });
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
