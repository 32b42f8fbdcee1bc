import { normalise } from '../english/normalise.ts';
import type { Place } from './vocabulary.ts';

/**
 * The time zone of a place a readout names, from `content/places.yaml`: the place itself, or
 * its first part ("Vientiane" of "Vientiane, Laos"), or its last ("Laos").
 */
export function timeZoneOf(place: string, places: readonly Place[]): string | undefined {
  const parts = place.split(/,\s*/);
  for (const candidate of [place, parts[0] ?? '', parts.at(-1) ?? '']) {
    const wanted = normalise(candidate);
    const found = places.find((entry) =>
      [entry.name, ...entry.aliases].some((name) => normalise(name) === wanted),
    );
    if (found) return found.timeZone;
  }
  return undefined;
}
