import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planImport, type ImportRequest } from '../../../src/import/plan.ts';
import { fixture } from '../../support/import.ts';
import { contentForEachTest } from '../../support/temp-content.ts';

// What an import run plans, in this process, against a copy of the archive.
const content = contentForEachTest();

const url = 'https://www.mofa.go.jp/example/page.html';
const plan = (files: string[], fields: Partial<ImportRequest> = {}) =>
  planImport({ files, contentDir: content.dir, force: false, ...fields });
// A fixture's text changed, with its own page's address, as a file of a batch.
const edited = async (name: string, change: (text: string) => string, as = name) => {
  const path = join(content.dir, '..', as);
  await writeFile(path, `${change(await readFile(fixture(name), 'utf8'))}\nSource: ${url}?${as}\n`);
  return path;
};

describe('planning an import run', () => {
  it('gives one id to a person the archive does not know, however the files of the batch name them', async () => {
    const files = [
      await edited('titled-sections.txt', (text) =>
        text.replace('Fumio Kishida', 'Kenji Moriyama'),
      ),
      await edited('untitled-numbered-paragraphs.txt', (text) =>
        text.replace('Fumio Kishida', 'MORIYAMA Kenji'),
      ),
    ];
    const planned = await plan(files);
    expect(planned.failed).toEqual([]);
    expect(planned.newPeople.map(({ id }) => id)).toEqual(['kenji-moriyama']);
    expect(planned.readouts.map(({ id, newPeople }) => [id, newPeople.length])).toEqual([
      ['2017-04-10-moriyama-bishop', 1],
      ['2016-03-03-moriyama-lavrov', 0],
    ]);
    expect(planned.newTopics.map(({ id }) => id)).toEqual(['japan-australia-relations']);
  });

  it('names a second page on the same meeting by its kind', async () => {
    const files = [
      await edited('sub-items.txt', (text) => text, 'summit.txt'),
      await edited(
        'sub-items.txt',
        (text) =>
          text.replace('held a Japan-U.S. Summit Meeting with', 'had a working dinner with'),
        'dinner.txt',
      ),
    ];
    expect((await plan(files)).readouts.map(({ target }) => target)).toEqual([
      join(content.dir, 'meetings', '2017-02-10-abe-trump.md'),
      join(content.dir, 'meetings', '2017-02-10-abe-trump-working-dinner.md'),
    ]);
  });

  it('takes nothing from a file refused after it was read: no readout, topic, person or kind', async () => {
    const file = await edited('titled-sections.txt', (text) =>
      text
        .replace('Fumio Kishida', 'Kenji Moriyama')
        .replace(
          'held a Japan-Australia Foreign Ministers’ Meeting with',
          'had a working lunch with',
        ),
    );
    const planned = await plan([file], { given: { counterparts: ['2017-04-10-missing'] } });
    expect(planned).toEqual({
      readouts: [],
      newTopics: [],
      newPeople: [],
      newKinds: [],
      unchanged: [],
      failed: [
        {
          file,
          message: `${file}: --counterpart 2017-04-10-missing: there is no readout ${join(content.dir, 'meetings', '2017-04-10-missing.md')}; import or write the other account first.`,
          flags: ['--counterpart'],
        },
      ],
    });
  });

  it('reads each file with the publisher, address and facts it is given', async () => {
    const refused = await plan([fixture('titled-sections.txt')], {
      url,
      publisher: 'Ruritanian Chancery',
    });
    expect(refused.failed[0]?.message).toContain(
      '--publisher Ruritanian Chancery: not a publisher the importer reads',
    );
    const given = await plan([fixture('no-dateline.txt')], {
      url,
      given: { published: '2017-04-11', date: '2017-04-10' },
      captured: '2017-04-12',
    });
    expect(given.readouts.map(({ fields }) => [fields.date, fields.source])).toEqual([
      [
        '2017-04-10',
        {
          publisher: 'Ministry of Foreign Affairs of Japan',
          url,
          published: '2017-04-11',
          language: 'en',
          captured: '2017-04-12',
        },
      ],
    ]);
  });

  it('adds each new topic, person and kind once, however many files of the batch need it', async () => {
    const lunch = (text: string) =>
      text
        .replace('Fumio Kishida', 'Kenji Moriyama')
        .replace(
          'held a Japan-Australia Foreign Ministers’ Meeting with',
          'had a working lunch with',
        );
    const files = [
      await edited('titled-sections.txt', lunch, 'first-page.txt'),
      await edited('titled-sections.txt', lunch, 'second-page.txt'),
    ];
    const planned = await plan(files);
    expect(planned.failed).toEqual([]);
    expect({
      topics: planned.newTopics.map(({ id }) => id),
      people: planned.newPeople.map(({ id }) => id),
      kinds: planned.newKinds.map(({ id }) => id),
    }).toEqual({
      topics: ['japan-australia-relations'],
      people: ['kenji-moriyama'],
      kinds: ['working-lunch'],
    });
    expect(planned.readouts[1]?.fields).toMatchObject({
      kind: 'working-lunch',
      topics: ['japan-australia-relations', 'north-korea'],
    });
  });

  it('takes an empty flag for none: the text’s own lines give the page and its publisher', async () => {
    const file = await edited(
      'titled-sections.txt',
      (text) => `${text}\nPublisher: Ministry of Foreign Affairs of Japan\n`,
    );
    const planned = await plan([file], { url: '', publisher: '', captured: '' });
    expect(planned.failed).toEqual([]);
    expect(planned.readouts[0]?.fields.source).toEqual({
      publisher: 'Ministry of Foreign Affairs of Japan',
      url: `${url}?titled-sections.txt`,
      published: '2017-04-10',
      language: 'en',
    });
  });

  it('replaces a readout the archive has only when forced', async () => {
    const files = [fixture('titled-sections.txt')];
    const first = await plan(files, { url });
    expect(first.readouts.map(({ replaces }) => replaces)).toEqual([false]);
    const forcedNew = await plan(files, { url, force: true });
    expect(forcedNew.readouts.map(({ replaces }) => replaces)).toEqual([false]);
    await writeFile(first.readouts[0]?.target ?? '', first.readouts[0]?.text ?? '');
    expect(
      (await plan(files, { url, force: true })).readouts.map(({ replaces }) => replaces),
    ).toEqual([true]);
  });
});
