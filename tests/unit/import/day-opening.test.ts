import { describe, expect, it } from 'vitest';
import { dateOfLead, meetingDay } from '../../../src/import/english/day-opening.ts';
import { meetingDate } from '../../../src/import/english/meeting-date.ts';

describe('the day a lead opens with', () => {
  const days: [string, ReturnType<typeof meetingDay>][] = [
    ['On Wednesday, March 2, the', { month: 3, day: 2 }],
    ['On Wednesday March 2, the', { month: 3, day: 2 }],
    ['On the morning of January 16, the', { month: 1, day: 16 }],
    ['On the afternoon of January 16', { month: 1, day: 16 }],
    ['On the night of January 16', { month: 1, day: 16 }],
    ['On December 30, 2016, the', { month: 12, day: 30, year: 2016 }],
    ['On December 30 2016', { month: 12, day: 30, year: 2016 }],
    ['On March 2nd, 2016', { month: 3, day: 2, year: 2016 }],
    ['On 21 September 2016, the', { month: 9, day: 21, year: 2016 }],
    ['On 21st September, the', { month: 9, day: 21 }],
    ['On November 8 (Saturday), 2014', { month: 11, day: 8, year: 2014 }],
    ['1 On July 1', { month: 7, day: 1 }],
    ['From 19 May', { month: 5, day: 19 }],
    ['On July 1, 20161', { month: 7, day: 1 }],
  ];
  for (const [lead, day] of days)
    it(`is read from “${lead}”`, () => {
      expect(meetingDay(lead)).toEqual(day);
    });

  for (const lead of [
    'On 3 (Monday)',
    '1.On July 1',
    'On July 123',
    'on July 1',
    'On Foo 3',
    'On July 1st2',
    'On wednesday, March 2',
  ])
    it(`is not read from “${lead}”`, () => {
      expect(meetingDay(lead)).toBeUndefined();
    });

  it('has no year after a weekday in brackets written in lower case', () => {
    expect(meetingDay('On November 8 (saturday), 2014')).toEqual({ month: 11, day: 8 });
  });
});

describe('the date of a meeting a lead gives without a year', () => {
  it('is in the dateline’s year, up to the day after the dateline', () => {
    expect(meetingDate({ month: 5, day: 24 }, '2023-05-23')).toBe('2023-05-24');
    expect(meetingDate({ month: 5, day: 23 }, '2023-05-23')).toBe('2023-05-23');
  });

  it('is in the year before when it would be later than that', () => {
    expect(meetingDate({ month: 5, day: 25 }, '2023-05-23')).toBe('2022-05-25');
    expect(dateOfLead('On December 30, Mr.', '2017-01-04')).toEqual({
      date: '2016-12-30',
      yearFrom: 'On December 30',
    });
  });

  it('is none for a day on no calendar', () => {
    expect(meetingDate({ month: 2, day: 29 }, '2024-03-01')).toBe('2024-02-29');
    expect(meetingDate({ month: 2, day: 29 }, '2023-03-01')).toBeUndefined();
    expect(meetingDate({ month: 2, day: 30, year: 2020 }, '2023-03-01')).toBeUndefined();
  });
});

describe('the day a lead opens with, written with runs of spaces', () => {
  const days: [string, ReturnType<typeof meetingDay>][] = [
    ['On  September 21, the', { month: 9, day: 21 }],
    ['On the  morning  of  September 21', { month: 9, day: 21 }],
    ['On Wednesday,  March 2', { month: 3, day: 2 }],
    ['On September  21', { month: 9, day: 21 }],
    ['On 21  September', { month: 9, day: 21 }],
    ['On November 8  (Saturday), 2014', { month: 11, day: 8, year: 2014 }],
    ['On December 30,  2016', { month: 12, day: 30, year: 2016 }],
    ['1.  On July 1', { month: 7, day: 1 }],
    ['From  May 19', { month: 5, day: 19 }],
  ];
  for (const [lead, day] of days)
    it(`is read from “${lead}”`, () => {
      expect(meetingDay(lead)).toEqual(day);
    });
});

describe('the date of a meeting a lead gives with its year', () => {
  it('is in that year, whatever the dateline’s', () => {
    expect(meetingDate({ month: 3, day: 3, year: 2010 }, '2016-03-04')).toBe('2010-03-03');
  });
});
