import type { Kind } from './readout.ts';

/** A kind of meeting's label as a heading or a fact starts it: "Courtesy call". */
export const kindName = (kind: Kind): string =>
  kind.data.label.replace(/^./, (first) => first.toUpperCase());
