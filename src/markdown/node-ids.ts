import type { Node } from 'unist';

// remark-rehype copies `data.hProperties` onto the HTML element made from an mdast node.
interface WithProperties {
  data?: { hProperties?: Record<string, unknown> };
}

/** Sets the id the node's HTML element will carry. */
export function setId(node: Node, id: string): void {
  const target = node as WithProperties;
  target.data = { ...target.data, hProperties: { ...target.data?.hProperties, id } };
}

/** The id set on a node by `setId`, or '' when it has none. */
export function idOf(node: Node): string {
  const id = (node as WithProperties).data?.hProperties?.['id'];
  return typeof id === 'string' ? id : '';
}
