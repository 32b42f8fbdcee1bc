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
  /**
   * The same with the published text's paragraphs emptied: what the page weighs besides the
   * text. Weighed, and undefined, as `openingGzip`.
   */
  besidesTextGzip: number | undefined;
  /** Bytes of the scripts the page runs on load (inline and external; on-demand imports excluded), uncompressed. */
  scriptBytes: number;
}

/** What a page may weigh: HTML and CSS in the first round trip (ten TCP segments of 1,460
 * bytes), and the JavaScript a reading page runs before the reader does anything. */
export const pageBudget = { htmlAndCssGzip: 14_600, scriptBytes: 2_048 };

/**
 * Whether a page's HTML and CSS keep the first round trip: the whole page, or a page longer only
 * by its published text. A publisher's text is published whole however long it is (a summit's
 * readout can run to 30 KB), and a browser shows it as it arrives, the CSS being inlined in the
 * head: such a page must reach the end of the text's first paragraph within the budget, and
 * weigh no more than the budget besides the text.
 */
export const withinBudget = ({
  htmlAndCssGzip,
  openingGzip,
  besidesTextGzip,
}: PageWeight): boolean =>
  htmlAndCssGzip <= pageBudget.htmlAndCssGzip ||
  (openingGzip !== undefined &&
    besidesTextGzip !== undefined &&
    Math.max(openingGzip, besidesTextGzip) <= pageBudget.htmlAndCssGzip);

// A paragraph of published text: numbered in its readout, or of an account on a comparison.
const paragraph = /(<p\b[^>]*\sdata-paragraph="[^"]*"[^>]*>)[\s\S]*?(<\/p>)/g;
const accountText = /(<div class="account-text">)[\s\S]*?(<\/div>)/g;
const publishedText = [paragraph, accountText];

/** The page's HTML up to the end of its first paragraph of published text, if it has one. */
function opening(html: string): string | undefined {
  const starts = publishedText.map((text) => html.search(text)).filter((start) => start >= 0);
  const end = starts.length === 0 ? -1 : html.indexOf('</p>', Math.min(...starts));
  return end < 0 ? undefined : html.slice(0, end + '</p>'.length);
}

/** The page's HTML with its published text's paragraphs emptied. */
const besidesText = (html: string): string =>
  publishedText.reduce((page, text) => page.replace(text, '$1$2'), html);

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
    besidesTextGzip: opened === undefined ? undefined : gzipped(besidesText(html)) + css,
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
