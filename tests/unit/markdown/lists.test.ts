import { describe, expect, it } from 'vitest';
import { readoutTextOf } from '../../../src/markdown/readout-text.ts';
import { renderReadout } from '../../support/render-markdown.ts';

const outlineOf = async (markdown: string) =>
  readoutTextOf((await renderReadout(markdown)).frontmatter).outline;

describe('a list in a readout', () => {
  it('gives each item a paragraph’s number and id, counted with the paragraphs', async () => {
    const { sections } = await outlineOf(
      '## 1. Trade {#trade}\n\nThey agreed on three points:\n\n- tariffs\n- quotas\n- *customs*\n\nThey will meet again.',
    );
    expect(sections[0]?.paragraphs).toEqual([
      { id: 'trade-p1', number: 1, text: 'They agreed on three points:' },
      { id: 'trade-p2', number: 2, text: 'tariffs' },
      { id: 'trade-p3', number: 3, text: 'quotas' },
      { id: 'trade-p4', number: 4, text: 'customs' },
      { id: 'trade-p5', number: 5, text: 'They will meet again.' },
    ]);
  });

  it('lets an item declare its id and topics at its end', async () => {
    const { lead } = await outlineOf('- Tariffs. {#tariffs topic=trade}\n- Quotas.');
    expect(lead).toEqual([
      { id: 'tariffs', number: 1, text: 'Tariffs.', topics: ['trade'], line: 1 },
      { id: 'p2', number: 2, text: 'Quotas.' },
    ]);
  });

  it('takes an item holding a list of its own as one, and an empty item as one', async () => {
    const { lead } = await outlineOf('- Trade:\n  - tariffs {#not-declared}\n-\n- Energy.');
    expect(lead.map(({ id, number }) => `${id} ${String(number)}`)).toEqual([
      'p1 1',
      'p2 2',
      'p3 3',
    ]);
    expect(lead[0]?.text).toBe('Trade:tariffs {#not-declared}');
  });

  it('is published with each item’s id and a link to it', async () => {
    const { html } = await renderReadout('- Tariffs. {#tariffs}\n- Quotas.');
    expect(html).toContain(
      '<li data-paragraph="1" id="tariffs" data-pagefind-title="Paragraph 1">Tariffs.<a class="paragraph-link" href="#tariffs"',
    );
    expect(html).toContain('<li data-paragraph="2" id="p2">Quotas.<a class="paragraph-link"');
  });
});
