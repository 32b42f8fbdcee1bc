import { basename } from 'node:path';
import type { ImportedReadout } from '../import-readout.ts';
import { readoutFileText } from '../output/frontmatter.ts';
import { accountOf, accountsNear } from './archive-accounts.ts';
import { foundCounterparts } from './found-counterparts.ts';

/**
 * The readout linked to the other accounts of its meeting that the archive, or the batch
 * before it, holds: the same principals, a day apart at most, another publisher. Each link is
 * reported, with the flag that undoes it.
 */
export async function withFoundCounterparts(
  readout: ImportedReadout,
  target: string,
  planned: readonly { target: string; fields: ImportedReadout['fields'] }[],
  contentDir: string,
): Promise<ImportedReadout> {
  const id = basename(target, '.md');
  const given = readout.fields.counterparts ?? [];
  const accounts = planned.map((other) => accountOf(basename(other.target, '.md'), other.fields));
  const archive = (await accountsNear(contentDir, readout.fields.date)).filter(
    (account) => account.id !== id && !accounts.some((other) => other.id === account.id),
  );
  const found = foundCounterparts(accountOf(id, readout.fields), [...archive, ...accounts], given);
  if (found.length === 0) return readout;
  const fields = { ...readout.fields, counterparts: [...given, ...found.map((other) => other.id)] };
  return {
    ...readout,
    fields,
    text: readoutFileText(fields, readout.markdown),
    notes: [
      ...readout.notes,
      ...found.map(
        (other) =>
          `paired with ${other.id} (${other.publisher}, ${other.date}) as the other account of the meeting; if it is another meeting, import again with --not-counterpart ${other.id}`,
      ),
    ],
  };
}
