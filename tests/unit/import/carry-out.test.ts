import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { carryOut, writtenReport } from '../../../src/import/carry-out.ts';
import { planImport } from '../../../src/import/plan.ts';
import { fixture } from '../../support/import.ts';
import { contentForEachTest } from '../../support/temp-content.ts';

const content = contentForEachTest();

const url = 'https://www.mofa.go.jp/example/page.html';
const vocabulary = (name: string) => readFile(join(content.dir, name), 'utf8');
// The foreign ministers' meeting, with a minister the archive does not know, over a working lunch.
const lunchWithNewcomer = async () => {
  const path = join(content.dir, '..', 'lunch.txt');
  const text = (await readFile(fixture('titled-sections.txt'), 'utf8'))
    .replace('Fumio Kishida', 'Kenji Moriyama')
    .replace('held a Japan-Australia Foreign Ministers’ Meeting with', 'had a working lunch with');
  await writeFile(path, text);
  return path;
};

describe('carrying out an import', () => {
  it('appends each new topic, person and kind to its file before writing the readout, and reports them in that order', async () => {
    const before = {
      topics: await vocabulary('topics.yaml'),
      people: await vocabulary('people.yaml'),
      kinds: await vocabulary('kinds.yaml'),
    };
    const file = await lunchWithNewcomer();
    const plan = await planImport({ files: [file], contentDir: content.dir, force: false, url });
    const target = join(content.dir, 'meetings', '2017-04-10-moriyama-bishop.md');
    expect(await carryOut(plan, content.dir)).toEqual([
      `New topic "japan-australia-relations" (Japan-Australia relations) in ${join(content.dir, 'topics.yaml')}: review its description and aliases`,
      `New person "kenji-moriyama" (Kenji Moriyama) in ${join(content.dir, 'people.yaml')}: review the family name and mentions`,
      `New kind of meeting "working-lunch" (working lunch) in ${join(content.dir, 'kinds.yaml')}: review its label`,
      `Created ${target} from ${file}`,
    ]);
    expect(await vocabulary('topics.yaml')).toBe(
      `${before.topics}- id: japan-australia-relations\n  title: Japan-Australia relations\n  description: Sections headed “Japan-Australia relations” in the readouts.\n`,
    );
    expect((await vocabulary('people.yaml')).slice(before.people.length)).toMatch(
      /^- id: kenji-moriyama\n {2}name: Kenji Moriyama\n {2}familyName: Moriyama\n/,
    );
    expect(await vocabulary('kinds.yaml')).toBe(
      `${before.kinds}- id: working-lunch\n  label: working lunch\n`,
    );
    expect(await readFile(target, 'utf8')).toContain('\nkind: working-lunch\n');
  });

  it('appends several new entries of a vocabulary one after another', async () => {
    const before = {
      topics: await vocabulary('topics.yaml'),
      people: await vocabulary('people.yaml'),
      kinds: await vocabulary('kinds.yaml'),
    };
    const topic = (id: string) => ({ id, title: id, description: `${id}.`, aliases: [] });
    const person = (id: string, name: string) => ({
      id,
      name,
      familyName: name,
      mentions: [],
      offices: [],
    });
    await carryOut(
      {
        readouts: [],
        failed: [],
        unchanged: [],
        newTopics: [topic('arctic'), topic('space')],
        newPeople: [person('anna', 'Anna'), person('ben', 'Ben')],
        newKinds: [
          { id: 'working-lunch', label: 'working lunch' },
          { id: 'working-dinner', label: 'working dinner' },
        ],
      },
      content.dir,
    );
    expect(await vocabulary('topics.yaml')).toBe(
      `${before.topics}- id: arctic\n  title: arctic\n  description: arctic.\n- id: space\n  title: space\n  description: space.\n`,
    );
    expect(await vocabulary('people.yaml')).toBe(
      `${before.people}- id: anna\n  name: Anna\n  familyName: Anna\n- id: ben\n  name: Ben\n  familyName: Ben\n`,
    );
    expect(await vocabulary('kinds.yaml')).toBe(
      `${before.kinds}- id: working-lunch\n  label: working lunch\n- id: working-dinner\n  label: working dinner\n`,
    );
  });

  it('leaves a vocabulary it adds nothing to as it is, byte for byte', async () => {
    const kinds = (await vocabulary('kinds.yaml')).trimEnd();
    await writeFile(join(content.dir, 'kinds.yaml'), kinds);
    const plan = await planImport({
      files: [fixture('titled-sections.txt')],
      contentDir: content.dir,
      force: false,
      url,
    });
    await carryOut(plan, content.dir);
    expect(await vocabulary('kinds.yaml')).toBe(kinds);
  });

  it('says what a dry run would create', async () => {
    const plan = await planImport({
      files: [fixture('titled-sections.txt')],
      contentDir: content.dir,
      force: false,
      url,
    });
    const [readout] = plan.readouts;
    expect(readout && writtenReport(readout, undefined, true)).toEqual([
      `Would create ${join(content.dir, 'meetings', '2017-04-10-kishida-bishop.md')}`,
    ]);
  });
});
