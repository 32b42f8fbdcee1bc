import { copyFile, readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, scratchSite } from '../support/build-site.ts';

// Each fixture is the seed readout with one mistake; the build must stop, say where, and keep the last good site.
const cases: [fixture: string, ...messages: RegExp[]][] = [
  ['impossible-date', /impossible-date\.md:4: date: 2016-02-30 is not a date on the calendar/],
  ['missing-kind', /missing-kind\.md: kind: .*\(the frontmatter has no such field\)/],
  [
    'yaml-syntax-error',
    /yaml-syntax-error\.md:13: YAML syntax error in the frontmatter: missed comma between flow collection entries/,
  ],
  ['unknown-topic', /unknown-topic\.md:24: topics: "atlantis" is not in content\/topics\.yaml/],
  [
    'unknown-person',
    /unknown-person\.md:16: participants\.person: "nobody-known" is not in content\/people\.yaml/,
  ],
  [
    'two-sections-one-topic',
    /two-sections-one-topic\.md:51: Two headings declare the id "north-korea" \(the first on line 43\)/,
  ],
  ['section-without-topic', /section-without-topic\.md:55: This heading declares no anchor id/],
  ['empty-body', /empty-body\.md: The readout has no text/],
  [
    'raw-html-script',
    /raw-html-script\.md:57: Raw HTML is not allowed in a readout: `<script>alert\("injected"\)<\/script>`/,
  ],
  [
    'raw-html-onerror',
    /raw-html-onerror\.md:57: Raw HTML is not allowed in a readout: `<img src=x onerror="alert\(1\)">`/,
  ],
];

let site: Awaited<ReturnType<typeof scratchSite>>;
let lastGood: Record<string, number> = {};

// The output folder's files and their modification times: what a deploy would sync.
async function listing(dir: string): Promise<Record<string, number>> {
  const files = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((entry) =>
    entry.isFile(),
  );
  const times = await Promise.all(
    files.map(
      async (entry) =>
        [
          join(entry.parentPath, entry.name),
          (await stat(join(entry.parentPath, entry.name))).mtimeMs,
        ] as const,
    ),
  );
  return Object.fromEntries(times);
}

beforeAll(async () => {
  site = await scratchSite();
  await copyFile(
    'content/meetings/2016-09-21-abe-biden.md',
    join(site.content, 'meetings', '2016-09-21-abe-biden.md'),
  );
  const good = buildSite(site.content, site.out, join(site.root, 'cache'));
  if (good.status !== 0) throw new Error(`The good build failed:\n${good.output}`);
  lastGood = await listing(site.out);
}, 120_000);

afterAll(async () => {
  await site.remove();
});

describe('a build with a bad readout', () => {
  for (const [fixture, ...messages] of cases) {
    it(`stops on ${fixture.replace(/-/g, ' ')}, naming the file and where, and keeps the last good site`, async () => {
      const { content, out, root } = site;
      const file = join(content, 'meetings', `${fixture}.md`);
      await copyFile(`tests/fixtures/bad-readouts/${fixture}.md`, file);
      try {
        const build = buildSite(content, out, join(root, 'cache'));
        expect(build.status).not.toBe(0);
        for (const message of messages) expect(build.output).toMatch(message);
        expect(build.output).toContain(`${out}/ still holds the last good site`);
        expect(await listing(out)).toEqual(lastGood);
        expect((await readdir('.')).filter((name) => name.startsWith('.dist-staging'))).toEqual([]);
      } finally {
        await rm(file);
      }
    }, 60_000);
  }
});
