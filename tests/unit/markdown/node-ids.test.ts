import type { Node } from 'unist';
import { describe, expect, it } from 'vitest';
import {
  idOf,
  paragraphNumberOf,
  setId,
  setParagraphNumber,
  setSearchTitle,
  setTopics,
  topicsOf,
} from '../../../src/markdown/node-ids.ts';

// What the plugins note on a Markdown node for the plugins after them, and for the HTML.
describe('the ids, topics and numbers on a node', () => {
  it('are none on a node that was given none', () => {
    const node: Node = { type: 'paragraph' };
    expect(idOf(node)).toBe('');
    expect(topicsOf(node)).toEqual([]);
    expect(paragraphNumberOf(node)).toBeUndefined();
  });

  it('are each what was set, none of them erasing another', () => {
    const node: Node = { type: 'paragraph' };
    setTopics(node, ['trade']);
    expect(idOf(node)).toBe('');
    expect(paragraphNumberOf(node)).toBeUndefined();
    setSearchTitle(node, 'Paragraph 2');
    setId(node, 'trade');
    setParagraphNumber(node, 2);
    expect(idOf(node)).toBe('trade');
    expect(topicsOf(node)).toEqual(['trade']);
    expect(paragraphNumberOf(node)).toBe(2);
    expect(node.data).toEqual({
      topics: ['trade'],
      hProperties: { id: 'trade', dataParagraph: 2, dataPagefindTitle: 'Paragraph 2' },
    });
  });

  it('become the attributes of the node’s HTML element, the topics excepted', () => {
    const node: Node = { type: 'heading' };
    setSearchTitle(node, 'Paragraph 1');
    expect(node.data).toEqual({ hProperties: { dataPagefindTitle: 'Paragraph 1' } });
  });
});
