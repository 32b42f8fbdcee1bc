import type { z } from 'astro/zod';
import type { meetingSchema } from '../schemas/meeting.ts';
import type { StoredOutline } from './outline.ts';

/** An earlier version of a readout as the store keeps it: its frontmatter and outline then. */
export interface StoredVersion {
  captured: string;
  revised?: string | undefined;
  data: z.output<typeof meetingSchema>;
  outline: StoredOutline;
  /** The id of its HTML and text's file (`<readout>@<captured>`). */
  htmlId: string;
}

/** What the loader stores of a readout's text: its outline, and the file its HTML and text are in. */
export interface StoredText {
  outline: StoredOutline;
  htmlFile: string;
  /** The earlier versions of the text, oldest first (src/loaders/readout-versions.ts). */
  versions: StoredVersionText[];
}

/** An earlier version of a readout's text as the store keeps it: the file of its HTML named. */
export interface StoredVersionText extends Omit<StoredVersion, 'htmlId'> {
  htmlFile: string;
}

/** The text a stored readout carries; throws when the loader stored none. */
export function storedTextOf(frontmatter: unknown): StoredText {
  const { outline, htmlFile, versions } = (frontmatter ?? {}) as Partial<StoredText>;
  if (!outline || htmlFile === undefined)
    throw new Error(
      'This readout was stored without its text: see src/loaders/readouts-loader.ts.',
    );
  return { outline, htmlFile, versions: versions ?? [] };
}
