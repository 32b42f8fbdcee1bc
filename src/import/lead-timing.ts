import { monthName, monthNumber, type MonthDay } from './calendar.ts';
import { parseMinutes } from './duration.ts';

/** A start time as the lead gives it. */
export interface StartTime {
  /** 24-hour local time, HH:MM. */
  time: string;
  approximate: boolean;
  /** True when the lead says the time is Japan time, e.g. "9:10 p.m. (Japan time)". */
  japanTime: boolean;
}

/** A duration as the lead gives it. */
export interface Duration {
  minutes: number;
  approximate: boolean;
}

const dayPattern = new RegExp(`^On\\s+(?:[A-Z][a-z]+day,?\\s+)?${monthName}\\s+(\\d{1,2})\\b`);
const timePattern = /\b(?:(around|approximately|about|roughly|some)\s+)?(\d{1,2})(?::(\d{2}))?\s*(a\.m\.|p\.m\.|noon)(?:\s*\(([^)]*)\))?/i;
const durationPattern =
  /\bfor\s+(?:(approximately|about|around|roughly|some|nearly|almost|over|more than)\s+)?([^,;()]+?)\s*(?=[,;()]|\.(?:\s|$)|$)/gi;

/** The month and day of the meeting from the lead's opening "On September 21". */
export function meetingDay(lead: string): MonthDay | undefined {
  const match = dayPattern.exec(lead);
  return match ? { month: monthNumber(match[1] ?? ''), day: Number(match[2]) } : undefined;
}

/** The first clock time in the text ("at around 12:45 p.m."), on a 24-hour clock. */
export function startTime(text: string): StartTime | undefined {
  const match = timePattern.exec(text);
  if (!match) return undefined;
  const [, around, hourText, minuteText = '00', suffix = '', note = ''] = match;
  const hour = (Number(hourText) % 12) + (suffix.toLowerCase() === 'p.m.' || suffix.toLowerCase() === 'noon' ? 12 : 0);
  if (hour > 23 || Number(minuteText) > 59) return undefined;
  return {
    time: `${String(hour).padStart(2, '0')}:${minuteText}`,
    approximate: around !== undefined,
    japanTime: /^\s*Japan time/i.test(note),
  };
}

/** The first duration in the text ("for approximately one hour"). */
export function duration(text: string): Duration | undefined {
  for (const match of text.matchAll(durationPattern)) {
    const minutes = parseMinutes(match[2] ?? '');
    if (minutes !== undefined) return { minutes, approximate: match[1] !== undefined };
  }
  return undefined;
}
