import { z } from 'astro/zod';

/** The form of every id: of topics, people, kinds and anchors. Lowercase words joined by hyphens (`north-korea`). */
export const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The folder of the pages by initial beside each topic's and person's (`/topics/by-name/`). */
const initialsFolder = 'by-name';

/**
 * The folders of a readout's own pages (`/meetings/<id>/changes/`, `versions/`, `compare/`),
 * which a section's anchor, the address of its page, may not take.
 */
export const readoutFolders: readonly string[] = ['changes', 'versions', 'compare'];

/** An id of a vocabulary entry, refused with an example of the kind of id expected. */
export const idSchema = (what: string, example: string) =>
  z
    .string()
    .regex(idPattern, `A ${what} id is lowercase words joined by hyphens, e.g. ${example}.`)
    .refine(
      (id) => id !== initialsFolder,
      `"${initialsFolder}" is the address of the index by initial; choose another ${what} id.`,
    )
    // A topic's id is the anchor of the sections on it, and so the address of their pages.
    .refine((id) => !readoutFolders.includes(id), {
      error: (issue) =>
        `"${String(issue.input)}" is the address of a readout's own pages; choose another ${what} id.`,
    });
