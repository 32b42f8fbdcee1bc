import { beforeAll, describe, expect, it } from 'vitest';
import { formatDuration, isoDuration } from '../../../src/lib/durations.ts';
import { kindName } from '../../../src/lib/kind-name.ts';
import { openingOf } from '../../../src/lib/opening.ts';
import { principalsOf, whoMet } from '../../../src/lib/participants.ts';
import type { Readout } from '../../../src/lib/readout.ts';
import { readoutDate, readoutsText } from '../../../src/lib/readout-periods.ts';
import { shortTitle } from '../../../src/lib/short-title.ts';
import { fictionalAccounts, seedReadout } from '../../support/readouts.ts';

let seed: Readout;
let department: Readout;
let ministry: Readout;
beforeAll(async () => {
  seed = await seedReadout();
  ({ ministry, department } = await fictionalAccounts());
});

describe('a readout’s facts, as pages give them', () => {
  it('who met, principals first and only them', () => {
    expect(whoMet(seed)).toBe('Shinzo Abe and Joe Biden');
    const [abe] = seed.participants;
    if (!abe) throw new Error('The seed readout has participants.');
    const withAide: Readout = {
      ...seed,
      participants: [...seed.participants, { ...abe, attendance: 'also-present' }],
    };
    expect(principalsOf(withAide)).toHaveLength(2);
    expect(whoMet(withAide)).toBe('Shinzo Abe and Joe Biden');
  });

  it('a short title: the principals’ family names, the kind of meeting and the day', () => {
    expect(shortTitle(seed)).toBe('Abe–Biden courtesy call, 21 September 2016');
    expect(shortTitle(department)).toBe('Marsh–Varga telephone talk, 14 March 2025');
  });

  it('the kind of meeting with a capital, as a heading starts it', () => {
    expect(kindName(seed.kind)).toBe('Courtesy call');
    expect(kindName({ ...seed.kind, data: { ...seed.kind.data, label: 'ä meeting' } })).toBe(
      'Ä meeting',
    );
  });

  it('its opening, from its lead or else its first section', () => {
    expect(openingOf(seed)).toMatch(/^On September 21, commencing at around 12:45 p\.m\./);
    expect(openingOf({ ...ministry, lead: [] })).toMatch(/^Minister Varga welcomed the first talk/);
    expect(openingOf({ ...ministry, lead: [], sections: [] })).toBe('');
  });

  it('the day it is filed under, and how many a period holds', () => {
    expect(readoutDate(seed)).toBe('2016-09-21');
    expect(readoutsText([seed])).toBe('1 readout');
    expect(readoutsText([seed, department, ministry])).toBe('3 readouts');
  });
});

describe('a meeting’s duration', () => {
  it('in words, hours and minutes each when there are some', () => {
    expect(formatDuration(45)).toBe('45 minutes');
    expect(formatDuration(1)).toBe('1 minute');
    expect(formatDuration(60)).toBe('1 hour');
    expect(formatDuration(90)).toBe('1 hour 30 minutes');
    expect(formatDuration(121)).toBe('2 hours 1 minute');
  });

  it('as ISO 8601, for a machine', () => {
    expect(isoDuration(45)).toBe('PT45M');
    expect(isoDuration(60)).toBe('PT1H');
    expect(isoDuration(90)).toBe('PT1H30M');
  });
});
