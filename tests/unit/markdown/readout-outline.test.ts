import { describe, expect, it } from 'vitest';
import { readoutTextOf } from '../../../src/markdown/readout-text.ts';
import { renderReadout } from '../../support/render-markdown.ts';

describe('the outline of a readout', () => {
  it('counts no rule between parts as a paragraph', async () => {
    const { frontmatter, html } = await renderReadout('First.\n\n* * *\n\nSecond.');
    expect(readoutTextOf(frontmatter).outline.lead).toEqual([
      { id: 'p1', number: 1, text: 'First.' },
      { id: 'p2', number: 2, text: 'Second.' },
    ]);
    expect(html).toContain('<hr>');
  });

  it('quotes an image’s alternative text as part of the text, in a paragraph and a list item alike', async () => {
    const { frontmatter } = await renderReadout(
      'Seen ![the two leaders](/images/photo.jpg) at noon.\n\n- Seen ![the flags](/images/flags.jpg) too.',
    );
    expect(readoutTextOf(frontmatter).outline.lead.map(({ text }) => text)).toEqual([
      'Seen the two leaders at noon.',
      'Seen the flags too.',
    ]);
  });
});
