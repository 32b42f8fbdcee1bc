import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addressesIn, brokenReason, idReader } from '../../../src/checks/links.ts';

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'readouts-links-'));
  await mkdir(join(dir, 'meetings/a'), { recursive: true });
  await writeFile(join(dir, 'index.html'), '<a href="meetings/a/">a</a>');
  await writeFile(join(dir, 'meetings/a/index.html'), '<h2 id="tpp">TPP</h2>');
  await writeFile(join(dir, 'feed.xml'), '');
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the link checker', () => {
  const site = () => ({ dir, origin: 'https://example.org', base: '/readouts/' });
  const check = (address: string, page = 'index.html') =>
    brokenReason(address, page, site(), idReader(dir));

  it('finds the addresses of pages, feeds and exports', () => {
    expect(addressesIn('<a href="/x/">x</a><img src="a.svg"><p id="q">', 'p.html')).toEqual([
      '/x/',
      'a.svg',
    ]);
    expect(
      addressesIn(
        '<link>https://example.org/readouts/</link><loc>https://example.org/</loc>',
        'feed.xml',
      ),
    ).toEqual(['https://example.org/readouts/', 'https://example.org/']);
    expect(addressesIn('{"url": "https://example.org/readouts/meetings/a/"}', 'a.json')).toEqual([
      'https://example.org/readouts/meetings/a/',
    ]);
  });

  it('passes links to pages, files and existing anchors, relative or absolute', () => {
    expect(check('meetings/a/')).toBe('');
    expect(check('/readouts/meetings/a/#tpp')).toBe('');
    expect(check('https://example.org/readouts/feed.xml')).toBe('');
    expect(check('#tpp', 'meetings/a/index.html')).toBe('');
  });

  it('leaves other hosts alone', () => {
    expect(check('https://www.mofa.go.jp/missing')).toBe('');
  });

  it('fails a link to no page, to a missing anchor, or outside the base path', () => {
    expect(check('meetings/b/')).toBe('leads to no file');
    expect(check('/readouts/meetings/a/#north-korea')).toBe(
      'has no element with the id "north-korea"',
    );
    expect(check('/meetings/a/')).toBe('is outside the base path');
  });
});
