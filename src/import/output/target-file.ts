import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ImportedReadout } from '../import-readout.ts';

/**
 * The file a readout goes to: `<date>-<names>.md`, unless another page's readout has that name
 * (a working dinner after a summit meeting, published on its own page): then the name with the
 * kind, `<date>-<names>-<kind>.md`, and a number if need be. A file of the same original page,
 * or of none, is this readout's own, to be replaced only with --force.
 */
export async function targetOf(
  readout: ImportedReadout,
  contentDir: string,
  planned: readonly { target: string }[],
): Promise<string> {
  const url = readout.fields.source.url;
  for (let n = 0; ; n += 1) {
    const name = [readout.id, ...(n > 0 ? [readout.fields.kind] : []), ...(n > 1 ? [n] : [])];
    const target = join(contentDir, 'meetings', `${name.join('-')}.md`);
    if (planned.some((other) => other.target === target)) continue;
    if (!existsSync(target)) return target;
    // Another page's readout names its own original; any other file here may be this one, edited.
    const original = /\n {2}url: "?([^"\n]+)"?\n/.exec(await readFile(target, 'utf8'))?.[1];
    if (original === undefined || original === url) return target;
  }
}
