import { describe, expect, it } from 'vitest';
import { MissingFields } from '../../../src/import/import-error.ts';
import { mofa } from '../../../src/import/publishers/mofa/mofa.ts';
import { ministry, primeMinistersOffice } from '../../../src/import/publishers/mofa/publishers.ts';
import { fixtureText, repositoryVocabulary } from '../../support/import.ts';

const lexicon = await repositoryVocabulary();
const read = (lines: string[], publisher = ministry) =>
  mofa.read(
    { file: 'page.txt', text: lines.join('\n\n'), publisher, lexicon },
    new MissingFields(),
  );
const meeting =
  'Mr. Taro Kono, Minister for Foreign Affairs of Japan, held a meeting with the Honorable Mike Pompeo, Secretary of State of the United States of America.';

describe('a MOFA page, as a draft', () => {
  it('takes the local day of a time’s note over the lead’s, and says so', () => {
    const draft = read([
      'Japan-United States of America Relations',
      'May 23, 2018',
      `On May 24, commencing at around 6:00 a.m. (5:00 p.m. on May 23, local time), ${meeting}`,
    ]);
    expect(draft.date).toBe('2018-05-23');
    expect(draft.inferred).toEqual([
      {
        field: 'date',
        value: '2018-05-23',
        how: 'the local day of the time’s note, the year of the dateline',
        words: draft.start?.words,
      },
    ]);
    expect(draft.start?.words).toMatch(/5:00 p\.m\. on May 23, local time/);
  });

  it('takes the lead’s day, with the dateline’s year, and says so', () => {
    const draft = read(['Series', 'May 23, 2018', `On May 22, ${meeting}`]);
    expect(draft.date).toBe('2018-05-22');
    expect(draft.inferred).toEqual([
      { field: 'date', value: '2018-05-22', how: 'the year of the dateline', words: 'On May 22' },
    ]);
  });

  it('takes the lead’s day and year as read', () => {
    const draft = read(['Series', 'May 23, 2018', `On May 22, 2018, ${meeting}`]);
    expect(draft.date).toBe('2018-05-22');
    expect(draft.inferred).toEqual([]);
  });

  it('says why the day cannot be told', () => {
    const draft = read(['Series', `On May 22, ${meeting}`]);
    expect(draft.date).toBeUndefined();
    expect(draft.dateMissing).toMatch(/--date/);
  });

  it('keeps every fact the page gives, and the publisher it was given', () => {
    const draft = read(
      [
        'Source: https://www.mofa.go.jp/x.html',
        'Japan-United States of America Relations',
        'Foreign Ministers’ Meeting',
        'May 22, 2018',
        '(Photo: MOFA)',
        `On May 22, commencing at 10:00 a.m. for approximately 30 minutes, ${meeting}`,
        '1. North Korea',
        'Text.',
      ],
      primeMinistersOffice,
    );
    expect(draft).toMatchObject({
      publisher: primeMinistersOffice,
      url: 'https://www.mofa.go.jp/x.html',
      published: '2018-05-22',
      title: 'Foreign Ministers’ Meeting',
      series: 'Japan-United States of America Relations',
      photoCredit: 'MOFA',
      date: '2018-05-22',
      verbPhrase: 'held a meeting with',
      kind: 'meeting',
      start: { time: '10:00', approximate: false },
      duration: { minutes: 30, approximate: true },
      blocks: [
        { type: 'section', number: 1, text: '1. North Korea', title: 'North Korea' },
        { type: 'paragraph', text: 'Text.' },
      ],
      notes: [],
    });
    expect(draft.people.map(({ name }) => name)).toEqual(['Taro Kono', 'Mike Pompeo']);
  });

  it('is the ministry’s when no publisher is given, without the facts the page leaves out', () => {
    const draft = mofa.read(
      { file: 'page.txt', text: ['May 22, 2018', `On May 22, ${meeting}`].join('\n\n'), lexicon },
      new MissingFields(),
    );
    expect(draft.publisher).toBe(ministry);
    for (const field of [
      'url',
      'title',
      'series',
      'photoCredit',
      'start',
      'duration',
      'place',
      'subject',
    ])
      expect(draft).not.toHaveProperty(field);
  });

  it('has no people and no verb phrase for a lead that names no one', () => {
    const draft = read(['Series', 'May 22, 2018', 'On May 22, the two ministers met.']);
    expect(draft).toMatchObject({ people: [], verbPhrase: '', date: '2018-05-22' });
  });

  it('notes a page that holds more than one meeting', () => {
    expect(
      read([
        'Series',
        'May 22, 2018',
        `On May 22, ${meeting.slice(0, -1)}, followed by a working lunch.`,
      ]).notes,
    ).toEqual([
      'the page holds more than one meeting (the lead: “followed by a working lunch”): the whole text is kept as one readout, with the first meeting’s facts',
    ]);
  });

  it('reads a lead that is item 1 of the numbered text', () => {
    const draft = read(['Series', 'May 22, 2018', `1. On May 22, ${meeting}`, '2. North Korea']);
    expect(draft.blocks).toEqual([
      { type: 'section', number: 2, text: '2. North Korea', title: 'North Korea' },
    ]);
  });
});

describe('a page in MOFA’s shape, told by its furniture', () => {
  it('has a series line, a "Back to" line, or a lead that opens with the day and names someone', () => {
    expect(mofa.recognises('Japan-Canada Relations\nText.')).toBe(true);
    expect(mofa.recognises('Text.\n  Back to Press Releases  ')).toBe(true);
    expect(mofa.recognises(`Headline\nOn May 22, ${meeting}`)).toBe(true);
    expect(mofa.recognises(fixtureText('titled-sections.txt'))).toBe(true);
  });

  it('is not told by those words inside a line, or by a day without a person', () => {
    expect(mofa.recognises('See Japan-Canada Relations.\nGo Back to top')).toBe(false);
    expect(mofa.recognises('On May 22, the ministers met.')).toBe(false);
    expect(mofa.recognises(`Headline ${meeting}`)).toBe(false);
  });
});
