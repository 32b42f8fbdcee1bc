import type { Readout } from './readout.ts';

/** The start of a readout's text (its lead, or else its first section), to cut excerpts from. */
export const openingOf = (readout: Readout): string =>
  readout.lead[0]?.opening ?? readout.sections[0]?.opening ?? '';
