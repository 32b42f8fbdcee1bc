import { utcOffset } from '../../lib/dates.ts';
import type { PublisherFacts, StartTime } from '../draft.ts';
import type { Inferred } from '../inferred.ts';
import { timeZoneOf } from './places.ts';
import type { Place } from './vocabulary.ts';

/**
 * The time zone of a meeting's start: the one its clock names ("EST", "(Japan time)"), else
 * the place's for local time or a time the lead says nothing of ("who was visiting New York":
 * inferred), else the publisher's own for a time with no place and no note (a telephone talk
 * from Tokyo: inferred). Undefined for local time at no known place.
 */
export function startZone(
  start: StartTime,
  place: string | undefined,
  publisher: PublisherFacts,
  places: readonly Place[],
  inferred: Inferred[],
  date?: string,
): string | undefined {
  const { clock } = start;
  const infer = (zone: string | undefined, how: string): string | undefined => {
    if (zone) inferred.push({ field: 'start.timeZone', value: zone, how, words: start.words });
    return zone;
  };
  if (clock?.kind === 'zone') {
    // "6:30 p.m. CET" in Berlin is on Berlin's clock, which CET's zone (Paris) keeps that day.
    const local = place && timeZoneOf(place, places);
    const same =
      local &&
      date &&
      utcOffset(date, start.time, local) === utcOffset(date, start.time, clock.zone);
    return infer(
      same ? local : clock.zone,
      `the zone “${clock.abbreviation}” means${same ? ` at ${place}` : ''}`,
    );
  }
  if (clock?.kind === 'place') return timeZoneOf(clock.place, places);
  if (place) return infer(timeZoneOf(place, places), `the zone of the place, ${place}`);
  return clock
    ? undefined
    : infer(publisher.timeZone, `the publisher’s own clock: the lead names no place and no clock`);
}
