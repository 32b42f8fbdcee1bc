import { describe, expect, it } from 'vitest';
import { clockAtEnd, clockOfLabel } from '../../../src/import/english/clock.ts';
import { startTime } from '../../../src/import/english/timing.ts';

describe('a time said on a zone’s clock by its abbreviation', () => {
  it('is on the clock of the place readouts mean by it', () => {
    const zones: [string, string][] = [
      ['JST', 'Asia/Tokyo'],
      ['KST', 'Asia/Seoul'],
      ['HKT', 'Asia/Hong_Kong'],
      ['SGT', 'Asia/Singapore'],
      ['ICT', 'Asia/Bangkok'],
      ['WIB', 'Asia/Jakarta'],
      ['IST', 'Asia/Kolkata'],
      ['EST', 'America/New_York'],
      ['EDT', 'America/New_York'],
      ['ET', 'America/New_York'],
      ['CDT', 'America/Chicago'],
      ['MST', 'America/Denver'],
      ['MDT', 'America/Denver'],
      ['PST', 'America/Los_Angeles'],
      ['PDT', 'America/Los_Angeles'],
      ['GMT', 'Europe/London'],
      ['BST', 'Europe/London'],
      ['UTC', 'UTC'],
      ['CET', 'Europe/Paris'],
      ['CEST', 'Europe/Paris'],
      ['EET', 'Europe/Helsinki'],
      ['EEST', 'Europe/Helsinki'],
      ['MSK', 'Europe/Moscow'],
      ['AEST', 'Australia/Sydney'],
      ['AEDT', 'Australia/Sydney'],
      ['AWST', 'Australia/Perth'],
      ['NZST', 'Pacific/Auckland'],
      ['NZDT', 'Pacific/Auckland'],
    ];
    for (const [abbreviation, zone] of zones)
      expect(startTime(`at 2:00 p.m. ${abbreviation}, the two`)?.clock, abbreviation).toEqual({
        kind: 'zone',
        zone,
        abbreviation,
      });
  });

  it('is on no known clock when the abbreviation names none, or two', () => {
    for (const label of ['CST', 'XYZ', 'AB']) expect(clockOfLabel(label), label).toBeUndefined();
  });
});

describe('a clock named in words', () => {
  it('local time, a country’s or a city’s, and the same time in a place', () => {
    expect(clockOfLabel('local time')).toEqual({ kind: 'local' });
    expect(clockOfLabel('Local Time')).toEqual({ kind: 'local' });
    for (const label of [
      'Japan time',
      'Japanese Standard Time',
      'Tokyo time',
      'same time in Japan',
      'Same day and time in Japan',
    ])
      expect(clockOfLabel(label), label).toEqual({ kind: 'place', place: 'Japan' });
    expect(clockOfLabel('Germany time')).toEqual({ kind: 'place', place: 'Germany' });
    expect(clockOfLabel('New Zealand time')).toEqual({ kind: 'place', place: 'New Zealand' });
    expect(clockOfLabel('same time in the Philippines')).toBeUndefined();
    expect(clockOfLabel('the time')).toBeUndefined();
  });

  it('at the end of a note, within its last four words', () => {
    expect(clockAtEnd('5:00 p.m. on May 23, local time')).toEqual({ kind: 'local' });
    expect(clockAtEnd('12:50 p.m., June 4, Japan time')).toEqual({ kind: 'place', place: 'Japan' });
    expect(clockAtEnd('0:05 a.m. on September 22nd, JST')).toMatchObject({ zone: 'Asia/Tokyo' });
    expect(clockAtEnd('7:00 p.m. on the same day')).toBeUndefined();
  });
});
