import type { Duration, StartTime } from '../draft.ts';
import { parseMinutes } from './duration.ts';

const approximately = String.raw`around|approximately|about|roughly|some|nearly|just\s+after|shortly\s+after|just\s+before|after`;
// "12:45 p.m.", "9 a.m.", "12 noon", "1:30p.m.", "08:40 a.m.", "0:20 p.m.", or a 24-hour "21:10".
const clockTime = String.raw`(\d{1,2})(?::(\d{2}))?\s*(?:([ap])\.?\s?m\b\.?|(noon)\b)?`;
// A time, what it is approximately, and a note in brackets: "(local time; 7:50 p.m. JST)".
const timePattern = new RegExp(
  String.raw`\b(?:(${approximately})\s+)?${clockTime}(?:\s*\(([^)]*)\))?`,
  'gi',
);
const rangeEnd = new RegExp(String.raw`^\s*(?:to|until|till|[-–])\s+${clockTime}`, 'i');
// "for approximately 30 minutes", ending at a clause: "..., from 10:00 a.m." or "(local time)".
const durationPattern =
  /\bfor\s+(?:(approximately|about|around|roughly|some|nearly|almost|over|more than)\s+)?([^,;()]+?)\s*(?=[,;()]|\s+(?:from|at|commencing|starting|beginning|until)\b|\.(?:\s|$)|$)/gi;

/** HH:MM of a clock time's parts, or undefined when they are not a time ("On March 3"). */
function hhmm(
  hourText = '',
  minuteText?: string,
  half?: string,
  noon?: string,
): string | undefined {
  // A bare number is not a time: a time has minutes, or a.m., p.m. or noon.
  if (minuteText === undefined && half === undefined && noon === undefined) return undefined;
  const afternoon = half?.toLowerCase() === 'p' || noon !== undefined;
  const twelveHour = half !== undefined || noon !== undefined;
  const hour = twelveHour ? (Number(hourText) % 12) + (afternoon ? 12 : 0) : Number(hourText);
  if (hour > 23 || Number(minuteText ?? 0) > 59) return undefined;
  return `${String(hour).padStart(2, '0')}:${minuteText ?? '00'}`;
}

/**
 * The clock a time is on, from its note ("(Japan time)", "(France time)", "(local time; ...)")
 * or the words after it ("6:45 p.m. Japan time"). A note that gives another time
 * ("(1:50 a.m., December 12, Japan time)") makes the time before it the local one.
 */
function clockOf(note: string | undefined, after: string): string | undefined {
  const said = (note ?? /^\s*(?:local time|Japan time|JST)\b/i.exec(after)?.[0] ?? '').trim();
  if (said === '' || /^local\b/i.test(said) || /\d/.test(said)) return undefined;
  if (/^(?:JST|Japan(?:ese)?(?:\s+Standard)?\s+time|Tokyo\s+time)$/i.test(said)) return 'Japan';
  const named = /^(?:same\s+time\s+in\s+(.+)|(.+?)\s+time)$/i.exec(said);
  return named ? (named[1] ?? named[2])?.trim() : undefined;
}

/** The first clock time in the text ("at around 12:45 p.m. (local time)"), on a 24-hour clock. */
export function startTime(text: string): StartTime | undefined {
  timePattern.lastIndex = 0;
  for (let match = timePattern.exec(text); match; match = timePattern.exec(text)) {
    const [whole, around, hour = '', minute, half, noon, note] = match;
    const after = text.slice(match.index + whole.length);
    const end = rangeEnd.exec(after);
    // "from 3:15 to 4:00 p.m.": the range's a.m. or p.m. holds for both ends.
    const time = hhmm(hour, minute, half ?? end?.[3], noon);
    // Not a time ("On March 29 (6:45 p.m. Japan time)"): look again just after the number.
    if (!time) {
      timePattern.lastIndex = match.index + whole.indexOf(hour) + hour.length;
      continue;
    }
    const until = end ? hhmm(end[1], end[2], end[3] ?? half, end[4]) : undefined;
    const clock = clockOf(note, after);
    return {
      time,
      approximate: around !== undefined,
      ...(clock ? { clock } : {}),
      ...(until ? { until } : {}),
    };
  }
  return undefined;
}

/** The first duration in the text ("for approximately one hour"). */
export function duration(text: string): Duration | undefined {
  for (const match of text.matchAll(durationPattern)) {
    const minutes = parseMinutes(match[2] ?? '');
    if (minutes !== undefined) return { minutes, approximate: match[1] !== undefined };
  }
  return undefined;
}

/** The length of a time range ("from 9:15 to 10:00 a.m."): exact, unless its start is approximate. */
export function rangeDuration(start: StartTime): Duration | undefined {
  if (!start.until) return undefined;
  const minutesOf = (time: string): number =>
    Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
  const minutes = (minutesOf(start.until) - minutesOf(start.time) + 24 * 60) % (24 * 60);
  return minutes > 0 ? { minutes, approximate: start.approximate } : undefined;
}
