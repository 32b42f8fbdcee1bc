import type { Clock } from '../draft.ts';
import { zoneOfAbbreviation } from './zone-abbreviations.ts';

// "local time"; "Japan time", "(France time)", "Tokyo time", "Japanese Standard Time";
// "same time in Japan"; an abbreviation ("JST", "EST", "CET").
const localLabel = /^local\s+time\b/i;
const sameTimeLabel = /^[Ss]ame\s+(?:day\s+and\s+)?time\s+in\s+(\p{Lu}[\p{L} ]*?)\s*$/u;
// A zone's words ("Standard Time", the end of "Eastern Standard Time") are no place's.
const placeLabel =
  /^(?!(?:Standard|Daylight|Summer|Mean)\b)(\p{Lu}\p{Ll}+(?:\s+(?!Standard\b)\p{Lu}\p{Ll}+)?)(?:\s+[Ss]tandard)?\s+[Tt]ime\b/u;
const abbreviation = /^([A-Z]{2,4})\b/;
// A zone spelt out, which is no place's clock ("Eastern Standard Time" is not Eastern's).
const americanZone = /^(Eastern|Central|Mountain|Pacific)\s+(?:(Standard|Daylight)\s+)?Time\b/;
const europeanZone = /^Central\s+European\s+(Summer\s+)?Time\b/;
const greenwichZone = /^Greenwich\s+Mean\s+Time\b/;

/** A zone's name spelt out, with the abbreviation it stands for ("Eastern Time" is "ET"). */
function spelledZone(label: string): { words: string; abbreviation: string } | undefined {
  const american = americanZone.exec(label);
  if (american)
    return {
      words: american[0],
      abbreviation: `${american[1]?.charAt(0) ?? ''}${american[2]?.charAt(0) ?? ''}T`,
    };
  const european = europeanZone.exec(label);
  if (european) return { words: european[0], abbreviation: european[1] ? 'CEST' : 'CET' };
  const greenwich = greenwichZone.exec(label);
  return greenwich ? { words: greenwich[0], abbreviation: 'GMT' } : undefined;
}

/** The country a place's clock of a label names: "Japanese" and "Tokyo" are Japan's. */
const placeOfClock = (place: string): string =>
  /^(?:Japan(?:ese)?|Tokyo)$/i.test(place) ? 'Japan' : place;

/**
 * The clock a label names, at the start of `text`: "local time", a place's ("Japan time",
 * "same time in Japan"), or a zone by its abbreviation ("EST"); undefined for none.
 */
export function clockOfLabel(text: string): Clock | undefined {
  const label = text.trim();
  if (localLabel.test(label)) return { kind: 'local' };
  const same = sameTimeLabel.exec(label);
  if (same?.[1]) return { kind: 'place', place: placeOfClock(same[1]) };
  const spelled = spelledZone(label);
  if (spelled) {
    // One the importer does not know, or that names two (Central Time), is no clock at all.
    const iana = zoneOfAbbreviation(spelled.abbreviation);
    return iana ? { kind: 'zone', zone: iana, abbreviation: spelled.words } : undefined;
  }
  const place = placeLabel.exec(label);
  if (place?.[1] && !/^local$/i.test(place[1]))
    return { kind: 'place', place: placeOfClock(place[1]) };
  const zone = abbreviation.exec(label)?.[1];
  const iana = zone && zoneOfAbbreviation(zone);
  return zone && iana ? { kind: 'zone', zone: iana, abbreviation: zone } : undefined;
}

/** The clock a label at the end of `text` names: "..., Japan time", "... JST", "..., local time". */
export function clockAtEnd(text: string): Clock | undefined {
  const words = text.trim().split(/[\s,;:]+/);
  for (let count = Math.min(4, words.length); count >= 1; count -= 1) {
    const clock = clockOfLabel(words.slice(-count).join(' '));
    if (clock) return clock;
  }
  return undefined;
}
