import { readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, scratchSite } from '../support/build-site.ts';

const seedFile = 'content/meetings/2016-09-21-abe-biden.md';

/** One mistake an editor could make: lines of the seed readout (from `line` to `to`) replaced by `text` (none: removed). */
interface Patch {
  line: number;
  to?: number;
  text?: string;
}

// Each case is the seed readout with one mistake, and what the build must say: file, line, field.
const cases: [name: string, patch: Patch, message: RegExp][] = [
  [
    'impossible-date',
    { line: 4, text: 'date: 2016-02-30' },
    /impossible-date\.md:4: date: 2016-02-30 is not a date on the calendar/,
  ],
  [
    'missing-series',
    { line: 24 },
    /missing-series\.md: series: required, and the frontmatter has no such field/,
  ],
  [
    'yaml-syntax-error',
    { line: 12, text: 'place: [New York' },
    /yaml-syntax-error\.md:13: YAML syntax error in the frontmatter: Flow sequence in block collection/,
  ],
  [
    'unknown-topic',
    { line: 23, text: '  - russia-ukraine\n  - atlantis' },
    /unknown-topic\.md:24: topics: "atlantis" is not in \S*content\/topics\.yaml/,
  ],
  [
    'unknown-person',
    { line: 16, text: '  - person: nobody-known' },
    /unknown-person\.md:16: participants\.person: "nobody-known" is not in \S*content\/people\.yaml/,
  ],
  [
    'two-sections-one-topic',
    { line: 51, text: '## 3. China {#north-korea}' },
    /two-sections-one-topic\.md:51: Two headings declare the id "north-korea" \(the first on line 43\)/,
  ],
  [
    'section-without-topic',
    { line: 55, text: '## 4. TPP' },
    /section-without-topic\.md:55: This heading declares no anchor id/,
  ],
  ['empty-body', { line: 33, to: Infinity }, /empty-body\.md: The readout has no text/],
  [
    'raw-html-script',
    { line: 56, text: '\n<script>alert("injected")</script>\n' },
    /raw-html-script\.md:57: Raw HTML is not allowed in a readout: `<script>alert\("injected"\)<\/script>`/,
  ],
  [
    'raw-html-onerror',
    {
      line: 57,
      text: 'Regarding the TPP, <img src=x onerror="alert(1)"> Prime Minister Abe spoke.',
    },
    /raw-html-onerror\.md:57: Raw HTML is not allowed in a readout: `<img src=x onerror="alert\(1\)">`/,
  ],
];

const patched = (seed: string, { line, to = line, text }: Patch): string => {
  const lines = seed.split('\n');
  lines.splice(
    line - 1,
    Math.min(to, lines.length) - line + 1,
    ...(text === undefined ? [] : [text]),
  );
  return lines.join('\n');
};

let site: Awaited<ReturnType<typeof scratchSite>>;
let seed = '';
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
  seed = await readFile(seedFile, 'utf8');
  await writeFile(join(site.content, 'meetings', '2016-09-21-abe-biden.md'), seed);
  const good = buildSite(site.content, site.out, join(site.root, 'cache'));
  if (good.status !== 0) throw new Error(`The good build failed:\n${good.output}`);
  lastGood = await listing(site.out);
});

afterAll(async () => {
  await site.remove();
});

describe('a build with a bad readout', () => {
  it('starts from the seed readout the patches are written against', () => {
    expect(seed.split('\n')[3]).toBe('date: 2016-09-21');
    expect(seed.split('\n')[54]).toBe('## 4. TPP {#tpp}');
  });

  for (const [name, patch, message] of cases) {
    it(`stops on ${name.replace(/-/g, ' ')}, naming the file and where, and keeps the last good site`, async () => {
      const { content, out, root } = site;
      const file = join(content, 'meetings', `${name}.md`);
      await writeFile(file, patched(seed, patch));
      try {
        const build = buildSite(content, out, join(root, 'cache'));
        expect(build.status).not.toBe(0);
        expect(build.output).toMatch(message);
        expect(build.output).toContain(`${out}/ still holds the last good site`);
        expect(await listing(out)).toEqual(lastGood);
        expect((await readdir('.')).filter((entry) => entry.startsWith('.dist-staging'))).toEqual(
          [],
        );
      } finally {
        await rm(file);
      }
    });
  }
});
