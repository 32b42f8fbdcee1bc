import { describe, expect, it } from 'vitest';
import { readOfficePage, type OfficePage } from '../../../src/import/publishers/office-page.ts';
import { primeMinistersOffice } from '../../../src/import/publishers/gov-uk/publishers.ts';
import { repositoryVocabulary } from '../../support/import.ts';

const lexicon = await repositoryVocabulary();
const read = (body: string[], furniture: Partial<OfficePage> = {}) =>
  readOfficePage({ publisher: primeMinistersOffice, body, skipped: [], ...furniture }, lexicon);
const call = 'The Prime Minister spoke to Prime Minister Kishida of Japan';

describe('the day of a meeting on a page that names people by office', () => {
  it('is the lead’s own day, with its year', () => {
    const draft = read([`On March 16, 2022, ${call.replace('The', 'the')}.`], {
      published: '2022-03-20',
    });
    expect(draft.date).toBe('2022-03-16');
    expect(draft.inferred).toEqual([]);
    expect(read([`On March 16, 2022, ${call.replace('The', 'the')}.`]).date).toBe('2022-03-16');
  });

  it('takes the year of the page’s date for a day without one, and says so', () => {
    const draft = read([`${call} on 18 September.`], { published: '2022-09-20' });
    expect(draft.date).toBe('2022-09-18');
    expect(draft.inferred).toEqual([
      {
        field: 'date',
        value: '2022-09-18',
        how: 'the year of the page’s date',
        words: 'on 18 September',
      },
    ]);
    expect(
      read([`On the evening of Tuesday, March 15th, ${call.replace('The', 'the')}.`], {
        published: '2022-03-16',
      }).date,
    ).toBe('2022-03-15');
  });

  it('reads the lead’s day in its other forms', () => {
    const dayOf = (opening: string) => {
      const draft = read([`${opening} ${call.replace('The', 'the')}.`], {
        published: '2022-03-28',
      });
      return [draft.date, draft.inferred.length];
    };
    expect(dayOf('On 16 March 2022,')).toEqual(['2022-03-16', 0]);
    expect(dayOf('On Wednesday March 16,')).toEqual(['2022-03-16', 1]);
    expect(dayOf('On the morning of 16th March,')).toEqual(['2022-03-16', 1]);
    expect(dayOf('on March 2nd,')).toEqual(['2022-03-02', 1]);
  });

  it('is the furniture’s day when the lead gives none it can read', () => {
    const draft = read([`${call} today.`], { published: '2020-09-03', meetingDay: '2020-09-02' });
    expect(draft.date).toBe('2020-09-02');
    expect(draft.inferred).toEqual([]);
    expect(read([`${call} on February 30, 2022.`], { meetingDay: '2022-03-01' }).date).toBe(
      '2022-03-01',
    );
    expect(read([`${call} on 16 March.`], { meetingDay: '2022-03-01' }).date).toBe('2022-03-01');
  });

  it('reads "today" and "yesterday" against the page’s date, and says so', () => {
    const draft = read([`Yesterday, ${call.replace('The', 'the')}.`], { published: '2021-02-03' });
    expect(draft.date).toBe('2021-02-02');
    expect(draft.inferred).toEqual([
      {
        field: 'date',
        value: '2021-02-02',
        how: 'the day before the page’s date',
        words: 'Yesterday',
      },
    ]);
  });

  it('reads the day in the paragraph that says who met, after a spokesperson’s attribution', () => {
    const draft = read(
      ['A spokesperson for Number 10 said:', `${call} this morning.`, 'They agreed.'],
      { published: '2020-09-02' },
    );
    expect(draft.date).toBe('2020-09-02');
    expect(draft.people.map(({ words }) => words)).toEqual([
      'The Prime Minister',
      'Prime Minister Kishida of Japan',
    ]);
    expect(draft.lead).toBe('A spokesperson for Number 10 said:');
  });

  it('asks for the date, saying why, when it cannot be told', () => {
    expect(read([`${call} earlier this week.`], { published: '2022-07-14' }).dateMissing).toBe(
      'the lead says “earlier this week”, which names no one day: give the meeting’s date with --date YYYY-MM-DD',
    );
    expect(read([`${call}.`], { published: '2022-07-14' }).dateMissing).toBe(
      'the lead does not say on which day they met: give it with --date 2022-07-14',
    );
    expect(read([`${call} on 16 March.`]).dateMissing).toBe(
      'no date on the page and none in the lead: give the meeting’s date with --date YYYY-MM-DD and the page’s with --published YYYY-MM-DD',
    );
    expect(read([`${call} yesterday.`]).date).toBeUndefined();
  });
});

describe('a page that names people by office, as a draft', () => {
  it('keeps the furniture’s facts, the lead’s people and kind, and every paragraph', () => {
    const draft = read(
      [`${call} this morning.`, 'They discussed trade and', 'agreed to meet.', 'Closing.'],
      {
        title: 'PM call with Prime Minister Kishida',
        published: '2022-03-16',
        revised: '2022-03-17',
        placeLine: 'London, United Kingdom',
        skipped: ['A line'],
      },
    );
    expect(draft).toMatchObject({
      publisher: primeMinistersOffice,
      published: '2022-03-16',
      title: 'PM call with Prime Minister Kishida',
      revised: '2022-03-17',
      date: '2022-03-16',
      verbPhrase: 'spoke to',
      kind: 'telephone talk',
      place: 'London, United Kingdom',
      lead: `${call} this morning.`,
      blocks: [
        { type: 'paragraph', text: 'They discussed trade and agreed to meet.' },
        { type: 'paragraph', text: 'Closing.' },
      ],
      skipped: ['A line'],
      notes: [],
    });
    expect(draft.people.map(({ side }) => side)).toEqual(['host', 'guest']);
  });

  it('has no title, revision, place or kind that the page does not give', () => {
    const draft = read(['A text that says nothing of who met.']);
    expect(draft).toEqual({
      publisher: primeMinistersOffice,
      dateMissing:
        'no date on the page and none in the lead: give the meeting’s date with --date YYYY-MM-DD and the page’s with --published YYYY-MM-DD',
      people: [],
      verbPhrase: '',
      lead: 'A text that says nothing of who met.',
      blocks: [],
      skipped: [],
      notes: [],
      inferred: [],
    });
  });

  it('looks for who met only in the first three paragraphs', () => {
    const late = read(['One.', 'Two.', 'Three.', `${call} today.`], { published: '2022-01-01' });
    expect(late.people).toEqual([]);
    const third = read(['One.', 'Two.', `${call} today.`], { published: '2022-01-01' });
    expect(third.people).toHaveLength(2);
  });
});
