import type { Readout } from './readout.ts';

/**
 * The other readouts of each readout's meeting. A `counterparts` link counts both ways and
 * is followed through: when one readout names two others, those two are of the same meeting
 * too. Each list is in the archive's order.
 */
export function counterpartsOf(readouts: readonly Readout[]): Map<string, Readout[]> {
  const linked = new Map<string, Set<string>>(readouts.map(({ id }) => [id, new Set()]));
  for (const readout of readouts)
    for (const other of readout.data.counterparts ?? []) {
      linked.get(readout.id)?.add(other);
      linked.get(other)?.add(readout.id);
    }
  const meetingOf = new Map<string, Set<string>>();
  for (const { id } of readouts) {
    if (meetingOf.has(id)) continue;
    const meeting = new Set([id]);
    for (const member of meeting) for (const next of linked.get(member) ?? []) meeting.add(next);
    for (const member of meeting) meetingOf.set(member, meeting);
  }
  const byId = new Map(readouts.map((readout) => [readout.id, readout]));
  const order = new Map(readouts.map((readout, index) => [readout.id, index]));
  return new Map(
    readouts.map((readout) => [
      readout.id,
      [...(meetingOf.get(readout.id) ?? [])]
        .filter((id) => id !== readout.id)
        .sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0))
        .flatMap((id) => byId.get(id) ?? []),
    ]),
  );
}
