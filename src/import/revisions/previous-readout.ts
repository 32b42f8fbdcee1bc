import { readFile } from 'node:fs/promises';
import { splitReadoutFile } from '../../loaders/readout-file.ts';
import { renderReadout } from '../../loaders/render-readout.ts';
import type { ReadoutOutline } from '../../markdown/outline.ts';
import { meetingFieldsSchema } from '../../schemas/meeting-fields.ts';
import { ImportError } from '../import-error.ts';
import type { MeetingFields } from '../output/frontmatter.ts';

/** The archive's current version of a readout, as a revision is compared with it. */
export interface PreviousReadout {
  path: string;
  /** The file as it is, byte for byte: what the version file keeps. */
  file: string;
  fields: MeetingFields;
  outline: ReadoutOutline;
}

/**
 * Reads the readout a revision replaces, with the build's own reader, schema and Markdown
 * pipeline; a readout the build would refuse cannot be revised until it is mended.
 */
export async function readPrevious(path: string, importing: string): Promise<PreviousReadout> {
  const file = await readFile(path, 'utf8');
  try {
    const split = splitReadoutFile(file, path);
    const fields = meetingFieldsSchema.safeParse(split.data);
    if (!fields.success)
      throw new Error(
        fields.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; '),
      );
    const { outline } = await renderReadout(split.body, path);
    return { path, file, fields: fields.data, outline };
  } catch (error) {
    throw new ImportError(
      importing,
      `${path}, the readout this text revises, does not load (${(error as Error).message}): mend it before recording a revision`,
    );
  }
}

/**
 * Refuses `--force` over a readout with versions: it replaces a mistaken import, and would lose
 * the versions that earlier citations quote.
 */
export async function refuseForceOverVersions(file: string, path: string): Promise<void> {
  let versions: unknown;
  try {
    versions = splitReadoutFile(await readFile(path, 'utf8'), path).data['versions'];
  } catch {
    // A file that does not load has no versions to lose: --force replaces it.
  }
  if (!Array.isArray(versions) || versions.length === 0) return;
  throw new ImportError(
    file,
    `${path} has ${String(versions.length + 1)} versions: --force replaces a mistaken import, and would lose them; import without it to record a revision`,
    ['--force'],
  );
}

/** The day the archive captured a version: its `captured`, or else the page's date. */
export const capturedOf = (fields: MeetingFields): string =>
  fields.source.captured ?? fields.source.published;
