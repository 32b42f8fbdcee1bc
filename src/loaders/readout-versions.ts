import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import type { z } from 'astro/zod';
import type { ReadoutParts } from '../markdown/rehype-readout-parts.ts';
import { meetingSchema } from '../schemas/meeting.ts';
import { ContentError } from './content-error.ts';
import { splitReadoutFile, type ReadoutFile } from './readout-file.ts';
import type { renderReadout } from './render-readout.ts';
import { schemaError } from './schema-error.ts';
import { paragraphTexts, storedOutline, type NameForms } from '../stored/outline.ts';
import type { StoredVersion } from '../stored/text.ts';

/** A version's HTML and text, to be written to its file. */
export interface VersionHtml {
  id: string;
  parts: ReadoutParts;
  texts: Record<string, string>;
}

/** The folder of a readout's earlier versions: `<id>.versions/` beside its file. */
const versionsFolder = (path: string, id: string): string => join(dirname(path), `${id}.versions`);

/** Whether a path under `meetings/` is in a folder of versions, not a readout of its own. */
export const isVersionFile = (name: string): boolean =>
  name.split(/[\\/]/).some((part) => part.endsWith('.versions'));

/**
 * Loads a readout's earlier versions (`versions` in its frontmatter, each in
 * `<id>.versions/<captured>.md`): each must be the file recorded, byte for byte (a version is
 * never edited once recorded), load as a readout did, and be listed; a file in the folder that
 * is not is refused too.
 */
export async function loadVersions(
  readout: { id: string; path: string; data: z.output<typeof meetingSchema> } & Pick<
    ReadoutFile,
    'lineOf'
  >,
  render: typeof renderReadout,
  names: NameForms,
): Promise<{ stored: StoredVersion[]; html: VersionHtml[] }> {
  const { id, path, data } = readout;
  const file = relative(process.cwd(), path);
  const folder = versionsFolder(path, id);
  const listed = data.versions ?? [];
  const present = (await readdir(folder).catch(() => [] as string[])).filter((name) =>
    name.endsWith('.md'),
  );
  const stray = present.find((name) => !listed.some(({ captured }) => `${captured}.md` === name));
  if (stray)
    throw new ContentError(
      file,
      readout.lineOf(['versions']),
      `versions: ${relative(process.cwd(), join(folder, stray))} is not listed: record each earlier version with its captured date and sha256, or remove the file.`,
    );
  const stored: StoredVersion[] = [];
  const html: VersionHtml[] = [];
  for (const [index, { captured, revised, sha256 }] of listed.entries()) {
    const versionPath = join(folder, `${captured}.md`);
    const versionFile = relative(process.cwd(), versionPath);
    const text = await readFile(versionPath, 'utf8').catch(() => undefined);
    const fail = (message: string): never => {
      throw new ContentError(file, readout.lineOf(['versions', index]), `versions: ${message}`);
    };
    if (text === undefined)
      fail(`the version captured on ${captured} is missing: ${versionFile} holds it.`);
    else if (createHash('sha256').update(text).digest('hex') !== sha256)
      fail(
        `${versionFile} is not the version recorded (its SHA-256 differs): a version is never edited once recorded; restore it from the history.`,
      );
    const split = splitReadoutFile(text ?? '', versionFile);
    const parsed = meetingSchema.safeParse(split.data);
    if (!parsed.success) throw schemaError(parsed.error, versionFile, split);
    const { outline, parts } = await render(split.body, versionFile);
    const htmlId = `${id}@${captured}`;
    stored.push({
      captured,
      revised,
      data: parsed.data,
      outline: storedOutline(outline, names),
      htmlId,
    });
    html.push({ id: htmlId, parts, texts: paragraphTexts(outline) });
  }
  return { stored, html };
}
