import { readFileSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import formats, { type FormatsPlugin } from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { MeetingEntry, Readout } from '../../../src/lib/readout.ts';
import { readoutExport } from '../../../src/lib/readout-export.ts';
import { resolveReadout, type Vocabularies } from '../../../src/lib/resolve-readout.ts';
import { paragraphText } from '../../../src/stored/html.ts';
import { storedTextOf } from '../../../src/stored/text.ts';
import { readoutsOf } from '../../support/readouts.ts';

// The ministry's account as first captured on 15 March 2025, and its revision captured on the
// 20th (a word of its energy section corrected), stored as the loader stores a revised readout:
// the earlier version's frontmatter, outline and file beside the current one's.
const fixture = 'tests/fixtures/counterparts/site/meetings/2025-03-15-varga-marsh.md';
let dir: string;
let first: Readout;
let current: Readout;
let vocabularies: Vocabularies;
beforeAll(async () => {
  vi.stubEnv('SITE', 'https://example.org');
  dir = await mkdtemp(join(tmpdir(), 'readouts-revised-'));
  await cp('tests/fixtures/counterparts/site', dir, { recursive: true });
  await rm(join(dir, 'meetings'), { recursive: true });
  const text = await readFile(fixture, 'utf8');
  await cp(fixture, join(dir, 'meetings', 'a-first.md'));
  await writeFile(
    join(dir, 'meetings', 'b-current.md'),
    text.replace('second gas terminal', 'third gas terminal'),
  );
  [first, current] = (await readoutsOf(dir)) as [Readout, Readout];
  const byId = <T extends { id: string }>(list: T[]) => new Map(list.map((e) => [e.id, e]));
  vocabularies = {
    topics: byId(first.topics),
    people: byId(first.participants.map(({ person }) => person)),
    kinds: byId([first.kind]),
  };
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await rm(dir, { recursive: true, force: true });
});

/** The current readout's entry as the loader stores it, with the first capture as its earlier version. */
function revisedEntry(source: Partial<MeetingEntry['data']['source']>): MeetingEntry {
  const stored = storedTextOf(current.entry.rendered?.metadata?.frontmatter);
  const earlier = storedTextOf(first.entry.rendered?.metadata?.frontmatter);
  return {
    ...current.entry,
    data: { ...current.entry.data, source: { ...current.entry.data.source, ...source } },
    rendered: {
      html: '',
      metadata: {
        frontmatter: {
          ...stored,
          versions: [
            {
              captured: '2025-03-15',
              revised: '2025-03-18',
              data: first.entry.data,
              outline: earlier.outline,
              htmlFile: earlier.htmlFile,
            },
          ],
        },
      },
    },
  } as unknown as MeetingEntry;
}

describe('a revised readout, as the pages get it', () => {
  it('has its versions oldest first, the current one last, each with its own text', () => {
    const readout = resolveReadout(revisedEntry({ captured: '2025-03-20' }), vocabularies);
    expect(
      readout.versions.map(({ captured, revised, current: isCurrent }) => ({
        captured,
        revised,
        isCurrent,
      })),
    ).toEqual([
      { captured: '2025-03-15', revised: '2025-03-18', isCurrent: false },
      { captured: '2025-03-20', revised: undefined, isCurrent: true },
    ]);
    const [then, now] = readout.versions;
    expect(now?.readout).toBe(readout);
    expect(then && paragraphText(then.readout, 'energy-p1')).toContain('second gas terminal');
    expect(paragraphText(readout, 'energy-p1')).toContain('third gas terminal');
    // The earlier version's page lists the same versions, to lead to the others.
    expect(then?.readout.versions).toBe(readout.versions);
    expect(then?.readout.topics.map(({ id }) => id)).toEqual(readout.topics.map(({ id }) => id));
  });

  it('names its current version by the day of its page when it gives no day of capture', () => {
    const readout = resolveReadout(revisedEntry({ captured: undefined }), vocabularies);
    expect(readout.versions.at(-1)?.captured).toBe('2025-03-15');
  });

  it('exports each version with its address, what changed into it, and its text then', () => {
    const readout = resolveReadout(revisedEntry({ captured: '2025-03-20' }), vocabularies);
    const exported = readoutExport(readout);
    const base = 'https://example.org/meetings/b-current';
    expect(
      exported.versions?.map(({ captured, revised, current: isCurrent, url, changes }) => ({
        captured,
        revised,
        isCurrent,
        url,
        changes,
      })),
    ).toEqual([
      {
        captured: '2025-03-15',
        revised: '2025-03-18',
        isCurrent: false,
        url: `${base}/versions/2025-03-15/`,
        changes: undefined,
      },
      {
        captured: '2025-03-20',
        revised: undefined,
        isCurrent: true,
        url: `${base}/versions/2025-03-20/`,
        changes: `${base}/changes/2025-03-15/2025-03-20/`,
      },
    ]);
    expect(exported.versions?.[0]?.sections[1]?.paragraphs[0]?.text).toContain(
      'second gas terminal',
    );
    expect(exported.versions?.[0]?.sections[1]?.url).toBe(`${base}/versions/2025-03-15/#energy`);
    expect(readoutExport(first)).not.toHaveProperty('versions');
    const ajv = new Ajv2020({ allErrors: true });
    (formats as unknown as { default: FormatsPlugin }).default(ajv);
    const valid = ajv.compile(
      JSON.parse(readFileSync('public/schemas/readout.schema.json', 'utf8')) as object,
    );
    expect(valid(JSON.parse(JSON.stringify(exported))), JSON.stringify(valid.errors)).toBe(true);
  });

  it('refuses an entry the loader stored without its text, saying so', () => {
    const told = 'This readout was stored without its text';
    const entry = revisedEntry({});
    const unrendered = { ...entry } as Partial<MeetingEntry>;
    delete unrendered.rendered;
    expect(() => resolveReadout(unrendered as MeetingEntry, vocabularies)).toThrow(told);
    const noMetadata = { ...entry, rendered: { html: '' } } as MeetingEntry;
    expect(() => resolveReadout(noMetadata, vocabularies)).toThrow(told);
  });

  it('refuses a reference the loader did not load, rather than show it empty', () => {
    expect(() => resolveReadout(revisedEntry({}), { ...vocabularies, topics: new Map() })).toThrow(
      '"bilateral-relations" was checked by the readouts\' loader but is not loaded.',
    );
  });
});
