import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { splitSourcePage } from '../../src/import/furniture.ts';
import { classifyBlocks } from '../../src/import/sections.ts';
import { buildSite } from '../support/build-site.ts';
import { fixture, fixtureText } from '../support/import.ts';
import { copyContent, runImport } from '../support/temp-content.ts';

// An imported readout must build and appear on the site with no hand edits. The import and
// the build both run on a temporary copy of the content, into a temporary output folder.
let content: Awaited<ReturnType<typeof copyContent>>;
let out = '';
let build: { status: number | null; output: string };

beforeAll(async () => {
  content = await copyContent();
  out = join(content.dir, '..', 'dist');
  const imported = runImport(
    fixture('sub-items.txt'),
    '--url',
    'https://www.mofa.go.jp/example/sub-items.html',
    '--content',
    content.dir,
  );
  if (imported.status !== 0) throw new Error(`The import failed: ${imported.stderr}`);
  build = buildSite(content.dir, out, join(content.dir, '..', 'cache'));
});

afterAll(async () => {
  await content.remove();
});

const page = (path: string): Promise<string> => readFile(join(out, path, 'index.html'), 'utf8');
// The text as HTML writes it: the fixture has no markup characters but these.
const asHtml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const blocks = classifyBlocks(
  splitSourcePage(fixtureText('sub-items.txt'), 'sub-items.txt').blocks,
);
const paragraphs = blocks.flatMap((block) => (block.type === 'paragraph' ? [block.text] : []));

describe('an imported readout on the built site', () => {
  it('builds without errors', () => {
    expect(build.status, build.output).toBe(0);
  });

  it('has its page, with every paragraph of the source', async () => {
    const html = await page('meetings/2017-02-10-abe-trump');
    expect(html).toContain(
      'Prime Minister Abe holds a Japan-U.S. Summit Meeting with President Trump',
    );
    for (const text of paragraphs) expect(html).toContain(asHtml(text));
    expect(html).toContain('<h3 id="japan-us-relations-1">(1) Overall</h3>');
  });

  it('has a page for each section, with that section’s paragraphs', async () => {
    const japanUs = await page('meetings/2017-02-10-abe-trump/japan-us-relations');
    const regional = await page('meetings/2017-02-10-abe-trump/regional-affairs');
    expect(japanUs).toContain(asHtml(paragraphs[0] ?? ''));
    expect(regional).toContain(asHtml(paragraphs.at(-1) ?? ''));
    expect(regional).not.toContain(asHtml(paragraphs[0] ?? ''));
  });

  it('has pages for the topic and the person the import created', () => {
    expect(existsSync(join(out, 'topics/regional-affairs/index.html'))).toBe(true);
    expect(existsSync(join(out, 'people/donald-j-trump/index.html'))).toBe(true);
  });
});
