import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { splitReadoutFile } from '../../loaders/readout-file.ts';
import type { ImportedReadout } from '../import-readout.ts';

/** Whether an archive's file is the readout's own: the same page, or its publisher's same meeting. */
function sameReadout(file: string, readout: ImportedReadout): boolean {
  let data: Record<string, unknown>;
  try {
    data = splitReadoutFile(file, 'target').data;
  } catch {
    // A file the build would refuse is left for --force to replace, never taken for another's.
    return true;
  }
  const source = (data['source'] ?? {}) as Record<string, unknown>;
  const { url, publisher } = readout.fields.source;
  return (
    source['url'] === undefined ||
    source['url'] === url ||
    (source['publisher'] === publisher && data['kind'] === readout.fields.kind)
  );
}

/**
 * The file a readout goes to: `<date>-<names>.md`, unless another page's readout has that name
 * (a working dinner after a summit meeting, published on its own page): then the name with the
 * kind, `<date>-<names>-<kind>.md`, and a number if need be. A file of the same original page,
 * or of none, or of the same publisher's same kind of meeting (a page that moved), is this
 * readout's own: revised, or replaced with --force.
 */
export async function targetOf(
  readout: ImportedReadout,
  contentDir: string,
  planned: readonly { target: string }[],
): Promise<string> {
  for (let n = 0; ; n += 1) {
    const name = [readout.id, ...(n > 0 ? [readout.fields.kind] : []), ...(n > 1 ? [n] : [])];
    const target = join(contentDir, 'meetings', `${name.join('-')}.md`);
    if (planned.some((other) => other.target === target)) continue;
    if (!existsSync(target)) return target;
    // This readout's own: of the same page, or of the same kind of meeting by the same
    // publisher (a page that moved); another page's (the dinner after a summit) names another.
    if (sameReadout(await readFile(target, 'utf8'), readout)) return target;
  }
}
