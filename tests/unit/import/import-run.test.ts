import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reportTable } from '../../../src/import/output/report-table.ts';
import {
  carryOut,
  newEntriesReport,
  unchangedReport,
  writtenReport,
} from '../../../src/import/carry-out.ts';
import { planImport, type ImportRequest } from '../../../src/import/plan.ts';
import { fixture } from '../../support/import.ts';
import { contentForEachTest, snapshot } from '../../support/temp-content.ts';

// What `npm run import` plans and writes, run in this process (tests/unit/import/cli.test.ts
// and revisions.test.ts run the command itself, in a process of its own).
const content = contentForEachTest();

const request = (files: string[], fields: Partial<ImportRequest> = {}): ImportRequest => ({
  files,
  contentDir: content.dir,
  force: false,
  ...fields,
});
const exampleUrl = 'https://www.mofa.go.jp/example/page.html';

describe('an import run', () => {
  it('writes the readout and the new entries, and reports each', async () => {
    const topicsBefore = await readFile(join(content.dir, 'topics.yaml'), 'utf8');
    const plan = await planImport(request([fixture('titled-sections.txt')], { url: exampleUrl }));
    const target = join(content.dir, 'meetings', '2017-04-10-kishida-bishop.md');
    expect(plan.readouts.map((readout) => [readout.target, readout.replaces])).toEqual([
      [target, false],
    ]);
    const report = await carryOut(plan, content.dir);
    expect(report).toEqual([
      `New topic "japan-australia-relations" (Japan-Australia relations) in ${join(content.dir, 'topics.yaml')}: review its description and aliases`,
      `Created ${target} from ${fixture('titled-sections.txt')}`,
    ]);
    expect(await readFile(target, 'utf8')).toBe(plan.readouts[0]?.text);
    expect(await readFile(join(content.dir, 'topics.yaml'), 'utf8')).toBe(
      `${topicsBefore}- id: japan-australia-relations\n  title: Japan-Australia relations\n  description: Sections headed “Japan-Australia relations” in the readouts.\n`,
    );
    expect(reportTable(plan, false).split('\n')).toEqual([
      'file                                           | readout written              | new topics / people / kinds       | fields that need a flag',
      '-----------------------------------------------|------------------------------|-----------------------------------|------------------------',
      'tests/fixtures/import/mofa/titled-sections.txt | 2017-04-10-kishida-bishop.md | japan-australia-relations / – / – | –',
    ]);
  });

  it('names new people and kinds for review, and a file it cannot import with its flags', async () => {
    const plan = await planImport(
      request([fixture('no-dateline.txt'), fixture('titled-sections.txt')], { url: exampleUrl }),
    );
    expect(plan.failed.map(({ file, flags }) => ({ file, flags }))).toEqual([
      { file: fixture('no-dateline.txt'), flags: ['--published', '--date'] },
    ]);
    expect(reportTable(plan, true).split('\n')).toEqual([
      'file                                           | readout (not written)        | new topics / people / kinds       | fields that need a flag',
      '-----------------------------------------------|------------------------------|-----------------------------------|------------------------',
      'tests/fixtures/import/mofa/titled-sections.txt | 2017-04-10-kishida-bishop.md | japan-australia-relations / – / – | –',
      'tests/fixtures/import/mofa/no-dateline.txt     | none                         | –                                 | --published --date',
    ]);
    const people = {
      ...plan,
      newTopics: [],
      newKinds: [],
      newPeople: [
        { id: 'anna-smith', name: 'Anna Smith', familyName: 'Smith', mentions: [], offices: [] },
      ],
    };
    expect(newEntriesReport(people, content.dir)).toEqual([
      `New person "anna-smith" (Anna Smith) in ${join(content.dir, 'people.yaml')}: review the family name and mentions`,
    ]);
    const kinds = {
      ...plan,
      newTopics: [],
      newKinds: [{ id: 'working-lunch', label: 'working lunch' }],
    };
    expect(newEntriesReport(kinds, content.dir)).toEqual([
      `New kind of meeting "working-lunch" (working lunch) in ${join(content.dir, 'kinds.yaml')}: review its label`,
    ]);
  });

  it('replaces a readout only when forced, keeping the old file', async () => {
    const files = [fixture('titled-sections.txt')];
    await carryOut(await planImport(request(files, { url: exampleUrl })), content.dir);
    const forced = await planImport(request(files, { url: exampleUrl, force: true }));
    expect(forced.readouts.map(({ replaces }) => replaces)).toEqual([true]);
    const [line] = await carryOut(forced, content.dir);
    const meetings = join(content.dir, 'meetings');
    const [backup] = (await readdir(meetings)).filter((name) => name.endsWith('.bak'));
    expect(line).toBe(
      `Replaced ${join(meetings, '2017-04-10-kishida-bishop.md')} from ${files[0] ?? ''} (the previous file is kept as ${join(meetings, backup ?? '')})`,
    );
    expect(backup).toMatch(
      /^2017-04-10-kishida-bishop\.md\.\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d-\d{3}Z\.bak$/,
    );
    const [readout] = forced.readouts;
    expect(readout && writtenReport(readout, undefined, true)).toEqual([
      `Would replace ${join(meetings, '2017-04-10-kishida-bishop.md')}`,
    ]);
  });

  it('refuses a plan that failed as a whole', async () => {
    const plan = await planImport({
      ...request([fixture('titled-sections.txt')]),
      contentDir: join(content.dir, 'missing'),
    });
    expect(plan.fatal).toBeDefined();
    await expect(carryOut(plan, content.dir)).rejects.toThrow(
      'A plan that failed as a whole must not be written.',
    );
  });
});

describe('a revised text of a readout the archive has', () => {
  const url = 'https://www.mofa.go.jp/example/versions.html';
  const capture = (name: string) => `tests/fixtures/versions/${name}.txt`;
  const importCapture = async (name: string, captured: string) => {
    const plan = await planImport(request([capture(name)], { url, captured }));
    return { plan, report: await carryOut(plan, content.dir) };
  };
  const readout = () => join(content.dir, 'meetings', '2023-03-10-hayashi-wong.md');

  it('is recorded as a new version, the previous kept beside it, what changed reported', async () => {
    await importCapture('1-as-published', '2023-03-10');
    const first = await readFile(readout(), 'utf8');
    const { plan, report } = await importCapture('2-name-corrected', '2023-03-11');
    const versionFile = join(
      content.dir,
      'meetings',
      '2023-03-10-hayashi-wong.versions',
      '2023-03-10.md',
    );
    expect(report).toEqual([
      `Recorded a revision of ${readout()} from ${capture('2-name-corrected')}, captured on 2023-03-11: the previous version is kept as ${versionFile}`,
      '  changed para. 1 of “1. Defence and security cooperation” (#security-cooperation-p1)',
    ]);
    expect(await readFile(versionFile, 'utf8')).toBe(first);
    const [planned] = plan.readouts;
    expect(planned && writtenReport(planned, undefined, true)[0]).toBe(
      `Would record a revision of ${readout()} from ${capture('2-name-corrected')}, captured on 2023-03-11: the previous version would be kept as ${versionFile}`,
    );
  });

  it('is nothing to record when the text is the same word for word', async () => {
    await importCapture('1-as-published', '2023-03-10');
    const before = await snapshot(content.dir);
    const { plan } = await importCapture('1-as-published', '2023-03-12');
    expect(plan.readouts).toEqual([]);
    expect(unchangedReport(plan)).toEqual([
      `${capture('1-as-published')}: ${readout()} already holds this text, word for word: nothing to record`,
    ]);
    expect(await snapshot(content.dir)).toEqual(before);
  });

  it('reports paragraphs removed and added, by number and anchor', async () => {
    await importCapture('1-as-published', '2023-03-10');
    await importCapture('2-name-corrected', '2023-03-11');
    const third = await importCapture('3-sentence-added-paragraph-removed', '2023-03-15');
    expect(third.report.slice(1)).toEqual([
      '  changed para. 1 of “2. North Korea” (#north-korea-p1)',
      '  removed para. 2 of “2. North Korea” (#north-korea-p2)',
    ]);
    const fourth = await importCapture('4-section-inserted', '2023-04-02');
    expect(fourth.report.slice(1)).toContain(
      '  added para. 1 of “3. Climate change” (#climate-change-p1)',
    );
  });

  it('is refused when forced, or captured no later than the current one', async () => {
    await importCapture('1-as-published', '2023-03-10');
    await importCapture('2-name-corrected', '2023-03-11');
    const forced = await planImport(
      request([capture('3-sentence-added-paragraph-removed')], {
        url,
        force: true,
        captured: '2023-03-15',
      }),
    );
    expect(forced.failed.map(({ message, flags }) => ({ message, flags }))).toEqual([
      {
        message: `${capture('3-sentence-added-paragraph-removed')}: ${readout()} has 2 versions: --force replaces a mistaken import, and would lose them; import without it to record a revision`,
        flags: ['--force'],
      },
    ]);
    const early = await planImport(
      request([capture('3-sentence-added-paragraph-removed')], { url, captured: '2023-03-11' }),
    );
    expect(early.failed[0]?.message).toContain(
      'holds a version captured on 2023-03-11; this revision must be captured later: give the day with --captured YYYY-MM-DD',
    );
  });
});
