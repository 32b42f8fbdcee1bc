import type { Archive } from './archive.ts';
import { counted } from './counted.ts';
import type { Readout, Section } from './readout.ts';

/** An entry of a person's pages: a readout they took part in, or a section that names them. */
export interface PersonEntry {
  readout: Readout;
  /** The section naming the person; none for a readout they took part in. */
  section?: Section;
}

/** The readouts a person took part in and the sections naming them, in one list, newest first. */
export function personEntries(archive: Archive, id: string): PersonEntry[] {
  const tookPart = (archive.readoutsByPerson.get(id) ?? []).map((readout) => ({ readout }));
  const mentioned = archive.mentionsByPerson.get(id) ?? [];
  // Both lists are newest first; a stable sort keeps each one's order within a day.
  return [...tookPart, ...mentioned].sort((a, b) =>
    b.readout.data.date.localeCompare(a.readout.data.date),
  );
}

/** Whether an entry is a section that names the person, not a readout they took part in. */
export const isMention = (entry: PersonEntry): entry is Required<PersonEntry> =>
  entry.section !== undefined;

/** The date an entry is filed under. */
export const entryDate = (entry: PersonEntry): string => entry.readout.data.date;

/** "2 readouts, 5 sections" (a kind with none left out): what a person's entries are, for counts by period. */
export function entriesText(entries: PersonEntry[]): string {
  const sections = entries.filter(isMention).length;
  const readouts = entries.length - sections;
  return [readouts && counted(readouts, 'readout'), sections && counted(sections, 'section')]
    .filter(Boolean)
    .join(', ');
}
