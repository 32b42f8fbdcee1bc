import type { Participant, Readout } from './readout.ts';

/** The participants who met, as against those "also present". */
export const principalsOf = (readout: Readout): Participant[] =>
  readout.participants.filter((p) => p.attendance === 'principal');
