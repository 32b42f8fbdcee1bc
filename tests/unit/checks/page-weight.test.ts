import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../src/bench/synthetic/random.ts';
import { pageBudget, pageWeight, withinBudget } from '../../../src/checks/page-weight.ts';

describe('the page weigher', () => {
  const files: Record<string, string> = {
    '/_astro/a.js': 'console.log(1);',
    '/_astro/s.css': 'body{margin:0}',
  };
  const load = (address: string) => files[address] ?? '';

  it('counts the scripts a page runs on load, inline and external, but not JSON-LD', () => {
    const html =
      '<script type="module">let a=1;</script><script type="module" src="/_astro/a.js"></script><script type="application/ld+json">{"a":1}</script>';
    expect(pageWeight(html, load).scriptBytes).toBe('let a=1;'.length + 'console.log(1);'.length);
  });

  it('weighs the HTML and its stylesheets gzip-compressed', () => {
    const html = '<link rel="stylesheet" href="/_astro/s.css"><p>Hello</p>';
    expect(pageWeight(html, load).htmlAndCssGzip).toBe(
      gzipSync(html, { level: 9 }).length + gzipSync('body{margin:0}', { level: 9 }).length,
    );
  });

  // Words that compress about as badly as prose: seeded random letters.
  const prose = (length: number, seed = 7) => {
    const random = seededRandom(seed);
    return Array.from({ length }, () =>
      random() < 0.15 ? ' ' : String.fromCodePoint(97 + Math.floor(random() * 26)),
    ).join('');
  };
  const head = '<html><head><style>body{margin:0}</style></head><body><h1>A readout</h1>';
  const paragraph = (n: number, text: string) =>
    `<p data-paragraph="${String(n)}" id="p${String(n)}">${text}</p>`;

  it('holds a page to the budget up to its text’s first paragraph when the text makes it longer', () => {
    const html = `${head}${paragraph(1, prose(2_000))}${paragraph(2, prose(40_000, 11))}</body></html>`;
    const weight = pageWeight(html, load);
    expect(weight.htmlAndCssGzip).toBeGreaterThan(pageBudget.htmlAndCssGzip);
    const opening = html.slice(0, html.indexOf('</p>') + '</p>'.length);
    expect(weight.openingGzip).toBe(gzipSync(opening, { level: 9 }).length);
    expect(withinBudget(weight)).toBe(true);
  });

  it('refuses a page whose first round trip does not reach the end of the text’s first paragraph', () => {
    const html = `${head}${paragraph(1, prose(40_000))}</body></html>`;
    expect(withinBudget(pageWeight(html, load))).toBe(false);
  });

  it('refuses a page longer by more than its text, wherever the rest stands', () => {
    const html = `${head}${paragraph(1, prose(500))}${paragraph(2, prose(40_000, 11))}<footer>${prose(40_000, 13)}</footer></body></html>`;
    const weight = pageWeight(html, load);
    expect(weight.openingGzip).toBeLessThan(pageBudget.htmlAndCssGzip);
    expect(weight.besidesTextGzip).toBeGreaterThan(pageBudget.htmlAndCssGzip);
    expect(withinBudget(weight)).toBe(false);
  });

  it('weighs a comparison by its first account’s opening, and besides both accounts’ texts', () => {
    const account = (text: string) => `<div class="account-text"><p>${text}</p></div>`;
    const html = `${head}${account(prose(500))}${account(prose(40_000, 11))}</body></html>`;
    const weight = pageWeight(html, load);
    expect(weight.openingGzip).toBe(
      gzipSync(html.slice(0, html.indexOf('</p>') + '</p>'.length), { level: 9 }).length,
    );
    expect(weight.besidesTextGzip).toBe(
      gzipSync(
        `${head}${account('')
          .repeat(2)
          .replace(/<p><\/p>/g, '')}</body></html>`,
        {
          level: 9,
        },
      ).length,
    );
    expect(withinBudget(weight)).toBe(true);
  });

  it('holds a page without published text to the budget whole', () => {
    const html = `${head}<ul>${prose(40_000)}</ul></body></html>`;
    const weight = pageWeight(html, load);
    expect(weight.openingGzip).toBeUndefined();
    expect(withinBudget(weight)).toBe(false);
  });
});
