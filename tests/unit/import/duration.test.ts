import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../../src/import/english/duration.ts';

describe('a duration written with runs of spaces', () => {
  it('is read as with single spaces', () => {
    expect(parseMinutes('two  hours')).toBe(120);
    expect(parseMinutes('one hour  and  ten minutes')).toBe(70);
    expect(parseMinutes('an hour  and  a  half')).toBe(90);
    expect(parseMinutes('one  and  a  half hours')).toBe(90);
    expect(parseMinutes('two hours ,  ten minutes')).toBe(130);
  });
});

describe('a duration of hours and minutes', () => {
  it('is none when either is no number', () => {
    for (const text of [
      'two hours several minutes',
      'one hour ten-one minutes',
      'several hours ten minutes',
      'one hour twenty-zero minutes',
    ])
      expect(parseMinutes(text), text).toBeUndefined();
  });

  it('reads figures with decimals', () => {
    expect(parseMinutes('1.25 hours')).toBe(75);
    expect(parseMinutes('one hour 2.5 minutes')).toBe(63);
  });
});
