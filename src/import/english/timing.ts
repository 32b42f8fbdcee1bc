import type { Clock, Duration, MonthDay, StartTime } from '../draft.ts';
import { monthNumber, monthPattern } from '../../lib/dates.ts';
import { clockAtEnd, clockOfLabel } from './clock.ts';
import { parseMinutes } from './duration.ts';

const approximately = String.raw`around|approximately|about|roughly|some|nearly|just\s+after|shortly\s+after|just\s+before|after`;
// "12:45 p.m.", "9 a.m.", "12 noon", "1:30p.m.", "08:40 a.m.", "0:20 p.m.", or a 24-hour "21:10".
const clockTime = String.raw`(\d{1,2})(?::(\d{2}))?\s*(?:([ap])\.?\s?m\b\.?|(noon)\b)?`;
// A time and what it is approximately: "around 12:45 p.m.".
const timePattern = new RegExp(String.raw`\b(?:(${approximately})\s+)?${clockTime}`, 'gi');
const rangeEnd = new RegExp(String.raw`^\s*(?:to|until|till|[-–])\s+${clockTime}`, 'i');
// What follows a time: its clock said ("EST", "local time"), then a note in brackets.
const labelAfter =
  /^\s*((?:local|[A-Z][a-z]+(?:\s+Standard)?)\s+[Tt]ime\b|[A-Z]{2,4}\b)?\s*(?:\(([^)]*)\))?/;
// A day in a note: "on May 23", "December 12", "On July 7", "on September 22nd".
const noteDay = new RegExp(String.raw`\b${monthPattern}\s+(\d{1,2})(?:st|nd|rd|th)?\b`);
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

/** A time in a text, from `from` on: its clock reading, its words, and where it ends. */
interface FoundTime {
  time: string;
  approximate: boolean;
  until?: string;
  at: number;
  end: number;
}

function nextTime(text: string, from: number): FoundTime | undefined {
  timePattern.lastIndex = from;
  for (let match = timePattern.exec(text); match; match = timePattern.exec(text)) {
    const [whole, around, hour = '', minute, half, noon] = match;
    const after = text.slice(match.index + whole.length);
    const range = rangeEnd.exec(after);
    // "from 3:15 to 4:00 p.m.": the range's a.m. or p.m. holds for both ends.
    const time = hhmm(hour, minute, half ?? range?.[3], noon);
    // Not a time ("On March 29 (6:45 p.m. Japan time)"): look again just after the number.
    if (!time) {
      timePattern.lastIndex = match.index + whole.indexOf(hour) + hour.length;
      continue;
    }
    const until = range ? hhmm(range[1], range[2], range[3] ?? half, range[4]) : undefined;
    return {
      time,
      approximate: around !== undefined,
      ...(until ? { until } : {}),
      at: match.index,
      end: match.index + whole.length + (range?.[0].length ?? 0),
    };
  }
  return undefined;
}

/** The day a note gives ("5:00 p.m. on May 23, local time"). */
function dayOf(note: string): MonthDay | undefined {
  const match = noteDay.exec(note);
  return match ? { month: monthNumber(match[1] ?? ''), day: Number(match[2]) } : undefined;
}

/**
 * The start time of a meeting, from the first clock time of a lead and what follows it: its
 * clock when said ("11:05 a.m. EST", "(Japan time)", "(local time; 7:50 p.m. JST)"), and a
 * note that gives the time on another clock. When the note's time is the local one ("6:00
 * a.m. (5:00 p.m. on May 23, local time)", a lead in Japan time of a meeting abroad), that is
 * the start, with the note's day; a note that gives another clock's time makes the first time
 * the local one.
 */
export function startTime(text: string): StartTime | undefined {
  const first = nextTime(text, 0);
  if (!first) return undefined;
  const tail = text.slice(first.end);
  const [said = '', label, note] = labelAfter.exec(tail) ?? [];
  const words = text.slice(first.at, first.end + said.length).trim();
  const [noteLabel = ''] = (note ?? '').split(/[;:,]/);
  const clock = (label && clockOfLabel(label)) ?? (note ? clockOfLabel(noteLabel) : undefined);
  const base = {
    time: first.time,
    approximate: first.approximate,
    ...(first.until ? { until: first.until } : {}),
    words,
  };
  if (clock || note === undefined) return { ...base, ...(clock ? { clock } : {}) };
  const other = nextTime(note, 0);
  const otherClock = other && clockAtEnd(note.slice(other.end));
  if (other && otherClock?.kind === 'local') {
    const day = dayOf(note);
    return { ...base, time: other.time, clock: otherClock, ...(day ? { day } : {}) };
  }
  // "(1:50 a.m., December 12, Japan time)": the first time is the local one.
  return other ? { ...base, clock: { kind: 'local' } satisfies Clock } : base;
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
