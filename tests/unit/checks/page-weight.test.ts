import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { pageWeight } from '../../../src/checks/page-weight.ts';

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
});
