import { describe, expect, it } from 'vitest';
import {
  addDays,
  daysBetween,
  formatDate,
  formatDayAndMonth,
  formatTime,
  isCalendarDate,
  isoDate,
  monthName,
  monthNumber,
  monthPattern,
  parseWrittenDate,
  today,
  utcDay,
  utcOffset,
  weekdayNumber,
  yearOf,
} from '../../../src/lib/dates.ts';

const months = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

describe('a date of the content, YYYY-MM-DD', () => {
  it('names a day of the calendar, or none', () => {
    for (const date of ['2016-09-21', '2016-02-29', '2000-02-29', '1999-12-31'])
      expect(isCalendarDate(date), date).toBe(true);
    for (const date of ['2016-02-30', '2015-02-29', '1900-02-29', '2016-13-01', '2016-00-10'])
      expect(isCalendarDate(date), date).toBe(false);
    for (const date of ['2016-9-21', '16-09-21', 'x2016-09-21', '2016-09-21x', '2016-09-21T00:00'])
      expect(isCalendarDate(date), date).toBe(false);
    // A month or a year is not a day, though JavaScript's dates read them as their first day.
    for (const date of ['2016-09', '2016']) expect(isCalendarDate(date), date).toBe(false);
  });

  it('is read at midnight UTC, whatever the machine’s zone', () => {
    expect(utcDay('2016-09-21').toISOString()).toBe('2016-09-21T00:00:00.000Z');
  });

  it('is written as readers read it, its day, its month and its year', () => {
    expect(formatDate('2016-09-21')).toBe('21 September 2016');
    expect(formatDate('2017-01-01')).toBe('1 January 2017');
    expect(formatDayAndMonth('2016-09-21')).toBe('21 September');
    expect(yearOf('2016-09-21')).toBe('2016');
  });

  it('counts days on, back and between, across months and years', () => {
    expect(addDays('2016-12-31', 1)).toBe('2017-01-01');
    expect(addDays('2016-03-01', -1)).toBe('2016-02-29');
    expect(addDays('2016-09-21', 0)).toBe('2016-09-21');
    expect(daysBetween('2016-12-31', '2017-01-02')).toBe(2);
    expect(daysBetween('2017-01-02', '2016-12-31')).toBe(2);
    expect(daysBetween('2016-09-21', '2016-09-21')).toBe(0);
  });

  it('is made of a year, a month and a day that the calendar has', () => {
    expect(isoDate(2016, 9, 21)).toBe('2016-09-21');
    expect(isoDate(987, 1, 2)).toBe('0987-01-02');
    expect(isoDate(2016, 2, 30)).toBeUndefined();
    expect(isoDate(2016, 13, 1)).toBeUndefined();
  });

  it('today is the day in UTC', () => {
    const before = new Date().toISOString().slice(0, 10);
    const day = today();
    expect([before, new Date().toISOString().slice(0, 10)]).toContain(day);
  });
});

describe('the months and days of the week', () => {
  it('by name and by number, every month', () => {
    months.forEach((name, index) => {
      const number = String(index + 1).padStart(2, '0');
      expect(monthName(number)).toBe(name);
      expect(monthNumber(name)).toBe(index + 1);
      expect(new RegExp(`^${monthPattern}$`).exec(name)?.[1]).toBe(name);
    });
    expect(monthName('13')).toBe('13');
    expect(monthNumber('Sept')).toBe(0);
  });

  it('a weekday by its name, in any case', () => {
    const week = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
    week.forEach((name, index) => {
      expect(weekdayNumber(name), name).toBe(index);
    });
    expect(weekdayNumber('')).toBe(-1);
    expect(weekdayNumber('friday')).toBe(5);
    expect(weekdayNumber('SATURDAY')).toBe(6);
    expect(weekdayNumber('Funday')).toBe(-1);
  });
});

describe('a written date', () => {
  it('in any of the orders and abbreviations readouts use', () => {
    const cases: [string, string][] = [
      ['September 21, 2016', '2016-09-21'],
      ['21 September 2016', '2016-09-21'],
      ['Sept. 21, 2016', '2016-09-21'],
      ['Sep 21 2016', '2016-09-21'],
      ['Dec. 3rd, 2019', '2019-12-03'],
      ['1st May 2022', '2022-05-01'],
      ['22nd May, 2022', '2022-05-22'],
      ['Friday, December 13, 2019', '2019-12-13'],
      ['Monday 23 May 2022', '2022-05-23'],
      ['  2021-10-08 ', '2021-10-08'],
    ];
    for (const [text, date] of cases) expect(parseWrittenDate(text), text).toBe(date);
  });

  it('names no date when its month is none, or the day is not on the calendar', () => {
    for (const text of [
      'Se 21, 2016',
      'Smarch 21, 2016',
      'February 30, 2016',
      '2016-02-30',
      'On May 1, 2016',
    ])
      expect(parseWrittenDate(text), text).toBeUndefined();
  });
});

describe('a clock time', () => {
  it('reads on a 12-hour clock, noon and midnight included', () => {
    expect(formatTime('00:05')).toBe('12:05 a.m.');
    expect(formatTime('09:30')).toBe('9:30 a.m.');
    expect(formatTime('11:59')).toBe('11:59 a.m.');
    expect(formatTime('12:00')).toBe('12:00 p.m.');
    expect(formatTime('12:45')).toBe('12:45 p.m.');
    expect(formatTime('13:05')).toBe('1:05 p.m.');
    expect(formatTime('23:59')).toBe('11:59 p.m.');
  });

  it('is placed on the world’s clock by its zone’s offset that day', () => {
    expect(utcOffset('2016-09-21', '12:45', 'America/New_York')).toBe('-04:00');
    expect(utcOffset('2016-12-21', '12:45', 'America/New_York')).toBe('-05:00');
    expect(utcOffset('2016-09-21', '12:45', 'Asia/Tokyo')).toBe('+09:00');
    expect(utcOffset('2016-09-21', '12:45', 'Europe/London')).toBe('+01:00');
    expect(utcOffset('2016-12-21', '12:45', 'Europe/London')).toBe('+00:00');
    expect(utcOffset('2016-12-21', '12:45', 'UTC')).toBe('+00:00');
  });
});
