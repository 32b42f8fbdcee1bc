import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** What a page costs a reader before they interact with it. */
export interface PageWeight {
  /** The HTML and every stylesheet it loads, gzip-compressed: what the first round trip must carry. */
  htmlAndCssGzip: number;
  /** Bytes of the scripts the page runs on load (inline and external; on-demand imports excluded), uncompressed. */
  scriptBytes: number;
}

/** What a page may weigh: HTML and CSS in the first round trip (ten TCP segments of 1,460
 * bytes), and the JavaScript a reading page runs before the reader does anything. */
export const pageBudget = { htmlAndCssGzip: 14_600, scriptBytes: 2_048 };

const gzipped = (text: string): number => gzipSync(text, { level: 9 }).length;

/** Weighs a built page. `load(path)` reads a file of the site by its address. */
export function pageWeight(html: string, load: (address: string) => string): PageWeight {
  const stylesheets = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map(
    (match) => load(match[1] ?? ''),
  );
  const inline = [
    ...html.matchAll(
      /<script(?![^>]*\ssrc=)(?![^>]*type="application\/ld\+json")[^>]*>([\s\S]*?)<\/script>/g,
    ),
  ].map((match) => match[1] ?? '');
  const external = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((match) =>
    load(match[1] ?? ''),
  );
  return {
    htmlAndCssGzip: gzipped(html) + stylesheets.reduce((sum, css) => sum + gzipped(css), 0),
    scriptBytes: [...inline, ...external].reduce(
      (sum, script) => sum + Buffer.byteLength(script),
      0,
    ),
  };
}

/** Reads a file of a built site, served under `base`, by its address. */
export const siteReader =
  (dir: string, base: string) =>
  (address: string): string =>
    readFileSync(
      join(dir, address.startsWith(base) ? address.slice(base.length) : address),
      'utf8',
    );
