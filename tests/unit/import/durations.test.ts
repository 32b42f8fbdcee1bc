import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../../src/import/english/duration.ts';
import { duration } from '../../../src/import/english/timing.ts';

const ones = [
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const tens = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

describe('a duration as a readout writes it', () => {
  it('in minutes spelled out, every number from one to ninety-nine', () => {
    ones.forEach((word, index) => {
      expect(parseMinutes(`${word} minutes`), word).toBe(index + 1);
    });
    tens.forEach((ten, index) => {
      const value = (index + 2) * 10;
      expect(parseMinutes(`${ten} minutes`), ten).toBe(value);
      ones.slice(0, 9).forEach((one, unit) => {
        expect(parseMinutes(`${ten}-${one} minutes`), `${ten}-${one}`).toBe(value + unit + 1);
      });
    });
    expect(parseMinutes('twenty one minutes')).toBe(21);
    expect(parseMinutes('Twenty-Nine Minutes')).toBe(29);
  });

  it('in figures, in hours and minutes, and in halves', () => {
    expect(parseMinutes('25 minutes')).toBe(25);
    expect(parseMinutes('1 minute')).toBe(1);
    expect(parseMinutes('a minute')).toBe(1);
    expect(parseMinutes('one hour')).toBe(60);
    expect(parseMinutes('an hour')).toBe(60);
    expect(parseMinutes('2 hours')).toBe(120);
    expect(parseMinutes('1.5 hours')).toBe(90);
    expect(parseMinutes('one and a half hours')).toBe(90);
    expect(parseMinutes('an hour and a half')).toBe(90);
    expect(parseMinutes('half an hour')).toBe(30);
    expect(parseMinutes(' Half an hour ')).toBe(30);
    expect(parseMinutes('1 hour and 10 minutes')).toBe(70);
    expect(parseMinutes('two hours, fifteen minutes')).toBe(135);
    expect(parseMinutes('one hour twenty minutes')).toBe(80);
  });

  it('is no duration when a number is not one, or counts nothing', () => {
    for (const text of [
      '',
      'zero minutes',
      'several hours',
      'some minutes',
      'twenty-ten minutes',
      'twenty-zero minutes',
      'one-two minutes',
      'ten-one minutes',
      'hundred minutes',
      'one hour and',
      'the meeting',
      'one hour over lunch',
    ])
      expect(parseMinutes(text), text).toBeUndefined();
  });
});

describe('the duration in a lead', () => {
  it('is the first phrase “for …” that is one, approximate when it says so', () => {
    expect(duration('They met at the Kantei for twenty-one minutes.')).toEqual({
      minutes: 21,
      approximate: false,
    });
    for (const word of [
      'approximately',
      'about',
      'around',
      'roughly',
      'some',
      'nearly',
      'almost',
      'over',
      'more than',
    ])
      expect(duration(`held talks for ${word} twenty-nine minutes, at the Kantei`), word).toEqual({
        minutes: 29,
        approximate: true,
      });
  });

  it('ends where the clause ends', () => {
    for (const text of [
      'for 30 minutes; they discussed',
      'for 30 minutes (local time)',
      'for 30 minutes from 10:00 a.m.',
      'for 30 minutes at the Kantei',
      'for 30 minutes commencing at 10:00',
      'for 30 minutes starting at 10:00',
      'for 30 minutes beginning at 10:00',
      'for 30 minutes until 10:30',
      'for 30 minutes. Then',
      'for 30 minutes',
    ])
      expect(duration(text), text).toEqual({ minutes: 30, approximate: false });
  });

  it('is none when no “for …” gives one', () => {
    expect(duration('They met in Tokyo for talks on trade.')).toBeUndefined();
    expect(duration('They met in Tokyo.')).toBeUndefined();
  });
});
