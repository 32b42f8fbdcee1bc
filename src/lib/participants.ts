import type { Participant, Readout } from './readout.ts';

/** The participants who met, as against those "also present". */
export const principalsOf = (readout: Readout): Participant[] =>
  readout.participants.filter((p) => p.attendance === 'principal');

/** Who met whom, as a list names a meeting: "Shinzo Abe and Joe Biden". */
export const whoMet = (readout: Readout): string =>
  principalsOf(readout)
    .map(({ person }) => person.data.name)
    .join(' and ');
