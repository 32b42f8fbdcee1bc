import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { addDays } from '../../lib/dates.ts';
import type { MeetingAccount } from '../../lib/one-meeting.ts';
import { ContentError } from '../../loaders/content-error.ts';
import { splitReadoutFile } from '../../loaders/readout-file.ts';
import { meetingFieldsSchema } from '../../schemas/meeting-fields.ts';
import type { MeetingFields } from '../output/frontmatter.ts';

/** A readout's frontmatter as an account of its meeting. */
export function accountOf(
  id: string,
  fields: Pick<MeetingFields, 'date' | 'source' | 'participants' | 'notCounterparts'>,
): MeetingAccount {
  const participants = fields.participants;
  return {
    id,
    date: fields.date,
    publisher: fields.source.publisher,
    principals: participants.flatMap(({ person, attendance }) =>
      attendance === 'also-present' ? [] : [person],
    ),
    participants: participants.map(({ person }) => person),
    notCounterparts: fields.notCounterparts,
  };
}

/**
 * The readouts of the archive dated within a day of `date`, as accounts of their meetings: a
 * readout's file name starts with its date, so only those few files are read. A file that
 * cannot be read is left to the build, which names its fault.
 */
export async function accountsNear(contentDir: string, date: string): Promise<MeetingAccount[]> {
  const days = [addDays(date, -1), date, addDays(date, 1)];
  const dir = join(contentDir, 'meetings');
  const names = (await readdir(dir).catch(() => [] as string[])).filter(
    (name) => name.endsWith('.md') && days.some((day) => name.startsWith(`${day}-`)),
  );
  const accounts = await Promise.all(
    names.map(async (name) => {
      try {
        const { data } = splitReadoutFile(await readFile(join(dir, name), 'utf8'), name);
        const fields = meetingFieldsSchema.safeParse(data);
        return fields.success ? [accountOf(basename(name, '.md'), fields.data)] : [];
      } catch (error) {
        if (error instanceof ContentError) return [];
        throw error;
      }
    }),
  );
  return accounts.flat();
}
