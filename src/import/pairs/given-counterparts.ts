import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { oneMeetingRule, tooFarApart } from '../../lib/one-meeting.ts';
import { ContentError } from '../../loaders/content-error.ts';
import { splitReadoutFile } from '../../loaders/readout-file.ts';
import { ImportError } from '../import-error.ts';

/**
 * Checks the readouts named as other accounts of an imported readout's meeting
 * (`--counterpart`) before anything is written, so that an import does not write a readout the
 * build refuses: each is a readout of the archive, not this one, dated at most a day apart.
 * Accounts linked through a third are checked by the build, which knows every readout.
 */
export async function checkGivenCounterparts(
  file: string,
  target: string,
  date: string,
  counterparts: readonly string[],
  contentDir: string,
): Promise<void> {
  const fail = (reason: string): never => {
    throw new ImportError(file, `--counterpart ${reason}`, ['--counterpart']);
  };
  for (const id of counterparts) {
    if (id === basename(target, '.md'))
      fail(`${id}: that is this readout; name the other account of the meeting.`);
    const path = join(contentDir, 'meetings', `${id}.md`);
    if (!existsSync(path))
      fail(`${id}: there is no readout ${path}; import or write the other account first.`);
    let other: unknown;
    try {
      other = splitReadoutFile(await readFile(path, 'utf8'), path).data['date'];
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      fail(`${id}: ${error.message}`);
    }
    if (typeof other !== 'string') fail(`${id}: ${path} has no date.`);
    else if (tooFarApart(date, other))
      fail(`${id}: it is dated ${other} and this readout ${date}: ${oneMeetingRule}`);
  }
}
