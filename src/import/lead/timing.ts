import { monthName, monthNumber, type MonthDay } from '../source/calendar.ts';
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

const dayPattern = new RegExp(
  `^On\\s+(?:[A-Z][a-z]+day,?\\s+)?${monthName}\\s+(\\d{1,2})\\b(?:,?\\s+(\\d{4})\\b)?`,
);
// "12:45 p.m.", "9 a.m.", "12 noon", "9:10 pm", or a 24-hour "21:10"; a note in brackets may follow.
const timePattern =
  /\b(?:(around|approximately|about|roughly|some)\s+)?(\d{1,2})(?::(\d{2}))?\s*(?:([ap])\.?\s?m\b\.?|(noon)\b)?(?:\s*\(([^)]*)\))?/gi;
const durationPattern =
  /\bfor\s+(?:(approximately|about|around|roughly|some|nearly|almost|over|more than)\s+)?([^,;()]+?)\s*(?=[,;()]|\.(?:\s|$)|$)/gi;

/** The month and day of the meeting from the lead's opening "On September 21" (and the year, if "On September 21, 2016"). */
export function meetingDay(lead: string): MonthDay | undefined {
  const match = dayPattern.exec(lead);
  if (!match) return undefined;
  const [, month = '', day, year] = match;
  return { month: monthNumber(month), day: Number(day), ...(year ? { year: Number(year) } : {}) };
}

/** The first clock time in the text ("at around 12:45 p.m."), on a 24-hour clock. */
export function startTime(text: string): StartTime | undefined {
  for (const [, around, hourText, minuteText, half, noon, note = ''] of text.matchAll(
    timePattern,
  )) {
    // A bare number ("On March 3") is not a time: a time has minutes or a.m., p.m. or noon.
    if (minuteText === undefined && half === undefined && noon === undefined) continue;
    const afternoon = half?.toLowerCase() === 'p' || noon !== undefined;
    const hour =
      half === undefined && noon === undefined
        ? Number(hourText)
        : (Number(hourText) % 12) + (afternoon ? 12 : 0);
    if (hour > 23 || Number(minuteText ?? 0) > 59) continue;
    return {
      time: `${String(hour).padStart(2, '0')}:${minuteText ?? '00'}`,
      approximate: around !== undefined,
      japanTime: /^\s*Japan time/i.test(note),
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
