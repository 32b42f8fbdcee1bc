import type { Readout } from './readout.ts';

/** The archive's order of readouts: newest meeting first, then by id. */
export const newestFirst = (a: Readout, b: Readout): number =>
  b.data.date.localeCompare(a.data.date) || a.id.localeCompare(b.id);
