import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importReadout } from '../../../src/import/import-readout.ts';
import { splitReadoutFile } from '../../../src/loaders/readout-file.ts';
import { seedSource } from '../../support/source.ts';
import { fixtureText, importFixture, repositoryVocabulary } from '../../support/import.ts';

const seedReadout = readFileSync('content/meetings/2016-09-21-abe-biden.md', 'utf8');
const bodyOf = (text: string): string => splitReadoutFile(text, 'x').body.replace(/^\n+/, '');

describe('importing the seed readout', () => {
  const imported = async () =>
    importReadout(
      { file: seedSource, text: readFileSync(seedSource, 'utf8') },
      await repositoryVocabulary(),
      {
        url: 'https://www.mofa.go.jp/na/na1/us/page4e_000531.html',
        publisher: 'Ministry of Foreign Affairs of Japan',
      },
    );

  it('reproduces the body of the committed readout exactly', async () => {
    expect(bodyOf((await imported()).text)).toBe(bodyOf(seedReadout));
  });

  it('reproduces the committed frontmatter too, so the whole file is the same', async () => {
    expect((await imported()).text).toBe(seedReadout);
  });

  it('names the file by the meeting date and the principals’ surnames, and creates no entries', async () => {
    const readout = await imported();
    expect(readout.id).toBe('2016-09-21-abe-biden');
    expect(readout.newTopics).toEqual([]);
    expect(readout.newPeople).toEqual([]);
  });
});

describe('importing readouts of each shape', () => {
  it('titled sections: topics by title, new topics for new subjects, an anchor without a topic for “Regional affairs”, the place and the kind of a foreign ministers’ meeting', async () => {
    const readout = await importFixture('titled-sections.txt');
    expect(readout.id).toBe('2017-04-10-kishida-bishop');
    expect(readout.fields).toMatchObject({
      title:
        'Minister for Foreign Affairs Kishida holds a Japan-Australia Foreign Ministers’ Meeting with Minister for Foreign Affairs Bishop',
      kind: 'foreign-ministers-meeting',
      date: '2017-04-10',
      start: { time: '16:30', approximate: false, timeZone: 'Asia/Tokyo' },
      duration: { minutes: 50, approximate: true },
      place: 'Tokyo',
      topics: ['japan-australia-relations', 'north-korea'],
      series: 'Japan-Australia Relations',
      photoCredit: 'Ministry of Foreign Affairs of Japan',
    });
    expect(readout.newTopics.map(({ id, title }) => `${id}: ${title}`)).toEqual([
      'japan-australia-relations: Japan-Australia relations',
    ]);
    expect(readout.text).toContain('\n## 3. Regional affairs {#regional-affairs topic=none}\n');
    // Both ministers are in the archive's people.yaml, by name.
    expect(readout.fields.participants.map(({ person }) => person)).toEqual([
      'fumio-kishida',
      'julie-bishop',
    ]);
    expect(readout.newPeople).toEqual([]);
    expect(readout.text).toContain(
      '\n## 2. North Korea {#north-korea}\n\nThe two ministers strongly condemned',
    );
  });

  it('sub-items: ### headings with ids <section>-<n>', async () => {
    const readout = await importFixture('sub-items.txt');
    expect(readout.text).toContain(
      '## 1. Japan-U.S. relations {#japan-us-relations}\n\n### (1) Overall {#japan-us-relations-1}\n\nPrime Minister Abe stated',
    );
    expect(readout.text).toContain('### (2) East China Sea {#regional-affairs-2}');
    expect(readout.fields).toMatchObject({
      kind: 'summit-meeting',
      place: 'Washington, D.C.',
      start: { time: '12:20', approximate: true, timeZone: 'America/New_York' },
    });
  });

  it('untitled numbered paragraphs: keep their numbers, each bound to the topics it names', async () => {
    const readout = await importFixture('untitled-numbered-paragraphs.txt');
    expect(readout.text).not.toContain('##');
    expect(readout.text).toContain('\n\n1\\. Minister Kishida stated that');
    expect(readout.text).toContain(
      'its full implementation. Minister Lavrov replied that Russia will implement the resolution. {#north-korea}\n',
    );
    expect(readout.fields.topics).toEqual(['north-korea', 'russia-ukraine']);
    expect(readout.fields).toMatchObject({
      kind: 'telephone-talk',
      title: 'Minister for Foreign Affairs Kishida holds a telephone talk with Minister Lavrov',
      start: { time: '21:10' },
    });
    expect(readout.fields.place).toBeUndefined();
    // A call with no place and no clock said is on the publisher's clock: Tokyo's, inferred.
    expect(readout.fields.start?.timeZone).toBe('Asia/Tokyo');
    expect(readout.inferred).toContainEqual({
      field: 'start.timeZone',
      value: 'Asia/Tokyo',
      how: 'the publisher’s own clock: the lead names no place and no clock',
      words: '9:10 p.m.',
    });
  });

  it('three participants: two guests as principals and one also present, all in the file name but the one also present', async () => {
    const readout = await importFixture('three-participants.txt');
    expect(readout.id).toBe('2016-03-31-abe-obama-park');
    expect(readout.fields.participants).toEqual([
      { person: 'shinzo-abe', role: 'Prime Minister of Japan', attendance: 'principal' },
      {
        person: 'barack-obama',
        role: 'President of the United States of America',
        attendance: 'principal',
      },
      {
        person: 'park-geun-hye',
        role: 'President of the Republic of Korea',
        attendance: 'principal',
      },
      {
        person: 'koichi-hagiuda',
        role: 'Deputy Chief Cabinet Secretary',
        attendance: 'also-present',
      },
    ]);
    expect(readout.fields.title).toBe(
      'Prime Minister Abe holds a Japan-U.S.-ROK Trilateral Summit Meeting with President Obama and President Park',
    );
    expect(readout.text).toContain(
      '  - person: koichi-hagiuda\n    role: Deputy Chief Cabinet Secretary\n    attendance: also-present\n',
    );
  });

  it('local time note: the local time, in the zone of the place', async () => {
    const readout = await importFixture('local-time-note.txt');
    expect(readout.fields).toMatchObject({
      date: '2017-07-07',
      start: { time: '09:00', approximate: false, timeZone: 'Europe/Berlin' },
      place: 'Hamburg, Germany',
    });
  });

  it('a dateline that differs from the meeting date: the lead’s day, the dateline as publication date', async () => {
    const readout = await importFixture('dateline-differs.txt');
    expect(readout.id).toBe('2016-12-31-abe-turnbull');
    expect(readout.fields).toMatchObject({
      date: '2016-12-31',
      source: { published: '2017-01-01' },
      start: { time: '22:30', timeZone: 'Asia/Tokyo' },
    });
    expect(readout.fields.topics).toEqual(['tpp', 'north-korea']);
  });
});

describe('what an import cannot do without', () => {
  const text = fixtureText('titled-sections.txt');
  const attempt = async (source: string, url?: string) =>
    importReadout(
      { file: 'x.txt', text: source },
      await repositoryVocabulary(),
      url ? { url } : {},
    );

  it('a source URL, from --url or a "Source:" line', async () => {
    await expect(attempt(text)).rejects.toThrow('x.txt: no source URL');
    expect(
      (await attempt(`${text}\nSource: https://www.mofa.go.jp/a.html\n`)).fields.source.url,
    ).toBe('https://www.mofa.go.jp/a.html');
    await expect(attempt(text, 'javascript:alert(1)')).rejects.toThrow('is not an http(s) address');
  });

  it('participants named with a role', async () => {
    await expect(
      attempt(
        text.replace(/Mr\. Fumio.*in Tokyo\./, 'the two foreign ministers met in Tokyo.'),
        'https://x.example/',
      ),
    ).rejects.toThrow(
      'x.txt: the lead names no participants with an honorific and a role (such as "Mr. Shinzo Abe, Prime Minister of Japan,"): give each with --participant',
    );
  });

  it('a role for a principal on each side: a spouse named without one is left out, with a note', async () => {
    const readout = await attempt(
      text.replace(
        'Minister for Foreign Affairs of Japan, held',
        'Minister for Foreign Affairs of Japan, and Mrs. Yuko Kishida held',
      ),
      'https://x.example/',
    );
    expect(readout.fields.participants.map(({ person }) => person)).toEqual([
      'fumio-kishida',
      'julie-bishop',
    ]);
    expect(readout.notes).toEqual([
      'Yuko Kishida is named without a role, and left out of the participants',
    ]);
  });

  it('nothing more for a subject named by title and family name, when the vocabulary knows that form', async () => {
    const readout = await attempt(
      text.replace(
        'Mr. Fumio Kishida, Minister for Foreign Affairs of Japan, held',
        'Prime Minister Abe, who is visiting Australia, held',
      ),
      'https://x.example/',
    );
    expect(readout.fields.participants[0]).toEqual({
      person: 'shinzo-abe',
      role: 'Prime Minister',
      attendance: 'principal',
    });
    expect(readout.id).toBe('2017-04-10-abe-bishop');
  });

  it('a kind of meeting: one the vocabulary does not know becomes a new kind', async () => {
    const lunch = text.replace(
      'held a Japan-Australia Foreign Ministers’ Meeting with',
      'had a working lunch with',
    );
    const readout = await attempt(lunch, 'https://x.example/');
    expect(readout.fields.kind).toBe('working-lunch');
    expect(readout.newKinds).toEqual([{ id: 'working-lunch', label: 'working lunch' }]);
  });

  it('a date: without a dateline and a year, it names the flags that give them', async () => {
    await expect(
      attempt(text.replace('April 10, 2017\n', ''), 'https://x.example/'),
    ).rejects.toThrow(
      'x.txt: no dateline above the lead: give the page’s date of publication with --published YYYY-MM-DD; the lead gives no year and the page no dateline: give the meeting’s date with --date YYYY-MM-DD',
    );
  });

  it('nothing else: two sections on one topic each keep an anchor of their own', async () => {
    const readout = await attempt(
      text.replace('3. Regional affairs', '3. DPRK'),
      'https://x.example/',
    );
    expect(readout.text).toContain('## 2. North Korea {#north-korea}');
    expect(readout.text).toContain('## 3. DPRK {#dprk topic=north-korea}');
  });
});
