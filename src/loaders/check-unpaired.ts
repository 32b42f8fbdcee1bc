import { addDays } from '../lib/dates.ts';
import { sameMeeting, type MeetingAccount } from '../lib/one-meeting.ts';
import type { z } from 'astro/zod';
import type { meetingSchema } from '../schemas/meeting.ts';
import { ContentError } from './content-error.ts';

/** A loaded readout, as the check reads it. */
export interface PairedEntry extends MeetingAccount {
  filePath: string;
  counterparts: readonly string[];
}

/** A loaded readout as the check reads it: its date, publisher, people and links. */
export function pairedEntry(entry: {
  id: string;
  filePath: string;
  data: z.output<typeof meetingSchema>;
}): PairedEntry {
  const { data } = entry;
  return {
    id: entry.id,
    filePath: entry.filePath,
    date: data.date,
    publisher: data.source.publisher,
    principals: data.participants.flatMap(({ person, attendance }) =>
      attendance === 'principal' ? [person.id] : [],
    ),
    participants: data.participants.map(({ person }) => person.id),
    counterparts: data.counterparts ?? [],
    notCounterparts: data.notCounterparts,
  };
}

/** The readouts linked with each readout, through `counterparts` in either direction. */
function meetingsOf(entries: readonly PairedEntry[]): Map<string, string> {
  const root = new Map(entries.map(({ id }) => [id, id]));
  const find = (id: string): string => {
    let at = id;
    while (root.get(at) !== at) at = root.get(at) ?? at;
    return at;
  };
  for (const entry of entries)
    for (const other of entry.counterparts)
      if (root.has(other)) root.set(find(entry.id), find(other));
  return new Map(entries.map(({ id }) => [id, find(id)]));
}

/**
 * Refuses two readouts that look like two governments' accounts of one meeting (other
 * publishers, a day apart at most, the same principals) but are neither linked as counterparts
 * nor said to be of two meetings: the comparison of the two is what the archive is for, and an
 * import writes the link, so a pair without one was written by hand and missed it.
 */
export function checkUnpaired(entries: readonly PairedEntry[]): void {
  const meeting = meetingsOf(entries);
  const byDate = Map.groupBy(entries, ({ date }) => date);
  for (const entry of entries) {
    // Each pair once: the other account is on the same day (later in order) or the next.
    const sameDay = byDate.get(entry.date) ?? [];
    const others = [
      ...sameDay.slice(sameDay.indexOf(entry) + 1),
      ...(byDate.get(addDays(entry.date, 1)) ?? []),
    ];
    const unlinked = others.find(
      (other) => meeting.get(other.id) !== meeting.get(entry.id) && sameMeeting(entry, other),
    );
    if (unlinked) {
      // The file to mend: the one that names no other account, else the later.
      const [file, other] =
        entry.counterparts.length > 0 && unlinked.counterparts.length === 0
          ? [unlinked, entry]
          : [entry, unlinked];
      throw new ContentError(
        file.filePath,
        undefined,
        `this readout and "${other.id}" (${other.publisher}, ${other.date}) look like two accounts of one meeting (the same principals, a day apart at most): link them with "counterparts: [${other.id}]", or, if they are two meetings, say so with "notCounterparts: [${other.id}]".`,
      );
    }
  }
}
