import type { Node } from 'unist';

// remark-rehype copies `data.hProperties` onto the HTML element made from an mdast node; the
// other fields of `data` stay in the Markdown tree, for the plugins that read it after.
interface WithData {
  data?: { hProperties?: Record<string, unknown>; topics?: string[] };
}

/** Sets the id the node's HTML element will carry. */
export function setId(node: Node, id: string): void {
  const target = node as WithData;
  target.data = { ...target.data, hProperties: { ...target.data?.hProperties, id } };
}

/** The id set on a node by `setId`, or '' when it has none. */
export function idOf(node: Node): string {
  const id = (node as WithData).data?.hProperties?.['id'];
  return typeof id === 'string' ? id : '';
}

/** Records the topics a heading or paragraph is bound to. */
export function setTopics(node: Node, topics: string[]): void {
  const target = node as WithData;
  target.data = { ...target.data, topics };
}

/** The topics a node is bound to by its declaration ([] when none). */
export function topicsOf(node: Node): string[] {
  return (node as WithData).data?.topics ?? [];
}

/**
 * Records a paragraph's number within its section (the n of `pN`, also for a paragraph with a
 * declared id) as `data-paragraph`, which `rehype-paragraph-links` reads and removes.
 */
export function setParagraphNumber(node: Node, number: number): void {
  const target = node as WithData;
  target.data = {
    ...target.data,
    hProperties: { ...target.data?.hProperties, dataParagraph: number },
  };
}

/** A paragraph's number within its section, or undefined for other nodes. */
export function paragraphNumberOf(node: Node): number | undefined {
  const number = (node as WithData).data?.hProperties?.['dataParagraph'];
  return typeof number === 'number' ? number : undefined;
}

/**
 * Makes the node's element a sub-result of its page's search record, as a heading with an id
 * is (`data-pagefind-title`), so that a search lands on it.
 */
export function setSearchTitle(node: Node, title: string): void {
  const target = node as WithData;
  target.data = {
    ...target.data,
    hProperties: { ...target.data?.hProperties, dataPagefindTitle: title },
  };
}
