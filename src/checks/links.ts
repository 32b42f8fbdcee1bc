import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The addresses a built file points at: `href`/`src` in HTML, `<loc>`/`<link>` in XML, URLs in JSON. */
export function addressesIn(text: string, file: string): string[] {
  const patterns = file.endsWith('.html')
    ? [/\s(?:href|src)="([^"]*)"/g]
    : file.endsWith('.xml')
      ? [/<(?:loc|link)>([^<]*)<\/(?:loc|link)>/g]
      : [/"(https?:\/\/[^"]*)"/g];
  return patterns.flatMap((pattern) =>
    [...text.matchAll(pattern)].map((match) => (match[1] ?? '').replace(/&amp;/g, '&')),
  );
}

/** The ids of the elements of an HTML page. */
const idsIn = (html: string): Set<string> =>
  new Set([...html.matchAll(/\sid="([^"]*)"/g)].map((match) => match[1] ?? ''));

/** Where a built site stands: its folder, its origin, and the path it is served under. */
export interface BuiltSite {
  dir: string;
  origin: string;
  base: string;
}

/**
 * Why an address found in `page` does not lead anywhere in the built site, or '' when it does
 * (or is not the site's to check: another host, a `mailto:`).
 */
export function brokenReason(
  address: string,
  page: string,
  site: BuiltSite,
  ids: (file: string) => Set<string>,
): string {
  const pageUrl = new URL(page, `${site.origin}${site.base}`);
  const url = new URL(address, pageUrl);
  if (url.origin !== site.origin) return '';
  if (!url.pathname.startsWith(site.base)) return 'is outside the base path';
  const path = decodeURIComponent(url.pathname.slice(site.base.length));
  const file = path === '' || path.endsWith('/') ? `${path}index.html` : path;
  if (!existsSync(join(site.dir, file)) || statSync(join(site.dir, file)).isDirectory())
    return 'leads to no file';
  const fragment = decodeURIComponent(url.hash.slice(1));
  if (fragment && !ids(file).has(fragment)) return `has no element with the id "${fragment}"`;
  return '';
}

/** The ids of a built page, read once. */
export function idReader(dir: string): (file: string) => Set<string> {
  const cache = new Map<string, Set<string>>();
  return (file) => {
    let ids = cache.get(file);
    if (!ids) cache.set(file, (ids = idsIn(readFileSync(join(dir, file), 'utf8'))));
    return ids;
  };
}
