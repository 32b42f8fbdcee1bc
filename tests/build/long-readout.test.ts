import { spawnSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededRandom } from '../../src/bench/synthetic/random.ts';
import { buildSite, scratchSite } from '../support/build-site.ts';

// A readout is published whole however long the publisher wrote it (a summit's can run to
// 30 KB): its page may pass the first round trip, as long as the page up to the end of its
// text's first paragraph fits in it. Two readouts of words that compress about as badly as
// prose: one long, one whose first paragraph alone is longer than the round trip.
let site: Awaited<ReturnType<typeof scratchSite>>;
let build: { status: number | null; output: string };

const random = seededRandom(30);
const words = (length: number) =>
  Array.from({ length }, () =>
    random() < 0.15 ? ' ' : String.fromCodePoint(97 + Math.floor(random() * 26)),
  )
    .join('')
    .replace(/ +/g, ' ')
    .trim();

beforeAll(async () => {
  site = await scratchSite();
  const seed = await readFile('content/meetings/2016-09-21-abe-biden.md', 'utf8');
  const frontmatter = (id: string, date: string) =>
    (/^---\n[\s\S]*?\n---\n/.exec(seed)?.[0] ?? '')
      .replace('date: 2016-09-21', `date: ${date}`)
      .replace(/url: \S+/, `url: https://www.mofa.go.jp/example/${id}.html`);
  const sections = ['japan-us-relations', 'north-korea', 'china', 'tpp', 'russia-ukraine'].map(
    (topic, index) =>
      [
        `## ${String(index + 1)}. Section ${String(index + 1)} {#${topic}}`,
        ...Array.from({ length: 6 }, () => words(1_200)),
      ].join('\n\n'),
  );
  const readout = (id: string, date: string, lead: string) =>
    writeFile(
      join(site.content, 'meetings', `${id}.md`),
      `${frontmatter(id, date)}\n${lead}\n\n${sections.join('\n\n')}\n`,
    );
  await readout('2016-09-22-long', '2016-09-22', words(600));
  await readout('2016-09-23-long-opening', '2016-09-23', words(40_000));
  build = buildSite(site.content, site.out, join(site.root, 'cache'));
}, 300_000);

afterAll(async () => {
  await site.remove();
});

describe('a readout longer than the first round trip', () => {
  it('builds', () => {
    expect(build.status, build.output).toBe(0);
  });

  it('passes the budget when its first paragraph arrives within the round trip, and not otherwise', () => {
    const check = spawnSync(process.execPath, ['src/cli/check-budget.ts', '--dir', site.out], {
      encoding: 'utf8',
    });
    expect(check.status).toBe(1);
    expect(check.stdout).toMatch(
      /\nmeetings\/2016-09-22-long\/index\.html: \d+ B gzip; up to the end of its text's first paragraph \d+ B, besides its text \d+ B\n/,
    );
    expect(check.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(
        /^meetings\/2016-09-23-long-opening\/index\.html: HTML and CSS \d+ B gzip; up to the end of its text's first paragraph \d+ B, besides its text \d+ B, over 14600$/,
      ),
    ]);
  });
});
