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
