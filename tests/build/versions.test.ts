import { appendFile, cp, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../support/build-site.ts';
import { importCaptures } from '../support/import-batch.ts';
import { copyContent } from '../support/temp-content.ts';

// A readout captured twice: the build must refuse an earlier version edited, missing, or not
// recorded, naming the readout's file and its `versions` line, and leave the last build whole.
let content: Awaited<ReturnType<typeof copyContent>>;
let root = '';
const versions = () => join(content.dir, 'meetings', '2023-03-10-hayashi-wong.versions');
const first = () => join(versions(), '2023-03-10.md');
const build = (name: string) => buildSite(content.dir, join(root, name), join(root, 'cache'));

beforeAll(async () => {
  content = await copyContent();
  root = join(content.dir, '..');
  importCaptures(content.dir, 2);
});
afterAll(async () => {
  await content.remove();
});

describe('a readout with an earlier version', () => {
  it('builds, with the version at its own address', () => {
    const result = build('whole');
    expect(result.status, result.output).toBe(0);
  });

  const refusals: [string, () => Promise<void>, RegExp][] = [
    [
      'an earlier version edited after it was recorded',
      () => appendFile(first(), '\nA sentence added later.\n'),
      /2023-03-10-hayashi-wong\.md:\d+: versions: .*2023-03-10\.md is not the version recorded \(its SHA-256 differs\): a version is never edited once recorded/,
    ],
    [
      'an earlier version missing',
      () => rm(first()),
      /2023-03-10-hayashi-wong\.md:\d+: versions: the version captured on 2023-03-10 is missing/,
    ],
    [
      'a file in the versions folder that is not recorded',
      () => writeFile(join(versions(), '2023-03-09.md'), 'stray\n'),
      /2023-03-10-hayashi-wong\.md:\d+: versions: .*2023-03-09\.md is not listed/,
    ],
  ];
  for (const [what, spoil, message] of refusals)
    it(`stops on ${what}, naming the readout's file and line`, async () => {
      const kept = join(root, 'kept');
      await cp(versions(), kept, { recursive: true });
      await spoil();
      const result = build(what.replace(/\W+/g, '-'));
      await rm(versions(), { recursive: true, force: true });
      await cp(kept, versions(), { recursive: true });
      await rm(kept, { recursive: true, force: true });
      expect(result.status).not.toBe(0);
      expect(result.output).toMatch(message);
    });
});
