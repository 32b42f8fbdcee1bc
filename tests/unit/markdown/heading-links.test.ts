import { describe, expect, it } from 'vitest';
import { renderReadout } from '../../support/render-markdown.ts';

describe('the links beside a heading', () => {
  it('stand beside sections’ headings and their sub-items’ at two levels', async () => {
    const { html } = await renderReadout(
      '## 1. Trade {#trade}\n\n### (1) Tariffs {#tariffs}\n\n#### (a) Rice {#rice}\n\nx',
    );
    for (const [tag, id, title] of [
      ['h2', 'trade', '1. Trade'],
      ['h3', 'tariffs', '(1) Tariffs'],
      ['h4', 'rice', '(a) Rice'],
    ] as const)
      expect(html, tag).toContain(
        `<div class="heading heading-${tag}"><${tag} id="${id}">${title}</${tag}><a class="heading-link" href="#${id}" data-pagefind-ignore=""><span class="sr-only">Link to section “${title}”</span><span aria-hidden="true">#</span></a><button type="button" class="copy-link" data-copy-fragment="${id}" hidden data-pagefind-ignore="">Copy link<span class="sr-only"> to “${title}”</span></button></div>`,
      );
  });
});
