import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** What a page costs a reader before they interact with it. */
export interface PageWeight {
  /** The HTML and every stylesheet it loads, gzip-compressed: what the first round trip must carry. */
  htmlAndCssGzip: number;
  /**
   * The same up to the end of the page's first paragraph of published text (a readout's or a
   * section's, or the first account's on a comparison): what the first round trip must carry
   * for reading to begin. Weighed only for a page over the budget as a whole; undefined on
   * others and on a page without published text.
   */
  openingGzip: number | undefined;
  /** Bytes of the scripts the page runs on load (inline and external; on-demand imports excluded), uncompressed. */
  scriptBytes: number;
}

/** What a page may weigh: HTML and CSS in the first round trip (ten TCP segments of 1,460
 * bytes), and the JavaScript a reading page runs before the reader does anything. */
export const pageBudget = { htmlAndCssGzip: 14_600, scriptBytes: 2_048 };

/**
 * Whether a page's HTML and CSS keep the first round trip: the whole page, or, on a page of
 * published text, the page up to the end of the text's first paragraph. A publisher's text is
 * published whole however long it is (a summit's readout can run to 30 KB), and a browser shows
 * it as it arrives, the CSS being inlined in the head. What surrounds the text is the same on
 * short readouts, where the whole page is held to the budget.
 */
export const withinBudget = ({ htmlAndCssGzip, openingGzip }: PageWeight): boolean =>
  htmlAndCssGzip <= pageBudget.htmlAndCssGzip ||
  (openingGzip !== undefined && openingGzip <= pageBudget.htmlAndCssGzip);

// Where a page's published text begins: a paragraph numbered in its readout, or the first
// account's text on a comparison.
const publishedText = /\sdata-paragraph="|\sclass="account-text"/;

/** The page's HTML up to the end of its first paragraph of published text, if it has one. */
function opening(html: string): string | undefined {
  const start = html.search(publishedText);
  const end = start < 0 ? -1 : html.indexOf('</p>', start);
  return end < 0 ? undefined : html.slice(0, end + '</p>'.length);
}

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
  const css = stylesheets.reduce((sum, sheet) => sum + gzipped(sheet), 0);
  const htmlAndCssGzip = gzipped(html) + css;
  const opened = htmlAndCssGzip > pageBudget.htmlAndCssGzip ? opening(html) : undefined;
  return {
    htmlAndCssGzip,
    openingGzip: opened === undefined ? undefined : gzipped(opened) + css,
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
