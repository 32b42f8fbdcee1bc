import { describe, expect, it } from 'vitest';
import type { Clock } from '../../../src/import/draft.ts';
import type { Inferred } from '../../../src/import/inferred.ts';
import { timeZoneOf } from '../../../src/import/vocabulary/places.ts';
import { startZone } from '../../../src/import/vocabulary/start-zone.ts';

const places = [
  { name: 'Japan', timeZone: 'Asia/Tokyo', aliases: ['Tokyo'] },
  { name: 'Berlin', timeZone: 'Europe/Berlin', aliases: [] },
  { name: 'London', timeZone: 'Europe/London', aliases: [] },
  { name: 'Laos', timeZone: 'Asia/Vientiane', aliases: [] },
  { name: 'New York', timeZone: 'America/New_York', aliases: ['NYC'] },
];
const publisher = { name: 'MOFA', country: 'Japan', language: 'en', timeZone: 'Asia/Tokyo' };

/** The zone of a start at 18:30, and what was inferred. */
const zoneOf = (clock: Clock | undefined, place: string | undefined, date?: string) => {
  const inferred: Inferred[] = [];
  const start = {
    time: '18:30',
    approximate: false,
    words: '6:30 p.m.',
    ...(clock ? { clock } : {}),
  };
  const zone = startZone(start, place, publisher, places, inferred, date);
  return { zone, how: inferred.map(({ field, value, how, words }) => [field, value, how, words]) };
};
const cet: Clock = { kind: 'zone', zone: 'Europe/Paris', abbreviation: 'CET' };

describe('the time zone of a place', () => {
  it('is the place’s, by its name or an alias, compared normalised', () => {
    expect(timeZoneOf('japan', places)).toBe('Asia/Tokyo');
    expect(timeZoneOf('Tokyo', places)).toBe('Asia/Tokyo');
    expect(timeZoneOf('nyc', places)).toBe('America/New_York');
  });

  it('is its first part’s, or else its last part’s', () => {
    expect(timeZoneOf('Berlin, Germany', places)).toBe('Europe/Berlin');
    expect(timeZoneOf('Vientiane, Laos', places)).toBe('Asia/Vientiane');
    expect(timeZoneOf('Imperial Hotel, Chiyoda, Tokyo', places)).toBe('Asia/Tokyo');
    expect(timeZoneOf('Somewhere,Laos', places)).toBe('Asia/Vientiane');
  });

  it('is unknown for a place the vocabulary does not list', () => {
    expect(timeZoneOf('Atlantis', places)).toBeUndefined();
    expect(timeZoneOf('Hotel, Atlantis', places)).toBeUndefined();
  });
});

describe('the time zone of a meeting’s start', () => {
  it('is the zone its clock names, inferred from the abbreviation', () => {
    expect(zoneOf(cet, undefined, '2024-02-01')).toEqual({
      zone: 'Europe/Paris',
      how: [['start.timeZone', 'Europe/Paris', 'the zone “CET” means', '6:30 p.m.']],
    });
  });

  it('is the place’s own zone when it keeps the named zone’s time that day', () => {
    expect(zoneOf(cet, 'Berlin', '2024-02-01')).toEqual({
      zone: 'Europe/Berlin',
      how: [['start.timeZone', 'Europe/Berlin', 'the zone “CET” means at Berlin', '6:30 p.m.']],
    });
  });

  it('is the named zone where the place keeps another time, or the day is not known', () => {
    expect(zoneOf(cet, 'London', '2024-02-01').zone).toBe('Europe/Paris');
    expect(zoneOf(cet, 'Berlin').zone).toBe('Europe/Paris');
    expect(zoneOf(cet, 'Atlantis', '2024-02-01').zone).toBe('Europe/Paris');
  });

  it('is the zone of the place its clock names ("Japan time"), as read, not inferred', () => {
    expect(zoneOf({ kind: 'place', place: 'Japan' }, 'New York')).toEqual({
      zone: 'Asia/Tokyo',
      how: [],
    });
  });

  it('is the place’s zone for local time or no clock, inferred from the place', () => {
    const fromPlace = {
      zone: 'America/New_York',
      how: [['start.timeZone', 'America/New_York', 'the zone of the place, New York', '6:30 p.m.']],
    };
    expect(zoneOf({ kind: 'local' }, 'New York')).toEqual(fromPlace);
    expect(zoneOf(undefined, 'New York')).toEqual(fromPlace);
  });

  it('is unknown, with nothing inferred, at a place the vocabulary does not list', () => {
    expect(zoneOf(undefined, 'Atlantis')).toEqual({ zone: undefined, how: [] });
  });

  it('is unknown for local time at no place', () => {
    expect(zoneOf({ kind: 'local' }, undefined)).toEqual({ zone: undefined, how: [] });
  });

  it('is the publisher’s own when the lead names no place and no clock', () => {
    expect(zoneOf(undefined, undefined)).toEqual({
      zone: 'Asia/Tokyo',
      how: [
        [
          'start.timeZone',
          'Asia/Tokyo',
          'the publisher’s own clock: the lead names no place and no clock',
          '6:30 p.m.',
        ],
      ],
    });
  });
});
