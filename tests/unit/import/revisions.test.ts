import { createHash } from 'node:crypto';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { copyContent, runImport, snapshot } from '../../support/temp-content.ts';

// One invented MOFA readout captured four times (tests/fixtures/versions/README.md).
const url = 'https://www.mofa.go.jp/example/versions.html';
const capture = (name: string) => `tests/fixtures/versions/${name}.txt`;
const dates: Record<string, string> = {
  '1-as-published': '2023-03-10',
  '2-name-corrected': '2023-03-11',
  '3-sentence-added-paragraph-removed': '2023-03-15',
  '4-section-inserted': '2023-04-02',
};

let content: Awaited<ReturnType<typeof copyContent>>;
const readout = () => join(content.dir, 'meetings', '2023-03-10-hayashi-wong.md');
const versions = () => join(content.dir, 'meetings', '2023-03-10-hayashi-wong.versions');
const importCapture = (name: string, ...flags: string[]) =>
  runImport(
    capture(name),
    '--url',
    url,
    '--captured',
    dates[name] ?? '',
    ...flags,
    '--content',
    content.dir,
  );
beforeEach(async () => {
  content = await copyContent();
});
afterEach(async () => {
  await content.remove();
});

describe('a revised text of a readout the archive has', () => {
  it('is recorded as a new version: the previous kept verbatim beside it, its digest recorded, what changed reported', async () => {
    expect(importCapture('1-as-published').status).toBe(0);
    const first = await readFile(readout(), 'utf8');
    const second = importCapture('2-name-corrected');
    expect(second.status, second.stderr).toBe(0);
    expect(second.stdout).toContain(
      `Recorded a revision of ${readout()} from ${capture('2-name-corrected')}, captured on 2023-03-11: the previous version is kept as ${join(versions(), '2023-03-10.md')}\n  changed para. 1 of “1. Defence and security cooperation” (#security-cooperation-p1)\n`,
    );
    expect(await readFile(join(versions(), '2023-03-10.md'), 'utf8')).toBe(first);
    const current = await readFile(readout(), 'utf8');
    expect(current).toContain('and Minister Wong stated that Australia');
    expect(current).toContain(
      `  captured: 2023-03-11\nversions:\n  - captured: 2023-03-10\n    sha256: ${createHash('sha256').update(first).digest('hex')}\n`,
    );
  });

  it('reports paragraphs changed and removed by number and anchor, and keeps the anchors of sections renumbered', async () => {
    for (const name of ['1-as-published', '2-name-corrected']) importCapture(name);
    const third = importCapture('3-sentence-added-paragraph-removed');
    expect(third.stdout).toContain(
      '  changed para. 1 of “2. North Korea” (#north-korea-p1)\n  removed para. 2 of “2. North Korea” (#north-korea-p2)\n',
    );
    const fourth = importCapture('4-section-inserted');
    expect(fourth.stdout).toContain(
      '  added para. 1 of “3. Climate change” (#climate-change-p1)\n',
    );
    const current = await readFile(readout(), 'utf8');
    expect(current).toContain('\n## 3. Climate change {#climate-change}\n');
    expect(current).toContain('\n## 4. Regional affairs {#regional-affairs topic=none}\n');
    expect((await readdir(versions())).sort()).toEqual([
      '2023-03-10.md',
      '2023-03-11.md',
      '2023-03-15.md',
    ]);
  });

  it('is a no-op, which says so, when the text is the same word for word', async () => {
    for (const name of ['1-as-published', '2-name-corrected']) importCapture(name);
    const before = await snapshot(content.dir);
    const again = runImport(capture('2-name-corrected'), '--url', url, '--content', content.dir);
    expect(again.status).toBe(0);
    expect(again.stdout).toContain(
      `${readout()} already holds this text, word for word: nothing to record`,
    );
    expect(await snapshot(content.dir)).toEqual(before);
  });

  it('refuses --force on a readout with versions, and a capture no later than the current one, writing nothing', async () => {
    for (const name of ['1-as-published', '2-name-corrected']) importCapture(name);
    const before = await snapshot(content.dir);
    const forced = importCapture('3-sentence-added-paragraph-removed', '--force');
    expect(forced.status).toBe(1);
    expect(forced.stderr).toContain(
      `${readout()} has 2 versions: --force replaces a mistaken import, and would lose them; import without it to record a revision`,
    );
    const early = runImport(
      capture('3-sentence-added-paragraph-removed'),
      '--url',
      url,
      '--captured',
      '2023-03-11',
      '--content',
      content.dir,
    );
    expect(early.status).toBe(1);
    expect(early.stderr).toContain(
      'holds a version captured on 2023-03-11; this revision must be captured later: give the day with --captured YYYY-MM-DD',
    );
    expect(await snapshot(content.dir)).toEqual(before);
  });

  it('refuses a bad revision (not UTF-8, no lead) and writes nothing', async () => {
    importCapture('1-as-published');
    const before = await snapshot(content.dir);
    const binary = join(content.dir, '..', 'revision.txt');
    await writeFile(binary, Buffer.from([0xff, 0xfe, 0x00, 0x41]));
    expect(runImport(binary, '--url', url, '--content', content.dir).stderr).toContain(
      'this is not a UTF-8 text file',
    );
    const noLead = join(content.dir, '..', 'no-lead.txt');
    await writeFile(
      noLead,
      'Japan-Australia Relations\n\nThe ministers met.\n\nBack to Japan-Australia Relations\n',
    );
    const refused = runImport(noLead, '--url', url, '--content', content.dir);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('no-lead.txt: no lead paragraph');
    expect(await snapshot(content.dir)).toEqual(before);
  });
});
