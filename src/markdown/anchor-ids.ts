// Every id an editor declares has the form of all ids (`tpp`, `north-korea`): see schemas/id.ts.
import { idPattern, readoutFolders } from '../schemas/id.ts';

/** Paragraph ids (`p1`, `tpp-p2`) are made by `remark-paragraph-ids`; no declared id may take one. */
export const paragraphIdPattern = /^(?:[a-z0-9-]+-)?p(\d+)$/;

/**
 * An id the build refuses as an anchor, so that the importer never makes one: the form of a
 * paragraph id, or the address of a readout's own pages (`changes`, `versions`, `compare`).
 */
export const isReservedAnchor = (id: string): boolean =>
  paragraphIdPattern.test(id) || readoutFolders.includes(id);

/** The word that declares an anchor bound to no topic: `## Introduction {#introduction topic=none}`. */
export const noTopic = 'none';

/** What an editor declared at the end of a heading or paragraph. */
export interface AnchorDeclaration {
  id: string;
  /** The topics the anchored text is bound to: by default the topic of the same id. */
  topics: string[];
}

// `{#id}` or `{#id topic=a,b}` at the very end of the text.
const declarationPattern = /\s*\{#([^\s{}]*)((?:[ \t]+[^\s{}]+)*)\}\s*$/;

/**
 * Reads an anchor declaration from the end of a text: `{#tpp}` (the anchor `tpp`, bound to the
 * topic `tpp`), `{#trade-and-energy topic=trade,energy}` (bound to both),
 * `{#introduction topic=none}` (bound to none). Returns the text before it, or an error for
 * the editor when the declaration is malformed; `undefined` when the text declares nothing.
 */
export function readDeclaration(
  text: string,
): { before: string; declaration: AnchorDeclaration } | { error: string } | undefined {
  const match = declarationPattern.exec(text);
  if (!match) return undefined;
  const [, id = '', attributes = ''] = match;
  if (!idPattern.test(id))
    return { error: `"${id}" is not an anchor id: use lower-case words joined by hyphens.` };
  if (readoutFolders.includes(id))
    return {
      error: `"${id}" is the address of the readout's ${id} pages, and a section's anchor the address of its page: choose another.`,
    };
  let topics = [id];
  for (const attribute of attributes.match(/\S+/g) ?? []) {
    const [name, value = ''] = attribute.split('=');
    if (name !== 'topic')
      return { error: `"${attribute}" in {#${id} …}: the only attribute is topic=<topic-id>,…` };
    topics = value === noTopic ? [] : value.split(',');
    const bad = topics.find((topic) => !idPattern.test(topic));
    if (bad !== undefined)
      return {
        error: `topic=${value} in {#${id} …}: give topic ids separated by commas, or topic=${noTopic}.`,
      };
  }
  return { before: text.slice(0, match.index), declaration: { id, topics } };
}

/** Writes a declaration as an editor would: `{#tpp}`, `{#introduction topic=none}`. */
export function formatDeclaration({ id, topics }: AnchorDeclaration): string {
  const bound = topics.length === 0 ? noTopic : topics.join(',');
  return bound === id ? `{#${id}}` : `{#${id} topic=${bound}}`;
}

/** A text without the declaration at its end, if it has one. */
export function withoutDeclaration(text: string): string {
  const read = readDeclaration(text);
  return read && 'before' in read ? read.before : text;
}
