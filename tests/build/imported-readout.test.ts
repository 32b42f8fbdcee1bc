import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../support/build-site.ts';
import { fixture } from '../support/import.ts';
import { batchFiles, shapeFixtures } from '../support/import-batch.ts';
import { copyContent, runImport } from '../support/temp-content.ts';

// Imported readouts must build and appear on the site with no hand edits. A batch of every
// shape is imported and built in a temporary copy of the content, into a temporary folder.
let content: Awaited<ReturnType<typeof copyContent>>;
let out = '';
let imported: ReturnType<typeof runImport>;
let build: { status: number | null; output: string };

beforeAll(async () => {
  content = await copyContent();
  out = join(content.dir, '..', 'dist');
  imported = runImport(...(await batchFiles(join(content.dir, '..'))), '--content', content.dir);
  if (imported.status !== 0) throw new Error(`The import failed: ${imported.stderr}`);
  build = buildSite(content.dir, out, join(content.dir, '..', 'cache'));
});

afterAll(async () => {
  await content.remove();
});

const page = (path: string): Promise<string> => readFile(join(out, path, 'index.html'), 'utf8');
// The text as HTML writes it: the fixtures have no markup characters but these.
const asHtml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
// Where each publisher's text starts and ends on its page, read from the fixture without the
// importer: MOFA's from the lead to "Back to ..." or "(END)", without photo credits; the others'
// after the last line of the page's head (its date, or the place after it) to the page's end.
const layouts: Record<string, { start: RegExp; end?: RegExp; after?: boolean }> = {
  mofa: { start: /^(?:1\.?\s+)?On /, end: /^(?:Back to |\(END\)$)/ },
  'gov-uk': { start: /^\d{1,2} \p{Lu}\p{Ll}+ \d{4}$/u, after: true, end: /^Published \d/ },
  'canada-pm': { start: /^\p{Lu}\p{Ll}+, \p{Lu}\p{Ll}+$/u, after: true, end: /^Associated Links$/ },
  'white-house': { start: /^\p{Lu}\p{Ll}+ \d{1,2}, \d{4}$/u, after: true, end: /^###$/ },
  'us-state': { start: /^\p{Lu}\p{Ll}+ \d{1,2}, \d{4}$/u, after: true, end: /^Tags$/ },
  australia: { start: /^\p{Lu}\p{Ll}+, \p{Lu}[\p{L} ]+$/u, after: true },
  'china-mfa': {
    start: /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/,
    after: true,
    end: /^Suggest to a friend:$/,
  },
};
function publishedLines(name: string): string[] {
  const [publisher = 'mofa', file = name] = name.includes('/') ? name.split('/') : [];
  const layout = layouts[publisher] ?? layouts['mofa'];
  const lines = readFileSync(fixture(file, publisher), 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('(Photo:'));
  const found = lines.findIndex((line) => layout?.start.test(line));
  const start = layout?.after ? found + 1 : found;
  const end = lines.findIndex((line, index) => index > start && layout?.end?.test(line));
  return lines.slice(start, end < 0 ? lines.length : end);
}
// The readout each fixture became, from the import's table.
const readoutOf = (name: string): string => {
  const row = imported.stdout
    .split('\n')
    .find((line) =>
      line.startsWith(`${join(content.dir, '..', name.includes('/') ? name : `mofa/${name}`)} `),
    );
  const id = row?.split('|')[1]?.trim().replace(/\.md$/, '');
  if (!id) throw new Error(`No readout for ${name} in the report:\n${imported.stdout}`);
  return id;
};

describe('a batch of imported readouts on the built site', () => {
  it('builds without errors', () => {
    expect(build.status, build.output).toBe(0);
  });

  for (const name of shapeFixtures) {
    it(`${name}: every line of the text, verbatim, on the readout’s page`, async () => {
      const html = await page(`meetings/${readoutOf(name)}`);
      for (const line of publishedLines(name)) expect(html).toContain(asHtml(line));
    });
  }

  it('shows a publisher’s title without the editorial mark, and an editorial title with it', async () => {
    const publishers = await page(`meetings/${readoutOf('title-without-series.txt')}`);
    expect(publishers).toMatch(/<h1[^>]*>\s*Japan-France Foreign Ministers’ Meeting\s*<\/h1>/);
    const editorial = await page(`meetings/${readoutOf('sub-items.txt')}`);
    expect(editorial).toMatch(
      /<h1[^>]*>[^<]*Summit Meeting with President Trump\s*<span class="editorial"/,
    );
  });

  it('anchors “Introduction” at #introduction and names no topic for it', async () => {
    const html = await page(`meetings/${readoutOf('title-without-series.txt')}`);
    expect(html).toMatch(/<h2 id="introduction"[^>]*>/);
    const introduction = await page(
      `meetings/${readoutOf('title-without-series.txt')}/introduction`,
    );
    expect(introduction).not.toContain('Topic: <a');
    // A section bound to a topic names it: the mark the introduction must lack.
    const bound = await page(`meetings/${readoutOf('sub-items.txt')}/japan-us-relations`);
    expect(bound).toContain('Topic: <a');
  });

  it('has a page for each section, with that section’s paragraphs', async () => {
    const id = readoutOf('sub-items.txt');
    const japanUs = await page(`meetings/${id}/japan-us-relations`);
    const regional = await page(`meetings/${id}/regional-affairs`);
    const [overall] = publishedLines('sub-items.txt').filter((line) =>
      line.startsWith('Prime Minister Abe stated'),
    );
    expect(japanUs).toContain(asHtml(overall ?? 'missing'));
    expect(regional).not.toContain(asHtml(overall ?? 'missing'));
  });

  it('has pages for the topics, people and kinds the import created', async () => {
    expect(await page('topics/japan-australia-relations')).toContain('Japan-Australia relations');
    // A person's page shows the latest few; each year's page lists all of that year.
    for (const text of ['group-courtesy-call.txt', 'numbering-slips-and-bullets.txt']) {
      const readout = readoutOf(text);
      expect(await page(`people/fumio-kishida/${readout.slice(0, 4)}`)).toContain(readout);
    }
    // So does a kind's, here one the import added to kinds.yaml.
    const breakfast = readoutOf('breakfast-meeting-same-day-japan-time.txt');
    expect(await page(`kinds/breakfast-meeting/${breakfast.slice(0, 4)}`)).toContain(breakfast);
  });
});
