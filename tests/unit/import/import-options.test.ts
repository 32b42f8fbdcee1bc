import { describe, expect, it } from 'vitest';
import { ImportError } from '../../../src/import/import-error.ts';
import { importReadout, type ImportOptions } from '../../../src/import/import-readout.ts';
import { fixtureText, importFixture, repositoryVocabulary } from '../../support/import.ts';

// What importing a text does with what the editor gives beside it: flags, and lines of its own.
const imported = async (text: string, options: ImportOptions) =>
  importReadout({ file: 'x.txt', text }, await repositoryVocabulary(), options);
const refusal = async (text: string, options: ImportOptions): Promise<ImportError> => {
  const error: unknown = await imported(text, options).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof ImportError)) throw new Error(`not refused: ${String(error)}`);
  return error;
};

describe('importing a text', () => {
  const ukCall = fixtureText('pm-call-this-morning.txt', 'gov-uk').replace(/^From:\n.*\n/m, '');
  const mirror = 'https://mirror.example/x';

  it('reads its publisher from a “Publisher:” line, unless one is given', async () => {
    const refused = await refusal(ukCall, { url: mirror });
    expect(refused.message).toMatch(
      /^x\.txt: cannot tell who published this text: give --publisher/,
    );
    const text = `${ukCall}\nPublisher: 10 Downing Street\n`;
    expect((await imported(text, { url: mirror })).fields.source.publisher).toBe(
      'Prime Minister’s Office, 10 Downing Street',
    );
    const given = await refusal(text, { url: mirror, publisher: 'Ruritanian Chancery' });
    expect(given.message).toContain(
      '--publisher Ruritanian Chancery: not a publisher the importer reads',
    );
  });

  it('records the day it was captured, when the editor gives it', async () => {
    const text = fixtureText('titled-sections.txt');
    const url = 'https://www.mofa.go.jp/a.html';
    expect((await imported(text, { url, captured: '2017-04-12' })).fields.source).toEqual({
      publisher: 'Ministry of Foreign Affairs of Japan',
      url,
      published: '2017-04-10',
      language: 'en',
      captured: '2017-04-12',
    });
    expect((await imported(text, { url })).fields.source).not.toHaveProperty('captured');
  });

  it('keeps the page’s headline as the publisher’s title, unless a title is given, which is the archive’s own', async () => {
    const text = fixtureText('press-release-with-title.txt');
    const url = 'https://www.mofa.go.jp/a.html';
    expect((await imported(text, { url })).fields).toMatchObject({
      title: 'Japan-New Zealand Foreign Ministers’ Telephone Talk',
      titleSource: 'publisher',
    });
    const readout = await imported(text, {
      url,
      given: { title: 'Talks by telephone', kind: 'meeting', series: 'Japan-New Zealand talks' },
    });
    expect(readout.fields).toMatchObject({
      title: 'Talks by telephone',
      kind: 'meeting',
      series: 'Japan-New Zealand talks',
    });
    expect(readout.fields).not.toHaveProperty('titleSource');
    expect(readout.text).toContain('\ntitle: Talks by telephone\nkind: meeting\n');
  });

  it('takes the participants given for a lead that names nobody, principals in the readout’s id', async () => {
    const readout = await imported(fixtureText('no-lead.txt'), {
      url: 'https://www.mofa.go.jp/a.html',
      given: {
        date: '2017-04-10',
        kind: 'meeting',
        participants: [
          { person: 'shinzo-abe', role: 'Prime Minister of Japan' },
          { person: 'joe-biden', role: 'Vice President of the United States of America' },
          {
            person: 'fumio-kishida',
            role: 'Minister for Foreign Affairs',
            attendance: 'also-present',
          },
        ],
      },
    });
    expect(readout.id).toBe('2017-04-10-abe-biden');
    expect(readout.fields.participants.map(({ person }) => person)).toEqual([
      'shinzo-abe',
      'joe-biden',
      'fumio-kishida',
    ]);
    expect(readout.newPeople).toEqual([]);
  });

  it('asks for a topic when neither the text, its series nor the participants’ countries give one', async () => {
    // A call between two members of the publisher's own government, on nothing the vocabulary names.
    const text = [
      'Press Releases',
      'Courtesy call',
      'May 15, 2024',
      'On May 15, from 8:00 p.m. for 30 minutes, Ms. KAMIKAWA Yoko, Minister for Foreign Affairs of Japan, received a courtesy call from Mr. Fumio Kishida, Prime Minister of Japan. The overview of the call is as follows.',
      'The two exchanged greetings.',
    ].join('\n\n');
    const url = 'https://www.mofa.go.jp/a.html';
    const refused = await refusal(text, { url });
    expect(refused.message).toBe(
      'x.txt: no topic in the text, its series or its participants’ countries: give one with --topic <topic-id>',
    );
    expect(refused.flags).toEqual(['--topic']);
    expect((await imported(text, { url, given: { topics: ['china'] } })).fields.topics).toEqual([
      'china',
    ]);
  });

  it('is on the relations of the publisher’s country with the counterpart’s, when nothing else tells its topic', async () => {
    // Two of the publisher's own side, one of them new to the archive, and Canada's Prime Minister.
    const text = [
      'Press Releases',
      'Telephone talk',
      'May 15, 2024',
      'On May 15, from 8:00 p.m. for 30 minutes, Ms. KAMIKAWA Yoko, Minister for Foreign Affairs of Japan, and Mr. Taro Yamada, Special Adviser, held a telephone talk with the Rt. Hon. Justin Trudeau, Prime Minister of Canada. The overview of the talk is as follows.',
      'The two exchanged greetings.',
    ].join('\n\n');
    const readout = await imported(text, { url: 'https://www.mofa.go.jp/a.html' });
    expect(readout.fields.topics).toEqual(['japan-canada-relations']);
    expect(readout.newTopics).toEqual([
      {
        id: 'japan-canada-relations',
        title: 'Japan-Canada Relations',
        description: 'Japan’s relations with Canada.',
        aliases: [],
      },
    ]);
  });

  it('is refused when the meeting is dated after its page by more than the time zones allow', async () => {
    const refused = await refusal(fixtureText('meeting-after-dateline.txt'), {
      url: 'https://www.mofa.go.jp/a.html',
    });
    expect(refused.reason).toBe(
      'the meeting’s day, 2018-05-26 (the text), is 3 days after the page’s date, 2018-05-23 (its dateline): more than the time zones allow. Check the text, or give the right one with --date or --published',
    );
  });

  it('reports each paragraph it binds, with the anchor and every topic', async () => {
    expect((await importFixture('cet-in-berlin.txt')).bindings).toContain(
      'paragraph 2 (#security-cooperation): security-cooperation, russia-ukraine',
    );
  });

  it('tells a new person’s family name by the form the whole text keeps using, section titles too', async () => {
    const text = [
      'Japan-Brazil Relations',
      'May 20, 2023',
      'On May 20, commencing at 10:00 a.m. for approximately 30 minutes, Mr. KISHIDA Fumio, Prime Minister of Japan, held a summit meeting with H.E. Mr. Luiz Inácio Lula da Silva, President of the Federative Republic of Brazil, who is visiting Hiroshima. The overview of the meeting is as follows.',
      '1. Talks with President Lula',
      'The two leaders welcomed the progress of bilateral relations.',
    ].join('\n\n');
    const readout = await imported(text, { url: 'https://www.mofa.go.jp/a.html' });
    expect(readout.id).toBe('2023-05-20-kishida-lula');
    expect(readout.newPeople.map(({ familyName, mentions }) => ({ familyName, mentions }))).toEqual(
      [{ familyName: 'Lula', mentions: ['Luiz Inácio Lula da Silva', 'President Lula'] }],
    );
  });

  it('is refused, naming the field, when what it would write would not load in the build', async () => {
    const refused = await refusal(fixtureText('titled-sections.txt'), {
      url: 'https://www.mofa.go.jp/a.html',
      given: { topics: ['north-korea', 'Bad_Id'] },
    });
    expect(refused.message).toBe(
      'x.txt: the readout would not load in the build: topics.1: An id is lowercase words joined by hyphens.',
    );
  });
});
