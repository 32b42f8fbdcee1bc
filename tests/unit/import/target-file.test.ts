import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ImportedReadout } from '../../../src/import/import-readout.ts';
import { targetOf } from '../../../src/import/output/target-file.ts';

let contentDir: string;
beforeEach(async () => {
  contentDir = await mkdtemp(join(tmpdir(), 'readouts-target-'));
  await mkdir(join(contentDir, 'meetings'));
});
afterEach(async () => {
  await rm(contentDir, { recursive: true, force: true });
});

const url = 'https://www.mofa.go.jp/a/page1.html';
const publisher = 'Ministry of Foreign Affairs of Japan';
// A readout as the importer gives it: only its id and the facts that tell its file are read.
const readout = {
  id: '2017-04-10-kishida-bishop',
  fields: { kind: 'summit-meeting', source: { url, publisher } },
} as unknown as ImportedReadout;
const meeting = (name: string) => join(contentDir, 'meetings', name);
const existing = (name: string, text: string) => writeFile(meeting(name), text);
const frontmatter = (fields: string) => `---\ntitle: Talks\n${fields}---\n\nText.\n`;

describe('the file an imported readout goes to', () => {
  it('is named by its date and principals when no file has that name', async () => {
    expect(await targetOf(readout, contentDir, [])).toBe(meeting('2017-04-10-kishida-bishop.md'));
  });

  it('is the name with the kind, then a number, when readouts planned before it in the run have those', async () => {
    const first = meeting('2017-04-10-kishida-bishop.md');
    const second = meeting('2017-04-10-kishida-bishop-summit-meeting.md');
    expect(await targetOf(readout, contentDir, [{ target: first }])).toBe(second);
    expect(await targetOf(readout, contentDir, [{ target: first }, { target: second }])).toBe(
      meeting('2017-04-10-kishida-bishop-summit-meeting-2.md'),
    );
  });

  it.each([
    [
      'of the same page',
      `kind: working-dinner\nsource:\n  url: ${url}\n  publisher: Someone else\n`,
    ],
    ['of no page', 'kind: working-dinner\nsource:\n  publisher: Someone else\n'],
    ['without a source', 'kind: working-dinner\n'],
    [
      'of the same publisher’s same kind of meeting, on a page that moved',
      `kind: summit-meeting\nsource:\n  url: https://www.mofa.go.jp/moved.html\n  publisher: ${publisher}\n`,
    ],
  ])('is the readout’s own file when the archive’s is %s', async (_, fields) => {
    await existing('2017-04-10-kishida-bishop.md', frontmatter(fields));
    expect(await targetOf(readout, contentDir, [])).toBe(meeting('2017-04-10-kishida-bishop.md'));
  });

  it('is the readout’s own file when the archive’s would not load, for --force to replace', async () => {
    await existing('2017-04-10-kishida-bishop.md', 'No frontmatter here.\n');
    expect(await targetOf(readout, contentDir, [])).toBe(meeting('2017-04-10-kishida-bishop.md'));
  });

  it.each([
    [
      'another kind of meeting by the same publisher',
      `kind: working-dinner\nsource:\n  url: https://www.mofa.go.jp/dinner.html\n  publisher: ${publisher}\n`,
    ],
    [
      'the same kind of meeting by another publisher',
      'kind: summit-meeting\nsource:\n  url: https://www.pm.gov.au/talks\n  publisher: Prime Minister of Australia\n',
    ],
  ])('is another name when the archive’s file is %s, on another page', async (_, fields) => {
    await existing('2017-04-10-kishida-bishop.md', frontmatter(fields));
    expect(await targetOf(readout, contentDir, [])).toBe(
      meeting('2017-04-10-kishida-bishop-summit-meeting.md'),
    );
    await existing('2017-04-10-kishida-bishop-summit-meeting.md', frontmatter(fields));
    expect(await targetOf(readout, contentDir, [])).toBe(
      meeting('2017-04-10-kishida-bishop-summit-meeting-2.md'),
    );
  });
});
