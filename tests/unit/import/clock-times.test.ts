import { describe, expect, it } from 'vitest';
import { rangeDuration, startTime } from '../../../src/import/english/timing.ts';

const timeIn = (text: string): string | undefined => startTime(text)?.time;

describe('a clock time in a lead', () => {
  it('on a 12-hour clock, noon and midnight included', () => {
    expect(timeIn('at 9 a.m.')).toBe('09:00');
    expect(timeIn('at 9 A.M.')).toBe('09:00');
    expect(timeIn('at 9am')).toBe('09:00');
    expect(timeIn('at 12:30 p.m.')).toBe('12:30');
    expect(timeIn('at 12 noon')).toBe('12:00');
    expect(timeIn('at 12:00 a.m.')).toBe('00:00');
    expect(timeIn('at 11:59 p.m.')).toBe('23:59');
    expect(timeIn('at 1:05 PM')).toBe('13:05');
  });

  it('on a 24-hour clock, up to 23:59', () => {
    expect(timeIn('at 0:20')).toBe('00:20');
    expect(timeIn('at 21:10')).toBe('21:10');
    expect(timeIn('at 23:59')).toBe('23:59');
  });

  it('out of the clock’s range, is no time, and the next one is', () => {
    for (const text of ['at 24:00', 'at 25:10', 'at 12:60', 'at 23:99'])
      expect(timeIn(text), text).toBeUndefined();
    expect(timeIn('On March 29, at 24:00 or at 10:30 a.m.')).toBe('10:30');
  });

  it('is a number with minutes, a.m., p.m. or noon, not a bare number', () => {
    expect(timeIn('On March 29, the two leaders')).toBeUndefined();
    expect(timeIn('On March 29 (6:45 p.m. Japan time)')).toBe('18:45');
  });

  it('said to be approximate, in any of the words readouts use', () => {
    for (const word of [
      'around',
      'approximately',
      'about',
      'roughly',
      'some',
      'nearly',
      'just after',
      'shortly after',
      'just before',
      'after',
    ])
      expect(startTime(`commencing ${word} 10:30 a.m.`), word).toMatchObject({
        time: '10:30',
        approximate: true,
      });
    expect(startTime('commencing at 10:30 a.m.')).toMatchObject({ approximate: false });
  });

  it('keeps the words it was read from', () => {
    expect(startTime('On May 2, from around 10:30 a.m. (local time) for an hour')?.words).toBe(
      'around 10:30 a.m. (local time)',
    );
  });
});

describe('a range of clock times', () => {
  it('ends at its second time, the a.m. or p.m. of either holding for both', () => {
    expect(startTime('from 3:15 to 4:00 p.m.')).toMatchObject({ time: '15:15', until: '16:00' });
    expect(startTime('from 9:15 a.m. until 10:00')).toMatchObject({
      time: '09:15',
      until: '10:00',
    });
    expect(startTime('from 9:15 till 9:45 a.m.')).toMatchObject({ time: '09:15', until: '09:45' });
    expect(startTime('from 9:15 – 9:45 a.m.')).toMatchObject({ time: '09:15', until: '09:45' });
    expect(startTime('from 9:15 - 9:45 a.m.')).toMatchObject({ time: '09:15', until: '09:45' });
  });

  it('lasts the minutes between, past midnight too, approximately when its start is', () => {
    const range = (time: string, until: string, approximate = false) =>
      rangeDuration({ time, until, approximate, words: '' });
    expect(range('09:15', '10:00')).toEqual({ minutes: 45, approximate: false });
    expect(range('09:15', '11:05', true)).toEqual({ minutes: 110, approximate: true });
    expect(range('23:40', '00:25')).toEqual({ minutes: 45, approximate: false });
    expect(range('10:00', '10:00')).toBeUndefined();
    expect(rangeDuration({ time: '10:00', approximate: false, words: '' })).toBeUndefined();
  });
});
