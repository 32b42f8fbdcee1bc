import { createHash } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import type { ReadoutOutline } from '../../markdown/outline.ts';
import { renderReadout } from '../../loaders/render-readout.ts';
import {
  paragraphChanges,
  type ParagraphChange,
  type VersionParagraph,
} from '../../versions/paragraph-changes.ts';
import type { ImportedReadout } from '../import-readout.ts';
import { ImportError } from '../import-error.ts';
import { readoutFileText, type MeetingFields } from '../output/frontmatter.ts';
import { capturedOf, type PreviousReadout } from './previous-readout.ts';

/** A new version of a readout the archive has: the file to keep the previous in, and what changed. */
export interface Revision {
  /** Where the previous version is kept, verbatim: `<id>.versions/<captured>.md`. */
  versionFile: string;
  /** The previous version's file, byte for byte. */
  versionText: string;
  changes: ParagraphChange[];
}

/** A readout's paragraphs in reading order, with the section each stands in. */
const versionParagraphs = (outline: ReadoutOutline): VersionParagraph[] => [
  ...outline.lead.map(({ id, number, text }) => ({ id, number, text })),
  ...outline.sections.flatMap(({ title, paragraphs }) =>
    paragraphs.map(({ id, number, text }) => ({ id, number, section: title, text })),
  ),
];

/** Whether two versions' texts are the same: every title and paragraph, word for word. */
function sameText(a: ReadoutOutline, b: ReadoutOutline): boolean {
  const texts = (outline: ReadoutOutline): string[] => [
    ...outline.sections.map(({ title }) => title),
    ...versionParagraphs(outline).map(({ text }) => text),
  ];
  return JSON.stringify(texts(a)) === JSON.stringify(texts(b));
}

/** SHA-256 of a file's text, hex: what a readout records of each earlier version. */
const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/**
 * What importing a text of a readout the archive has does: nothing, when the text is the same
 * (`undefined`); else a new version, captured on `captured`, which the readout records (its
 * earlier versions, its links to other accounts kept) and keeps the previous one beside it.
 */
export async function revisionOf(
  readout: ImportedReadout,
  previous: PreviousReadout,
  captured: string,
): Promise<{ readout: ImportedReadout; revision: Revision } | undefined> {
  const { outline } = await renderReadout(readout.markdown, readout.file);
  if (sameText(previous.outline, outline)) return undefined;
  const before = capturedOf(previous.fields);
  if (captured <= before)
    throw new ImportError(
      readout.file,
      `${previous.path} holds a version captured on ${before}; this revision must be captured later: give the day with --captured YYYY-MM-DD`,
      ['--captured'],
    );
  const { counterparts, notCounterparts } = previous.fields;
  const fields: MeetingFields = {
    ...readout.fields,
    source: { ...readout.fields.source, captured },
    ...(counterparts ? { counterparts } : {}),
    ...(notCounterparts ? { notCounterparts } : {}),
    versions: [
      ...(previous.fields.versions ?? []),
      {
        captured: before,
        ...(previous.fields.source.revised ? { revised: previous.fields.source.revised } : {}),
        sha256: sha256(previous.file),
      },
    ],
  };
  const id = basename(previous.path, '.md');
  return {
    readout: { ...readout, fields, text: readoutFileText(fields, readout.markdown) },
    revision: {
      versionFile: join(dirname(previous.path), `${id}.versions`, `${before}.md`),
      versionText: previous.file,
      changes: paragraphChanges(versionParagraphs(previous.outline), versionParagraphs(outline)),
    },
  };
}

/** One line per paragraph a revision changed, added or removed: by number, section and anchor. */
export function changesReport(changes: readonly ParagraphChange[]): string[] {
  const where = ({ number, section, id }: VersionParagraph): string =>
    `para. ${String(number)}${section ? ` of “${section}”` : ''} (#${id})`;
  return changes.map((entry) =>
    entry.change === 'removed'
      ? `removed ${where(entry.before)}`
      : entry.change === 'added'
        ? `added ${where(entry.after)}`
        : `changed ${where(entry.before)}${entry.before.id === entry.after.id ? '' : `, now ${where(entry.after)}`}`,
  );
}
