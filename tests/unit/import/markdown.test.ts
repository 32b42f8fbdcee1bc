import { describe, expect, it } from 'vitest';
import { toReadoutMarkdown } from '../../../src/import/markdown.ts';
import { readoutTextOf } from '../../../src/markdown/readout-text.ts';
import { renderReadout } from '../../support/render-markdown.ts';

describe('the Markdown of an imported text', () => {
  it('declares each heading’s id, and escapes a number that Markdown would read as a list', () => {
    const markdown = toReadoutMarkdown([
      { type: 'paragraph', text: 'Lead.' },
      { type: 'heading', depth: 2, text: '1. Economy', id: 'economy' },
      { type: 'heading', depth: 3, text: '(1) Overall', id: 'economy-1' },
      { type: 'paragraph', text: '1. Prime Minister Abe stated that.' },
    ]);
    expect(markdown).toBe(
      'Lead.\n\n## 1. Economy {#economy}\n\n### (1) Overall {#economy-1}\n\n1\\. Prime Minister Abe stated that.\n',
    );
  });

  it('renders through the site’s pipeline to exactly the source’s characters, markup-like ones included', async () => {
    const texts = [
      '1. A numbered paragraph.',
      '# not a heading',
      '- not a list',
      '<b>not HTML</b> & *not emphasis* [not](a link) `not code`',
      'A backslash \\ and ‘quotes’ – “dashes”.',
    ];
    const markdown = toReadoutMarkdown([
      { type: 'heading', depth: 2, text: '1. Economy', id: 'economy' },
      ...texts.map((text) => ({ type: 'paragraph' as const, text })),
    ]);
    const { frontmatter } = await renderReadout(markdown);
    const { outline } = readoutTextOf(frontmatter);
    expect(outline.sections[0]?.title).toBe('1. Economy');
    expect(outline.sections[0]?.paragraphs.map(({ text }) => text)).toEqual(texts);
  });
});
