import type { MissingFields } from '../import-error.ts';
import type { PublisherFacts, ReadoutDraft } from '../draft.ts';
import type { Lexicon } from '../english/lexicon.ts';

/** A publisher the importer knows: its facts, and how to know its pages. */
export interface Publisher extends PublisherFacts {
  /** Other names, as pages' furniture and editors write them ("10 Downing Street"). */
  aliases: readonly string[];
  /** The hosts of its pages; one host may serve several publishers (www.gov.uk). */
  hosts: readonly string[];
}

/** A page as the importer reads it: its text, and the publisher when it is already known. */
export interface PageToRead {
  file: string;
  /** The text, without the lines an editor added ("Source:", "Publisher:"). */
  text: string;
  /** The publisher named by `--publisher` or a "Publisher:" line, or known by the page's host. */
  publisher?: Publisher | undefined;
  /** The countries and offices the archive knows, to read "Japanese Prime Minister Suga". */
  lexicon: Lexicon;
}

/**
 * The shape in which one or more publishers set out their readouts, and its reader. Each lives
 * in a folder of its own (`publishers/<id>/`) with its furniture, its leads and its fixtures;
 * every reader gives the same neutral draft.
 */
export interface PublisherShape {
  /** The folder's name, also accepted by `--publisher`: "mofa", "gov-uk". */
  id: string;
  /** The publishers whose pages have this shape. */
  publishers: readonly Publisher[];
  /** True when a page's text shows this shape's furniture, to tell a page without a URL. */
  recognises: (text: string) => boolean;
  /** Reads a page into a draft; a fact it cannot tell is recorded in `missing` with its flag. */
  read: (page: PageToRead, missing: MissingFields) => ReadoutDraft;
}
