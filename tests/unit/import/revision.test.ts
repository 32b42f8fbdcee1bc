import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { carryOut } from '../../../src/import/carry-out.ts';
import { planImport, type ImportRequest } from '../../../src/import/plan.ts';
import { changesReport } from '../../../src/import/revisions/revision.ts';
import { contentForEachTest, snapshot } from '../../support/temp-content.ts';

// One invented MOFA readout captured several times (tests/fixtures/versions/README.md), imported
// in this process.
const content = contentForEachTest();

const url = 'https://www.mofa.go.jp/example/versions.html';
const capture = (name: string) => `tests/fixtures/versions/${name}.txt`;
const readout = () => join(content.dir, 'meetings', '2023-03-10-hayashi-wong.md');
const versionFile = (day: string) =>
  join(content.dir, 'meetings', '2023-03-10-hayashi-wong.versions', `${day}.md`);
const plan = (file: string, fields: Partial<ImportRequest> = {}) =>
  planImport({ files: [file], contentDir: content.dir, force: false, url, ...fields });
const importFile = async (file: string, fields: Partial<ImportRequest> = {}) =>
  carryOut(await plan(file, fields), content.dir);
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
// The archive's readout edited by hand, as an editor may.
const edit = async (change: (text: string) => string) =>
  writeFile(readout(), change(await readFile(readout(), 'utf8')));

describe('a revision of a readout', () => {
  it('is captured after the version the archive has: its capture, or else its page’s date', async () => {
    await importFile(capture('1-as-published'));
    expect(await readFile(readout(), 'utf8')).not.toContain('captured');
    const same = await plan(capture('2-name-corrected'), { captured: '2023-03-10' });
    expect(same.failed.map(({ message, flags }) => ({ message, flags }))).toEqual([
      {
        message: `${capture('2-name-corrected')}: ${readout()} holds a version captured on 2023-03-10; this revision must be captured later: give the day with --captured YYYY-MM-DD`,
        flags: ['--captured'],
      },
    ]);
    await importFile(capture('2-name-corrected'), { captured: '2023-03-12' });
    expect(await readFile(versionFile('2023-03-10'), 'utf8')).toBeDefined();
    const early = await plan(capture('3-sentence-added-paragraph-removed'), {
      captured: '2023-03-12',
    });
    expect(early.failed[0]?.message).toContain('holds a version captured on 2023-03-12;');
    const later = await plan(capture('3-sentence-added-paragraph-removed'), {
      captured: '2023-03-13',
    });
    expect(later.readouts[0]?.revision?.versionFile).toBe(versionFile('2023-03-12'));
  });

  it('records each earlier version, with the publisher’s date of revision, and keeps the readout’s links to other accounts', async () => {
    await importFile(capture('1-as-published'), { captured: '2023-03-10' });
    await edit((text) =>
      text
        .replace('  captured: 2023-03-10\n', '  captured: 2023-03-10\n  revised: 2023-03-09\n')
        .replace(
          '\n---\n',
          '\ncounterparts:\n  - 2023-03-10-wong-hayashi\nnotCounterparts:\n  - 2023-03-10-wong-marles\n---\n',
        ),
    );
    const first = await readFile(readout(), 'utf8');
    await importFile(capture('2-name-corrected'), { captured: '2023-03-11' });
    const second = await readFile(readout(), 'utf8');
    await importFile(capture('3-sentence-added-paragraph-removed'), { captured: '2023-03-15' });
    const third = await readFile(readout(), 'utf8');
    expect(third).toContain(
      `\n  captured: 2023-03-15\ncounterparts:\n  - 2023-03-10-wong-hayashi\nnotCounterparts:\n  - 2023-03-10-wong-marles\nversions:\n  - captured: 2023-03-10\n    revised: 2023-03-09\n    sha256: ${sha256(first)}\n  - captured: 2023-03-11\n    sha256: ${sha256(second)}\n---\n`,
    );
    expect(await readFile(versionFile('2023-03-11'), 'utf8')).toBe(second);
  });

  it('is a text whose section titles alone changed', async () => {
    await importFile(capture('1-as-published'), { captured: '2023-03-10' });
    const retitled = join(content.dir, '..', 'retitled.txt');
    await writeFile(
      retitled,
      (await readFile(capture('1-as-published'), 'utf8')).replace(
        '3. Regional affairs',
        '3. Regional situation',
      ),
    );
    const revised = await plan(retitled, { captured: '2023-03-11' });
    expect(revised.unchanged).toEqual([]);
    expect(revised.readouts[0]?.revision?.changes).toEqual([]);
    expect(revised.readouts[0]?.text).toContain(
      '\n## 3. Regional situation {#regional-affairs topic=none}\n',
    );
  });
});

describe('a revision of a readout without sections', () => {
  it('reports each paragraph changed by its number and anchor', async () => {
    const file = join(content.dir, '..', 'talk.txt');
    const text = await readFile(
      'tests/fixtures/import/mofa/untitled-numbered-paragraphs.txt',
      'utf8',
    );
    await writeFile(file, text);
    await importFile(file, { captured: '2016-03-03' });
    await writeFile(file, text.replace('close communication', 'close and frequent communication'));
    const report = await importFile(file, { captured: '2016-03-04' });
    expect(report.slice(1)).toEqual(['  changed para. 4 (#p4)']);
  });
});

describe('the readout a revision replaces', () => {
  it.each([
    [
      'whose fields the build refuses',
      (text: string) => text.replace(/^title: .*\n/m, '').replace(/^ {2}url: .*\n/m, ''),
      'title: Invalid input: expected string, received undefined; source.url: Invalid input: expected string, received undefined',
    ],
    [
      'whose Markdown the build refuses',
      (text: string) => `${text}\n## Two {#north-korea}\n\nText.\n`,
      'north-korea',
    ],
  ])('must load before a revision is recorded: one %s is named', async (_, change, why) => {
    await importFile(capture('1-as-published'), { captured: '2023-03-10' });
    await edit(change);
    const before = await snapshot(content.dir);
    const refused = await plan(capture('2-name-corrected'), { captured: '2023-03-11' });
    expect(refused.failed).toHaveLength(1);
    const message = refused.failed[0]?.message ?? '';
    expect(message).toMatch(
      new RegExp(
        `^${capture('2-name-corrected')}: ${readout()}, the readout this text revises, does not load \\(.+\\): mend it before recording a revision$`,
        's',
      ),
    );
    expect(message).toContain(why);
    expect(await snapshot(content.dir)).toEqual(before);
  });

  it('is replaced with --force when it has no versions, or does not load at all', async () => {
    await importFile(capture('1-as-published'), { captured: '2023-03-10' });
    await edit((text) => text.replace('\n---\n', '\nversions: []\n---\n'));
    const empty = await plan(capture('2-name-corrected'), { force: true });
    expect(empty.failed).toEqual([]);
    expect(empty.readouts.map(({ replaces }) => replaces)).toEqual([true]);
    await edit((text) => text.replace(/^---\n/, ''));
    const broken = await plan(capture('2-name-corrected'), { force: true });
    expect(broken.failed).toEqual([]);
    expect(broken.readouts.map(({ replaces }) => replaces)).toEqual([true]);
  });
});

describe('the report of what a revision changed', () => {
  it('names each paragraph by number, section and anchor, and where a changed one now stands', () => {
    expect(
      changesReport([
        {
          change: 'changed',
          before: { id: 'p2', number: 2, text: 'A.' },
          after: { id: 'p2', number: 2, text: 'A!' },
          words: [],
        },
        {
          change: 'changed',
          before: { id: 'trade-p1', number: 1, section: '1. Trade', text: 'B.' },
          after: { id: 'economy-p3', number: 3, section: '2. Economy', text: 'B!' },
          words: [],
        },
        { change: 'removed', before: { id: 'p4', number: 4, text: 'C.' } },
        {
          change: 'added',
          after: { id: 'energy-p2', number: 2, section: '3. Energy', text: 'D.' },
        },
      ]),
    ).toEqual([
      'changed para. 2 (#p2)',
      'changed para. 1 of “1. Trade” (#trade-p1), now para. 3 of “2. Economy” (#economy-p3)',
      'removed para. 4 (#p4)',
      'added para. 2 of “3. Energy” (#energy-p2)',
    ]);
  });
});
