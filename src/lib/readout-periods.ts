import { counted } from './counted.ts';
import type { Readout } from './readout.ts';

// A list of readouts (the archive's, a kind of meeting's) split by period, as a person's
// entries are in person-entries.ts: what each is filed under, and what a period holds.

/** The date a readout is filed under: its meeting's. */
export const readoutDate = (readout: Readout): string => readout.data.date;

/** What a period of a list of readouts holds, in words: "12 readouts". */
export const readoutsText = (readouts: unknown[]): string => counted(readouts.length, 'readout');
