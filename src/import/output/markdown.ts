import type { Heading, Paragraph, Root, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import {
  formatDeclaration,
  withoutDeclaration,
  type AnchorDeclaration,
} from '../../markdown/anchor-ids.ts';

/** A block of the readout's text as the Markdown must render it: its text exactly as published. */
export type TextBlock =
  | { type: 'paragraph'; text: string; anchor?: AnchorDeclaration }
  | { type: 'heading'; depth: 2 | 3; text: string; anchor: AnchorDeclaration };

// A paragraph bound to topics declares its anchor at its end, as an editor writes it:
// `… North Korea. {#north-korea}`, `… energy. {#trade topic=trade,energy}`.
const paragraph = (text: string, anchor?: AnchorDeclaration): Paragraph => ({
  type: 'paragraph',
  children: [{ type: 'text', value: anchor ? `${text} ${formatDeclaration(anchor)}` : text }],
});
// The anchor is declared at the end of the heading's text, as editors write it: `## 4. TPP {#tpp}`,
// `## Introduction {#introduction topic=none}`; a `###` sub-heading declares its id only.
const heading = (depth: 2 | 3, text: string, anchor: AnchorDeclaration): Heading => ({
  type: 'heading',
  depth,
  children: [
    {
      type: 'text',
      value: `${text} ${depth === 2 ? formatDeclaration(anchor) : `{#${anchor.id}}`}`,
    },
  ],
});

/** The mdast tree of a readout's text: one node per block, nothing added or reworded. */
function readoutTree(blocks: readonly TextBlock[]): Root {
  return {
    type: 'root',
    children: blocks.map((block) =>
      block.type === 'paragraph'
        ? paragraph(block.text, block.anchor)
        : heading(block.depth, block.text, block.anchor),
    ),
  };
}

/**
 * Serialises the tree with remark, which escapes what Markdown would otherwise read as markup
 * ("1. Prime Minister" becomes `1\. Prime Minister`), then parses the result back and checks
 * that every block renders to the source's text exactly: a documentary archive cannot
 * publish a text the importer has changed.
 */
export function toReadoutMarkdown(blocks: readonly TextBlock[]): string {
  const markdown = unified().use(remarkStringify).stringify(readoutTree(blocks));
  const parsed = fromMarkdown(markdown).children;
  blocks.forEach((block, index) => {
    const node = parsed[index];
    if (!node || renderedText(node) !== block.text || node.type !== block.type) {
      throw new Error(
        `The Markdown would not reproduce block ${index + 1} of the text exactly ("${block.text.slice(0, 60)}"): this is a bug of the importer.`,
      );
    }
  });
  if (parsed.length !== blocks.length)
    throw new Error(
      `The Markdown has ${parsed.length} blocks for ${blocks.length} of the text: this is a bug of the importer.`,
    );
  return markdown;
}

function renderedText(node: RootContent): string {
  const text = toString(node);
  return withoutDeclaration(text);
}
