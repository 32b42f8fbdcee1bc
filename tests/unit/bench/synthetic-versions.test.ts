import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeSyntheticArchive } from '../../../src/bench/synthetic/archive.ts';
import { splitReadoutFile } from '../../../src/loaders/readout-file.ts';
import { meetingFieldsSchema } from '../../../src/schemas/meeting-fields.ts';

const root = await mkdtemp(join(tmpdir(), 'synthetic-versions-'));
afterAll(() => rm(root, { recursive: true, force: true }));

// The body keeps the frontmatter's lines blank (for line numbers): its blocks are what is not.
const paragraphs = (text: string) =>
  splitReadoutFile(text, 'x.md')
    .body.split('\n\n')
    .map((block) => block.trim())
    .filter((block) => block !== '');

describe('a synthetic archive with revised readouts', () => {
  it('writes the same readouts with revisions or without, a share of them with earlier versions', async () => {
    const plain = await writeSyntheticArchive(join(root, 'plain'), 20);
    const revised = await writeSyntheticArchive(join(root, 'revised'), 20, 2016, {
      share: 0.5,
      versions: [2, 5],
    });
    expect(revised).toEqual(plain);
    const folders = (await readdir(join(root, 'revised', 'meetings'))).filter((name) =>
      name.endsWith('.versions'),
    );
    expect(folders.length).toBeGreaterThan(4);
    expect(folders.length).toBeLessThan(16);
  });

  it('records each earlier version as the importer does: listed, hashed, a week apart, one paragraph revised', async () => {
    const content = join(root, 'three');
    const [id = ''] = await writeSyntheticArchive(content, 3, 2016, { share: 1, versions: [3, 3] });
    const current = await readFile(join(content, 'meetings', `${id}.md`), 'utf8');
    const fields = meetingFieldsSchema.parse(splitReadoutFile(current, `${id}.md`).data);
    const { published, captured } = fields.source;
    expect(fields.versions?.map((version) => version.captured)).toEqual([
      published,
      addWeek(published),
    ]);
    expect(captured).toBe(addWeek(addWeek(published)));
    const texts = [];
    for (const version of fields.versions ?? []) {
      const text = await readFile(
        join(content, 'meetings', `${id}.versions`, `${version.captured}.md`),
        'utf8',
      );
      expect(createHash('sha256').update(text).digest('hex')).toBe(version.sha256);
      texts.push(text);
    }
    texts.push(current);
    for (let index = 1; index < texts.length; index += 1) {
      const before = paragraphs(texts[index - 1] ?? '');
      const after = paragraphs(texts[index] ?? '');
      expect(after).toHaveLength(before.length);
      expect(after.filter((paragraph, at) => paragraph !== before[at])).toHaveLength(1);
    }
  });
});

function addWeek(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 7);
  return day.toISOString().slice(0, 10);
}
