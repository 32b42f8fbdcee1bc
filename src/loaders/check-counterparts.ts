import { oneMeetingRule, tooFarApart } from '../lib/one-meeting.ts';
import { ContentError } from './content-error.ts';
import { splitReadoutFile } from './readout-file.ts';

/** What the check needs to know of a loaded readout. */
export interface CounterpartEntry {
  id: string;
  filePath: string;
  /** The file's whole text, read only to tell the line of a field it refuses. */
  body: () => string;
  data: { date: string; counterparts?: string[] | undefined };
}

/**
 * Checks the links between readouts of the same meeting, once every readout is known: each
 * names a readout that exists, other than itself, and no two readouts linked, directly or
 * through others, are dated more than a day apart.
 */
export function checkCounterparts(entries: readonly CounterpartEntry[]): void {
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  // The readouts known so far to be accounts of each readout's meeting.
  const meetings = new Map(entries.map((entry) => [entry.id, [entry]]));
  for (const entry of entries) {
    const { counterparts = [], date } = entry.data;
    counterparts.forEach((id, index) => {
      const fail = (message: string): never => {
        const file = splitReadoutFile(entry.body(), entry.filePath);
        throw new ContentError(
          entry.filePath,
          file.lineOf(['counterparts', index]),
          `counterparts: ${message}`,
        );
      };
      const other = byId.get(id);
      if (id === entry.id) fail(`"${id}" is this readout; name the other account of the meeting.`);
      if (!other)
        fail(`there is no readout "${id}" (no file ${id}.md beside this one): check its name.`);
      else if (tooFarApart(date, other.data.date))
        fail(`"${id}" is dated ${other.data.date} and this readout ${date}: ${oneMeetingRule}`);
      else {
        // Linked through a third, two accounts of one meeting must be as close in time.
        const [first, last] = datedEnds(joinMeeting(meetings, entry.id, id));
        if (first && last && tooFarApart(first.data.date, last.data.date))
          fail(
            `"${id}" makes this readout an account of the meeting that "${first.id}" ` +
              `(${first.data.date}) and "${last.id}" (${last.data.date}) report: ${oneMeetingRule}`,
          );
      }
    });
  }
}

/** Puts the readouts linked with two readouts into one meeting, and returns its readouts. */
function joinMeeting(meetings: Map<string, CounterpartEntry[]>, a: string, b: string) {
  const one = meetings.get(a) ?? [];
  const two = meetings.get(b) ?? [];
  if (one === two) return one;
  const joined = [...one, ...two];
  for (const entry of joined) meetings.set(entry.id, joined);
  return joined;
}

/** The earliest and the latest of a meeting's readouts. */
const datedEnds = (readouts: CounterpartEntry[]) => {
  const byDate = readouts.toSorted((x, y) => x.data.date.localeCompare(y.data.date));
  return [byDate[0], byDate.at(-1)] as const;
};
