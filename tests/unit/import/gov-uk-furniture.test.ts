import { describe, expect, it } from 'vitest';
import { splitGovUkPage } from '../../../src/import/publishers/gov-uk/furniture.ts';
import {
  foreignOffice,
  primeMinistersOffice,
} from '../../../src/import/publishers/gov-uk/publishers.ts';
import { fixtureText } from '../../support/import.ts';

const page = (lines: string[]) => splitGovUkPage(lines.join('\n\n'), undefined);
const publisherOf = (lines: string[]) => page(lines).publisher?.name;

describe('a GOV.UK news page', () => {
  it('is split into its headline, publisher, dates and text', () => {
    expect(splitGovUkPage(fixtureText('pm-call-this-morning.txt', 'gov-uk'), undefined)).toEqual({
      publisher: primeMinistersOffice,
      title: 'PM call with Prime Minister Abe: 2 September 2020',
      published: '2020-09-02',
      meetingDay: '2020-09-02',
      revised: undefined,
      body: [
        'The Prime Minister spoke to Prime Minister Abe of Japan this morning.',
        'The Prime Minister thanked Prime Minister Abe for his friendship and for everything he had done over eight years to bring the United Kingdom and Japan closer together, and wished him a swift return to good health.',
        'The leaders welcomed the progress in the talks on a UK-Japan trade deal and agreed that their negotiators should finish the work quickly, so that businesses in both countries feel the benefit from January.',
        'They discussed the coronavirus pandemic, and agreed that their countries would keep working together on vaccines and on keeping supply chains open.',
        'The Prime Minister raised the situation in Hong Kong, and the leaders agreed to stay in close touch.',
      ],
      skipped: [],
    });
  });

  it('takes the headline below the page’s kind and breadcrumb', () => {
    expect(page(['Home', 'World', 'News story', 'Foreign Secretary call', 'Summary.']).title).toBe(
      'Foreign Secretary call',
    );
  });

  it('reads "From:" and "Published" with their values on the same line or the next', () => {
    const sameLine = page([
      'Press release',
      'Call with the Minister',
      'Summary.',
      'From: Foreign, Commonwealth & Development Office',
      'Published 8 March 2022',
      'The text.',
    ]);
    expect(sameLine).toMatchObject({
      publisher: foreignOffice,
      published: '2022-03-08',
      body: ['The text.'],
    });
    const nextLine = page([
      'Press release',
      'Call with the Minister',
      'Summary.',
      'From:',
      'FCDO',
      'Published',
      '8 March 2022',
      'The text.',
    ]);
    expect(nextLine).toMatchObject({
      publisher: foreignOffice,
      published: '2022-03-08',
      body: ['The text.'],
    });
  });

  it('takes the publisher from the headline when "From:" names neither office', () => {
    expect(publisherOf(['PM call with the President', 'Summary.', 'From: Someone', 'Text.'])).toBe(
      primeMinistersOffice.name,
    );
    expect(publisherOf(['Prime Minister speaks to the President', 'Summary.', 'Text.'])).toBe(
      primeMinistersOffice.name,
    );
    expect(publisherOf(['Call with the Foreign Secretary', 'Summary.', 'Text.'])).toBe(
      foreignOffice.name,
    );
    expect(publisherOf(['A PM call with the President', 'Summary.', 'Text.'])).toBeUndefined();
    expect(publisherOf(['Call with the Foreign Secretaryship', 'Summary.'])).toBeUndefined();
  });

  it('keeps the publisher it is given', () => {
    expect(
      splitGovUkPage(fixtureText('foreign-secretary-call.txt', 'gov-uk'), primeMinistersOffice)
        .publisher,
    ).toBe(primeMinistersOffice);
  });

  it('takes the meeting’s day from the headline only after a colon', () => {
    expect(page(['PM call: 2 September 2020', 'Summary.']).meetingDay).toBe('2020-09-02');
    expect(page(['PM call 2 September 2020', 'Summary.']).meetingDay).toBeUndefined();
    expect(page(['PM call: 2 September 2020 and more', 'Summary.']).meetingDay).toBeUndefined();
  });

  it('reads the date of the last update, without the note of what changed', () => {
    const updated = page([
      'PM call',
      'Summary.',
      'From: 10 Downing Street',
      'Published 2 September 2020',
      'The text.',
      'Last updated 3 September 2020 — added a translation',
    ]);
    expect(updated.revised).toBe('2020-09-03');
    expect(updated.body).toEqual(['The text.']);
    expect(
      page([
        'PM call',
        'Summary.',
        'Published 2 September 2020',
        'Text.',
        'Last updated',
        '4 September 2020',
      ]).revised,
    ).toBe('2020-09-04');
  });

  it('ends the text at the page’s closing lines', () => {
    for (const closing of [
      'Published 2 September 2020',
      'Updates to this page',
      'Is this page useful?',
      'Share this page',
      'Explore the topic',
      'Further information',
      'Media enquiries',
      'Related content',
      'Contents',
    ])
      expect(
        page(['PM call', 'Summary.', 'Published 2 September 2020', 'The text.', closing, 'After.'])
          .body,
      ).toEqual(['The text.']);
    expect(
      page([
        'PM call',
        'Summary.',
        'Published 2 September 2020',
        'The text.',
        'Contents of the talks.',
      ]).body,
    ).toEqual(['The text.', 'Contents of the talks.']);
  });

  it('starts a copy without "From:" and "Published" after the summary', () => {
    const copy = page(['PM call', 'Summary.', 'The text.', 'More text.']);
    expect(copy).toMatchObject({ published: undefined, body: ['The text.', 'More text.'] });
  });

  it('takes a "Published" line far below the head for the closing one, not the head’s', () => {
    const copy = page([
      'PM call',
      'Summary.',
      'The text.',
      'More text.',
      'Still more.',
      'Published 2 September 2020',
    ]);
    expect(copy.body).toEqual(['The text.', 'More text.', 'Still more.']);
    expect(copy.published).toBe('2020-09-02');
  });

  it('starts the text below "Published" when it stands at most two lines below "From:"', () => {
    const spaced = page([
      'PM call',
      'Summary.',
      'From:',
      '10 Downing Street',
      'Published',
      '2 September 2020',
      'The text.',
    ]);
    expect(spaced.body).toEqual(['The text.']);
    const further = page([
      'PM call',
      'Summary.',
      'From: 10 Downing Street',
      'Other line.',
      'Another line.',
      'Published 2 September 2020',
      'The text.',
    ]);
    // Too far below "From:" to be the head's: the head is taken to be the headline and summary.
    expect(further.body).toEqual(['From: 10 Downing Street', 'Other line.', 'Another line.']);
  });
});
