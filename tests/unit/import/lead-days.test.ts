import { describe, expect, it } from 'vitest';
import { dateOfLead, isNumberedLead } from '../../../src/import/english/day-opening.ts';
import { relativeDay } from '../../../src/import/english/relative-day.ts';

describe('the day of a meeting, as a lead opens with it', () => {
  it('takes its year from the lead, or else from the page’s dateline, saying so', () => {
    expect(dateOfLead('On December 30, 2016, Prime Minister Abe met ...', undefined)).toEqual({
      date: '2016-12-30',
    });
    expect(dateOfLead('On September 21st, Prime Minister Abe met ...', '2016-09-22')).toEqual({
      date: '2016-09-21',
      yearFrom: 'On September 21st',
    });
  });

  it('tells the editor what is missing, and the flag that gives it', () => {
    expect(dateOfLead('Prime Minister Abe met ...', '2016-09-22')).toEqual({
      missing: 'no meeting date in the lead: give it with --date 2016-09-22',
    });
    expect(dateOfLead('Prime Minister Abe met ...', undefined)).toEqual({
      missing: 'no meeting date in the lead: give it with --date 2018-01-16',
    });
    expect(dateOfLead('On September 21, Prime Minister Abe met ...', undefined)).toEqual({
      missing:
        'the lead gives no year and the page no dateline: give the meeting’s date with --date YYYY-MM-DD',
    });
    for (const [lead, published] of [
      ['On February 30, 2016, the two met ...', undefined],
      ['On February 30, the two met ...', '2016-03-01'],
    ] as const)
      expect(dateOfLead(lead, published), lead).toEqual({
        missing:
          'the lead’s day (month 2, day 30) is not on the calendar: give the date with --date YYYY-MM-DD',
      });
    // February 29 of a page's year without one, though the year before had one.
    expect(dateOfLead('On February 29, the two met ...', '2021-03-01')).toEqual({
      missing:
        'the lead’s day (month 2, day 29) is not on the calendar: give the date with --date YYYY-MM-DD',
    });
    expect(dateOfLead('On February 29, the two met ...', '2020-03-01')).toEqual({
      date: '2020-02-29',
      yearFrom: 'On February 29',
    });
  });

  it('is the first item of a numbered text when the lead is “1. On …”', () => {
    for (const lead of ['1. On January 16, the two met', '1 On January 16', '1.  From May 19'])
      expect(isNumberedLead(lead), lead).toBe(true);
    for (const lead of ['On January 16, the two met', '11. On January 16', 'Item 1. On May 19'])
      expect(isNumberedLead(lead), lead).toBe(false);
    expect(isNumberedLead('1. Onward')).toBe(false);
  });
});

describe('a day a lead gives relative to its page’s date', () => {
  // 2024-05-15 was a Wednesday.
  const page = '2024-05-15';

  it('is the page’s day, the day before, or the last such weekday, and says how it was told', () => {
    expect(relativeDay('The Secretary met the Minister today.', page)).toEqual({
      date: page,
      words: 'today',
      how: 'the day of the page’s date',
    });
    for (const words of ['this  morning', 'earlier this afternoon', 'tonight', 'earlier  today'])
      expect(relativeDay(`They met ${words}.`, page)?.date, words).toBe(page);
    for (const words of ['yesterday', 'last  night'])
      expect(relativeDay(`They met ${words}.`, page), words).toEqual({
        date: '2024-05-14',
        words,
        how: 'the day before the page’s date',
      });
    expect(relativeDay('They met on  Monday in Paris.', page)).toEqual({
      date: '2024-05-13',
      words: 'on  Monday',
      how: 'the last Monday on or before the page’s date',
    });
    expect(relativeDay('They met last  Wednesday.', page)?.date).toBe(page);
    expect(relativeDay('Thursday, the two met.', page)?.date).toBe('2024-05-09');
  });

  it('names no one day for a week or “recently”, so that the import asks for --date', () => {
    for (const words of [
      'earlier  this  week',
      'last  week',
      'this  week',
      'recently',
      'over  the  weekend',
    ])
      expect(relativeDay(`They met ${words}.`, page), words).toEqual({ words, how: 'no one day' });
    expect(relativeDay('On May 13, they met.', page)).toBeUndefined();
  });
});
