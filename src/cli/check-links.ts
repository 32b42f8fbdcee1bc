// `npm run check:links`: every internal link, asset and #fragment of the built site (pages,
// feed, sitemap, JSON exports) must lead somewhere; fails with the page and the link.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { builtFiles } from '../checks/built-files.ts';
import { addressesIn, brokenReason, idReader } from '../checks/links.ts';
import { normaliseBase } from '../lib/base-path.ts';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: 'dist' },
    site: { type: 'string', default: process.env['SITE_URL'] ?? 'http://localhost:4321' },
    base: { type: 'string', default: process.env['BASE_PATH'] ?? '/' },
  },
});
const site = {
  dir: values.dir,
  origin: new URL(values.site).origin,
  base: normaliseBase(values.base),
};
const ids = idReader(site.dir);
const files = await builtFiles(site.dir, ['.html', '.xml', '.json']);
let checked = 0;
const broken: string[] = [];
for (const file of files) {
  for (const address of addressesIn(await readFile(join(site.dir, file), 'utf8'), file)) {
    checked += 1;
    const reason = brokenReason(address, file, site, ids);
    if (reason) broken.push(`${file}: ${address} ${reason}`);
  }
}
for (const line of broken) console.error(line);
console.log(
  `Links: ${String(checked)} addresses in ${String(files.length)} files, ${String(broken.length)} broken`,
);
if (broken.length > 0) process.exitCode = 1;
