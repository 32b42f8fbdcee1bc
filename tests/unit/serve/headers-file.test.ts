import { describe, expect, test } from 'vitest';
import { headersFor, parseHeadersFile } from '../../../src/serve/headers-file.ts';

const file = `# Comments and blank lines are skipped
/*
  X-Content-Type-Options: nosniff
  Link: </a.css>; rel=preload

/_astro/*
  Cache-Control: public, max-age=31536000, immutable
/*.html
  Cache-Control: no-cache
/people/:id/
  X-Robots-Tag: noindex
  Link: </b.css>; rel=preload
/private/*
  ! X-Content-Type-Options
https://example.org/*
  X-Host: example
`;

describe('a _headers file', () => {
  const rules = parseHeadersFile(file);

  test('gives every path the headers of each rule it matches', () => {
    expect(headersFor(rules, '/')).toEqual({
      'x-content-type-options': 'nosniff',
      link: '</a.css>; rel=preload',
    });
    expect(headersFor(rules, '/_astro/page.B1x.js')['cache-control']).toBe(
      'public, max-age=31536000, immutable',
    );
    expect(headersFor(rules, '/404.html')['cache-control']).toBe('no-cache');
    expect(headersFor(rules, '/topics/')['cache-control']).toBeUndefined();
  });

  test('matches a :placeholder within one segment only', () => {
    expect(headersFor(rules, '/people/shinzo-abe/')['x-robots-tag']).toBe('noindex');
    expect(headersFor(rules, '/people/a/b/')['x-robots-tag']).toBeUndefined();
  });

  test('joins the values of a header two rules set, and drops one a rule detaches', () => {
    expect(headersFor(rules, '/people/joe-biden/')['link']).toBe(
      '</a.css>; rel=preload, </b.css>; rel=preload',
    );
    expect(headersFor(rules, '/private/x')['x-content-type-options']).toBeUndefined();
  });

  test('leaves rules for a named host to that host', () => {
    expect(headersFor(rules, '/anything')['x-host']).toBeUndefined();
  });

  test('names the file and line of a header outside a block or without a value', () => {
    expect(() => parseHeadersFile('  X-Frame-Options: DENY\n', 'public/_headers')).toThrow(
      'public/_headers:1: a header comes before any path',
    );
    expect(() => parseHeadersFile('/*\n  nosniff\n', 'public/_headers')).toThrow(
      'public/_headers:2: "nosniff" is not a header',
    );
  });
});
