import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Readout, Version } from '../../../src/lib/readout.ts';
import {
  changesBetween,
  comparedVersions,
  latestRevision,
} from '../../../src/lib/version-changes.ts';
import { readoutsOf } from '../../support/readouts.ts';

// Two captures of the ministry's account: the second corrects a word of its energy section.
let dir: string;
let first: Readout;
let second: Readout;
let third: Readout;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'readouts-versions-'));
  await cp('tests/fixtures/counterparts/site', dir, { recursive: true });
  const text = await readFile(join(dir, 'meetings', '2025-03-15-varga-marsh.md'), 'utf8');
  await rm(join(dir, 'meetings'), { recursive: true });
  await cp(
    'tests/fixtures/counterparts/site/meetings/2025-03-15-varga-marsh.md',
    join(dir, 'meetings', 'first.md'),
  );
  await writeFile(
    join(dir, 'meetings', 'second.md'),
    text.replace('second gas terminal', 'third gas terminal'),
  );
  // A third, whose lead corrects the talk's hour.
  await writeFile(
    join(dir, 'meetings', 'third.md'),
    text.replace('commencing at 8:30 a.m.', 'commencing at 8:45 a.m.'),
  );
  [first, second, third] = (await readoutsOf(dir)) as [Readout, Readout, Readout];
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const version = (readout: Readout, captured: string, current = false): Version => ({
  captured,
  readout,
  current,
});

describe('what changed from one version of a readout to another', () => {
  it('is each paragraph changed, with its section, and its words', () => {
    const changes = changesBetween(version(first, '2025-03-15'), version(second, '2025-03-16'));
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({
      change: 'changed',
      before: { id: 'energy-p1', number: 1, section: '2. Energy' },
      after: { id: 'energy-p1', number: 1, section: '2. Energy' },
    });
    expect(
      changes[0]?.change === 'changed' && changes[0].words.filter((w) => w.change !== 'kept'),
    ).toEqual([
      { text: 'second', change: 'removed' },
      { text: 'third', change: 'added' },
    ]);
  });

  it('is a paragraph of the lead, which stands in no section', () => {
    const changes = changesBetween(version(first, '2025-03-15'), version(third, '2025-03-17'));
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({
      change: 'changed',
      before: { id: 'p1', number: 1 },
      after: { id: 'p1', number: 1 },
    });
    expect(changes[0]?.change === 'changed' && changes[0].before).not.toHaveProperty('section');
    expect(
      changes[0]?.change === 'changed' && changes[0].words.filter((w) => w.change !== 'kept'),
    ).toEqual([
      { text: '30', change: 'removed' },
      { text: '45', change: 'added' },
    ]);
  });

  it('goes either way, and is nothing between a version and itself', () => {
    const changes = changesBetween(version(second, '2025-03-16'), version(first, '2025-03-15'));
    expect(changes.map(({ change }) => change)).toEqual(['changed']);
    expect(changesBetween(version(first, 'a'), version(first, 'b'))).toEqual([]);
  });
});

describe('the versions whose changes the archive shows', () => {
  const [v1, v2, v3] = ['2025-03-15', '2025-03-16', '2025-03-20'].map((captured, index) =>
    version({ id: captured } as Readout, captured, index === 2),
  ) as [Version, Version, Version];

  it('are each into the next and each into the current', () => {
    const pairs = (versions: Version[]) =>
      comparedVersions(versions).map(([from, to]) => `${from.captured}→${to.captured}`);
    expect(pairs([v1, v2, v3])).toEqual([
      '2025-03-15→2025-03-16',
      '2025-03-15→2025-03-20',
      '2025-03-16→2025-03-20',
    ]);
    expect(pairs([v1, v3])).toEqual(['2025-03-15→2025-03-20']);
    expect(pairs([v3])).toEqual([]);
    expect(pairs([])).toEqual([]);
  });

  it('end in the latest revision: the version before the current, and the current', () => {
    expect(latestRevision({ ...first, versions: [v1, v2, v3] })).toEqual([v2, v3]);
    expect(latestRevision({ ...first, versions: [v3] })).toBeUndefined();
    expect(latestRevision({ ...first, versions: [] })).toBeUndefined();
  });
});
