import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { carryOut } from '../../../src/import/carry-out.ts';
import { planImport, type ImportRequest } from '../../../src/import/plan.ts';
import { fixture } from '../../support/import.ts';
import { copyContent } from '../../support/temp-content.ts';

// Japan's and the United Kingdom's accounts of one telephone talk, imported in this process.
let content: Awaited<ReturnType<typeof copyContent>>;
let mofaTalk: string;
let ukCall: string;
// Each text with its page's address, as an editor adds it for a batch.
const withSource = async (file: string, url: string) => {
  const path = join(content.dir, '..', file.replace(/.*\//, ''));
  await writeFile(path, `${await readFile(file, 'utf8')}\nSource: ${url}\n`);
  return path;
};
beforeEach(async () => {
  content = await copyContent();
  mofaTalk = await withSource(
    fixture('uk-summit-telephone-talk.txt'),
    'https://www.mofa.go.jp/example/talk.html',
  );
  ukCall = await withSource(
    fixture('pm-call-this-morning.txt', 'gov-uk'),
    'https://www.gov.uk/government/news/pm-call-example',
  );
});
afterEach(async () => {
  await content.remove();
});

const mofa = '2020-09-02-abe-johnson';
const uk = '2020-09-02-johnson-abe';
const plan = (files: string[], fields: Partial<ImportRequest> = {}) =>
  planImport({ files, contentDir: content.dir, force: false, ...fields });
const importMofa = async () =>
  carryOut(
    await plan([mofaTalk], { url: 'https://www.mofa.go.jp/example/talk.html' }),
    content.dir,
  );
const pairedNote = `paired with ${mofa} (Ministry of Foreign Affairs of Japan, 2020-09-02) as the other account of the meeting; if it is another meeting, import again with --not-counterpart ${mofa}`;

describe('a readout whose meeting the archive has another account of', () => {
  it('is linked to it, in its fields and its file, with a note naming the flag that undoes it', async () => {
    await importMofa();
    const [readout] = (await plan([ukCall])).readouts;
    expect(readout?.fields.counterparts).toEqual([mofa]);
    expect(readout?.text).toContain(`\ncounterparts:\n  - ${mofa}\n`);
    expect(readout?.notes).toEqual([pairedNote]);
  });

  it('is not linked to it when told they are two meetings', async () => {
    await importMofa();
    const [readout] = (await plan([ukCall], { given: { notCounterparts: [mofa] } })).readouts;
    expect(readout?.fields.counterparts).toBeUndefined();
    expect(readout?.notes).toEqual([]);
    expect(readout?.text).toContain(`\nnotCounterparts:\n  - ${mofa}\n`);
  });

  it('is linked to it once when it is named with --counterpart too, with no note', async () => {
    await importMofa();
    const [readout] = (await plan([ukCall], { given: { counterparts: [mofa] } })).readouts;
    expect(readout?.fields.counterparts).toEqual([mofa]);
    expect(readout?.notes).toEqual([]);
  });

  it('is linked to an account imported before it in the same run, once, whether or not the archive has it', async () => {
    const batch = await plan([mofaTalk, ukCall]);
    expect(batch.readouts.map(({ id, fields }) => [id, fields.counterparts])).toEqual([
      [mofa, undefined],
      [uk, [mofa]],
    ]);
    await carryOut(batch, content.dir);
    expect(await readFile(join(content.dir, 'meetings', `${uk}.md`), 'utf8')).toContain(
      `\ncounterparts:\n  - ${mofa}\n`,
    );
    const again = await plan([mofaTalk, ukCall], { force: true });
    expect(again.failed).toEqual([]);
    expect(again.readouts.map(({ fields }) => fields.counterparts)).toEqual([[uk], [mofa]]);
  });

  it('is not linked to an account whose readout says it is of another meeting', async () => {
    await carryOut(await plan([ukCall]), content.dir);
    const archived = join(content.dir, 'meetings', `${uk}.md`);
    const text = await readFile(archived, 'utf8');
    await writeFile(archived, text.replace('\n---\n', `\nnotCounterparts:\n  - ${mofa}\n---\n`));
    const [readout] = (await plan([mofaTalk])).readouts;
    expect(readout?.fields.counterparts).toBeUndefined();
  });

  it('is linked to the archive’s account though other files of the run are not of its meeting', async () => {
    await importMofa();
    const unrelated = await withSource(
      fixture('titled-sections.txt'),
      'https://www.mofa.go.jp/example/unrelated.html',
    );
    const batch = await plan([unrelated, ukCall]);
    expect(batch.readouts.map(({ fields }) => fields.counterparts)).toEqual([undefined, [mofa]]);
  });

  it('is not linked to itself, nor to an account of another day or meeting', async () => {
    await importMofa();
    const forced = await plan([mofaTalk], { force: true });
    expect(forced.readouts.map(({ fields }) => fields.counterparts)).toEqual([undefined]);
    const otherDay = await plan([ukCall], {
      given: { date: '2020-09-04', published: '2020-09-04' },
    });
    expect(otherDay.readouts.map(({ fields }) => fields.counterparts)).toEqual([undefined]);
  });
});
