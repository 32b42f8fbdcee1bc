import { describe, expect, it } from 'vitest';
import { toReadoutMarkdown } from '../../../src/import/output/markdown.ts';

describe('the Markdown of a readout’s text', () => {
  it('keeps spaces, line breaks and rules of the text as characters, never as markup', () => {
    expect(
      toReadoutMarkdown([
        { type: 'paragraph', text: '  indented' },
        { type: 'paragraph', text: 'a\n\nb' },
        { type: 'paragraph', text: '---' },
      ]),
    ).toBe('&#x20; indented\n\na&#xA;&#xA;b\n\n\\---\n');
  });

  it('declares a sub-heading’s id alone, and a paragraph’s anchor with its topics', () => {
    expect(
      toReadoutMarkdown([
        { type: 'heading', depth: 2, text: '1. Trade', anchor: { id: 'trade', topics: ['trade'] } },
        {
          type: 'heading',
          depth: 3,
          text: '(1) Tariffs',
          anchor: { id: 'trade-1', topics: ['trade'] },
        },
        {
          type: 'paragraph',
          text: 'They spoke.',
          anchor: { id: 'energy', topics: ['energy', 'trade'] },
        },
      ]),
    ).toBe(
      '## 1. Trade {#trade}\n\n### (1) Tariffs {#trade-1}\n\nThey spoke. {#energy topic=energy,trade}\n',
    );
  });

  it('refuses a text it would not reproduce exactly, naming the block and how it starts', () => {
    const text = `${'The ministers agreed to continue their close cooperation '.repeat(2)}{#a}`;
    expect(() =>
      toReadoutMarkdown([
        { type: 'paragraph', text: 'The ministers met.' },
        { type: 'paragraph', text },
      ]),
    ).toThrow(
      'The Markdown would not reproduce block 2 of the text exactly ("The ministers agreed to continue their close cooperation The"): this is a bug of the importer.',
    );
    expect(() => toReadoutMarkdown([{ type: 'paragraph', text: '' }])).toThrow(
      'The Markdown would not reproduce block 1 of the text exactly (""): this is a bug of the importer.',
    );
  });
});
