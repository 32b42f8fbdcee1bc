import type { ListItem, Paragraph, Root, Text } from 'mdast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import { paragraphIdPattern, readDeclaration } from './anchor-ids.ts';
import { idOf, setId, setParagraphNumber, setSearchTitle, setTopics } from './node-ids.ts';

/**
 * Numbers the paragraphs of a readout within their section, so that each has an id a
 * citation can point at: `tpp-p1` is the first paragraph of the section `tpp`, and `p1` the
 * first before any section. A paragraph may instead declare its own id and topics at its end,
 * as a heading does (`… {#trade}`, `… {#trade-and-energy topic=trade,energy}`): readouts
 * without sections bind their paragraphs to topics this way. It keeps its place in the count.
 * The text of a published readout does not change, so neither do these ids. Runs after
 * `remark-heading-ids`.
 */
const remarkParagraphIds: Plugin<[], Root> = () => (tree, file) => {
  const seen = new Map<string, number>();
  visit(tree, 'heading', (heading) => {
    seen.set(idOf(heading), heading.position?.start.line ?? 0);
  });
  let prefix = '';
  let count = 0;
  for (const node of tree.children) {
    if (node.type === 'heading' && node.depth === 2) {
      prefix = `${idOf(node)}-`;
      count = 0;
    }
    for (const block of blocksOf(node)) {
      count += 1;
      setParagraphNumber(block, count);
      const text = lastText(block);
      const read = text ? readDeclaration(text.value) : undefined;
      if (!read || !text) {
        setId(block, `${prefix}p${count}`);
        continue;
      }
      if ('error' in read) return file.fail(read.error, block, 'readouts:anchor-declaration');
      const { id, topics } = read.declaration;
      if (paragraphIdPattern.test(id))
        file.fail(
          `The id "${id}" has the form of a paragraph id (p1, tpp-p2), which paragraphs get by themselves; choose another.`,
          block,
          'readouts:reserved-id',
        );
      const firstLine = seen.get(id);
      if (firstLine !== undefined)
        file.fail(
          `The id "${id}" is declared twice (first on line ${firstLine}); each anchor needs its own.`,
          block,
          'readouts:duplicate-id',
        );
      seen.set(id, block.position?.start.line ?? 0);
      text.value = read.before;
      setId(block, id);
      setTopics(block, topics);
      // Bound to a topic outside any section, a search lands on it, as on a section's heading.
      if (prefix === '' && topics.length > 0) setSearchTitle(block, `Paragraph ${count}`);
    }
  }
};

/** The blocks that take a paragraph id: a paragraph, or each item of a list. */
function blocksOf(node: Root['children'][number]): (Paragraph | ListItem)[] {
  if (node.type === 'paragraph') return [node];
  return node.type === 'list' ? node.children : [];
}

/** The text a declaration would end: the paragraph's (or the item's last paragraph's) last text. */
function lastText(block: Paragraph | ListItem): Text | undefined {
  const paragraph = block.type === 'paragraph' ? block : block.children.at(-1);
  const last = paragraph?.type === 'paragraph' ? paragraph.children.at(-1) : undefined;
  return last?.type === 'text' ? last : undefined;
}

export default remarkParagraphIds;
