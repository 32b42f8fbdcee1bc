import { describe, expect, it } from 'vitest';
import { duration, startTime } from '../../../src/import/english/timing.ts';

describe('what follows a lead’s start time', () => {
  it('is no clock when its label or note names none, and the words keep them', () => {
    expect(startTime('at 1:50 a.m. XYZ, the')).toEqual({
      time: '01:50',
      approximate: false,
      words: '1:50 a.m. XYZ',
    });
    expect(startTime('at 1:50 a.m. (see below)')).toEqual({
      time: '01:50',
      approximate: false,
      words: '1:50 a.m. (see below)',
    });
  });

  it('is a clock said before the note, which then gives no other time', () => {
    expect(startTime('at 1:50 a.m. EST (Japan time)')).toEqual({
      time: '01:50',
      approximate: false,
      words: '1:50 a.m. EST (Japan time)',
      clock: { kind: 'zone', zone: 'America/New_York', abbreviation: 'EST' },
    });
  });

  it('is a note of the local time, with or without its day', () => {
    expect(startTime('at 6:00 a.m. (5:00 p.m., local time), the')).toEqual({
      time: '17:00',
      approximate: false,
      words: '6:00 a.m. (5:00 p.m., local time)',
      clock: { kind: 'local' },
    });
    expect(startTime('at 6:00 a.m. (5:00 p.m. on September 22nd, local time)')).toMatchObject({
      time: '17:00',
      clock: { kind: 'local' },
      day: { month: 9, day: 22 },
    });
  });

  it('is a note of another clock’s time, which makes the first time the local one', () => {
    expect(startTime('at 1:50 a.m. (1:50 p.m., December 12, Japan time)')).toEqual({
      time: '01:50',
      approximate: false,
      words: '1:50 a.m. (1:50 p.m., December 12, Japan time)',
      clock: { kind: 'local' },
    });
  });

  it('keeps the end of a range and its words', () => {
    expect(startTime('from 11 a.m. to 1 p.m. for talks')).toEqual({
      time: '11:00',
      approximate: false,
      until: '13:00',
      words: '11 a.m. to 1 p.m.',
    });
  });
});

describe('the duration of a lead', () => {
  it('is the first “for” that gives a length of time', () => {
    expect(duration('For the sake of peace, for 20 minutes, they talked.')).toEqual({
      minutes: 20,
      approximate: false,
    });
    expect(duration('They met for talks.')).toBeUndefined();
  });

  it('ends at a clause after it', () => {
    for (const after of [
      ', at 3 p.m.',
      '; at 3 p.m.',
      ' (local time)',
      ' from 3 p.m.',
      ' at 3 p.m.',
      '. The',
      '',
    ])
      expect(duration(`talks for about 30 minutes${after}`), after).toEqual({
        minutes: 30,
        approximate: true,
      });
  });
});

describe('a start time, further', () => {
  it('is looked for past a number that an approximation makes no time', () => {
    expect(startTime('for about 30 minutes from 10:00 a.m.')).toEqual({
      time: '10:00',
      approximate: false,
      words: '10:00 a.m.',
    });
  });

  it('ends a range written in any case', () => {
    expect(startTime('from 3:15 To 4:00 p.m.')).toMatchObject({ time: '15:15', until: '16:00' });
  });

  it('has its label read with or without spaces before it, and runs of spaces within', () => {
    expect(startTime('at 11:05 a.m.(local time)')?.clock).toEqual({ kind: 'local' });
    expect(startTime('at 11:05 a.m.  EST')).toMatchObject({
      words: '11:05 a.m.  EST',
      clock: { kind: 'zone', abbreviation: 'EST' },
    });
    expect(startTime('at 6:45 p.m. Japan  Standard Time')?.clock).toEqual({
      kind: 'place',
      place: 'Japan',
    });
    expect(startTime('at 6:45 p.m. Japan  time')?.clock).toEqual({ kind: 'place', place: 'Japan' });
  });

  it('is the local one when a note gives another time on no clock said', () => {
    expect(startTime('at 1:50 a.m. (1:50 p.m. the next day)')).toEqual({
      time: '01:50',
      approximate: false,
      words: '1:50 a.m. (1:50 p.m. the next day)',
      clock: { kind: 'local' },
    });
  });
});

describe('a duration written with runs of spaces', () => {
  it('is read', () => {
    for (const text of [
      'talks for  30 minutes, at 3 p.m.',
      'talks for about  30 minutes, at 3 p.m.',
      'talks for 30 minutes  from 10:00 a.m.',
    ])
      expect(duration(text)?.minutes, text).toBe(30);
  });
});
