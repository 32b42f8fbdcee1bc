import { daysBetween } from './dates.ts';

/**
 * Two readouts of one meeting may carry dates a day apart: each government dates the meeting
 * in its own time zone, and a meeting in the evening in Washington is the next morning in Tokyo.
 */
const daysApartAtMost = 1;

/** Whether two dates, YYYY-MM-DD, are too far apart to be one meeting's. */
export const tooFarApart = (a: string, b: string): boolean => daysBetween(a, b) > daysApartAtMost;

/** The rule, as each refusal of two accounts too far apart ends. */
export const oneMeetingRule = `readouts of one meeting are at most ${String(daysApartAtMost)} day apart (time zones). Is it the same meeting?`;

/** What tells that a readout is an account of a meeting: when, by whom, and who met. */
export interface MeetingAccount {
  id: string;
  date: string;
  publisher: string;
  /** The people who met (their ids): the principals. */
  principals: readonly string[];
  /** Everyone the readout names as present, principals first. */
  participants: readonly string[];
  /** Readouts an editor has said are of other meetings. */
  notCounterparts?: readonly string[] | undefined;
}

/**
 * Whether two readouts look like two governments' accounts of one meeting: different
 * publishers, dated at most a day apart, and every principal of each present in the other,
 * unless an editor has said they are not (`notCounterparts`, on either side).
 */
export function sameMeeting(a: MeetingAccount, b: MeetingAccount): boolean {
  if (a.id === b.id || a.publisher === b.publisher || tooFarApart(a.date, b.date)) return false;
  if (a.notCounterparts?.includes(b.id) || b.notCounterparts?.includes(a.id)) return false;
  const within = (x: MeetingAccount, y: MeetingAccount): boolean =>
    x.principals.length > 0 && x.principals.every((person) => y.participants.includes(person));
  return within(a, b) && within(b, a);
}
