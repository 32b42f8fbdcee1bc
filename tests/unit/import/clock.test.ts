import { describe, expect, it } from 'vitest';
import { clockAtEnd, clockOfLabel } from '../../../src/import/english/clock.ts';

const japan = { kind: 'place', place: 'Japan' };

describe('the clock a label names', () => {
  it('is a place’s, Japan’s for Japanese and Tokyo, with or without “Standard”', () => {
    expect(clockOfLabel('Same time in Tokyo')).toEqual(japan);
    expect(clockOfLabel('same time in Paris ')).toEqual({ kind: 'place', place: 'Paris' });
    expect(clockOfLabel('Japanese time')).toEqual(japan);
    expect(clockOfLabel('Tokyo Standard Time')).toEqual(japan);
    expect(clockOfLabel('Paris Time')).toEqual({ kind: 'place', place: 'Paris' });
    expect(clockOfLabel('New Zealand Standard Time')).toEqual({
      kind: 'place',
      place: 'New Zealand',
    });
  });

  it('is a zone’s by its abbreviation in capitals, at the start, as a whole word', () => {
    const tokyo = { kind: 'zone', zone: 'Asia/Tokyo', abbreviation: 'JST' };
    expect(clockOfLabel(' JST ')).toEqual(tokyo);
    expect(clockOfLabel('JST.')).toEqual(tokyo);
    expect(clockOfLabel('JSTX')).toBeUndefined();
    expect(clockOfLabel('jst')).toBeUndefined();
  });

  it('is a zone’s spelt out, no place’s, and none for one it does not know', () => {
    const zone = (iana: string, words: string) => ({
      kind: 'zone',
      zone: iana,
      abbreviation: words,
    });
    expect(clockOfLabel('Eastern Standard Time')).toEqual(
      zone('America/New_York', 'Eastern Standard Time'),
    );
    expect(clockOfLabel('Pacific Daylight Time)')).toEqual(
      zone('America/Los_Angeles', 'Pacific Daylight Time'),
    );
    expect(clockOfLabel('Eastern Time')).toEqual(zone('America/New_York', 'Eastern Time'));
    expect(clockOfLabel('Central European Summer Time')).toEqual(
      zone('Europe/Paris', 'Central European Summer Time'),
    );
    expect(clockOfLabel('Central European Time')).toEqual(
      zone('Europe/Paris', 'Central European Time'),
    );
    expect(clockOfLabel('Greenwich Mean Time')).toEqual(
      zone('Europe/London', 'Greenwich Mean Time'),
    );
    // American Central Time shares "CST" with China's: no clock rather than a wrong one.
    for (const label of ['Central Standard Time', 'Standard Time', 'Daylight Time', 'Summer Time'])
      expect(clockOfLabel(label), label).toBeUndefined();
    expect(clockAtEnd('at 11:05 a.m. Eastern Standard Time')).toEqual(
      zone('America/New_York', 'Eastern Standard Time'),
    );
    expect(clockAtEnd('at 11:05 a.m. Central Standard Time')).toBeUndefined();
  });

  it('is none for words that only look like a clock', () => {
    for (const label of ['Local Standard Time', 'JAPAN time', 'Paris timezone', 'local timer'])
      expect(clockOfLabel(label), label).toBeUndefined();
  });
});

describe('the clock a label at the end of a text names', () => {
  it('is read past commas, semicolons and colons, from as few as one word', () => {
    expect(clockAtEnd('JST')).toEqual({ kind: 'zone', zone: 'Asia/Tokyo', abbreviation: 'JST' });
    expect(clockAtEnd('on May 23; local time')).toEqual({ kind: 'local' });
    expect(clockAtEnd('at 5 p.m.: Japan time')).toEqual(japan);
    expect(clockAtEnd('a b c d local time')).toEqual({ kind: 'local' });
    expect(clockAtEnd('')).toBeUndefined();
  });
});

describe('a clock named with runs of spaces', () => {
  it('is read as with single spaces', () => {
    for (const label of [
      'same  time  in  Japan',
      'Same  day  and  time in Japan',
      'Japanese  Standard  Time',
      'Japan  time',
    ])
      expect(clockOfLabel(label), label).toEqual(japan);
    expect(clockOfLabel('local  time')).toEqual({ kind: 'local' });
    expect(clockAtEnd('at 5 p.m.,,  local  time')).toEqual({ kind: 'local' });
    expect(clockAtEnd('x ; ; JST')).toMatchObject({ zone: 'Asia/Tokyo' });
  });
});

describe('the clock at the end of a long note', () => {
  it('is the one its last words name, not one at its start', () => {
    expect(clockAtEnd('local time, then 7 p.m. Japan time')).toEqual(japan);
    expect(clockOfLabel('New  Zealand time')).toMatchObject({ kind: 'place' });
  });
});
