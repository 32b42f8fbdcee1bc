// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { excerptNodes } from '../../../src/scripts/search/safe-excerpt.ts';

/** The excerpt as the search page shows it, its marks written back as `<mark>`. */
function shown(html: string): string {
  const paragraph = document.createElement('p');
  paragraph.append(...excerptNodes(html));
  return paragraph.innerHTML;
}

describe('a search result’s excerpt', () => {
  it('keeps the text and the marks of the words found', () => {
    expect(shown('the early <mark>entry</mark> into force')).toBe(
      'the early <mark>entry</mark> into force',
    );
  });

  it('keeps escaped markup as text, never as elements', () => {
    const paragraph = document.createElement('p');
    paragraph.append(...excerptNodes('a &lt;script&gt;alert(1)&lt;/script&gt; b'));
    expect(paragraph.querySelector('script')).toBeNull();
    expect(paragraph.textContent).toBe('a <script>alert(1)</script> b');
  });

  it('drops any other element, keeping only its text', () => {
    expect(
      shown('<img src="x" onerror="alert(1)">x <a href="javascript:1">y</a> <mark>z</mark>'),
    ).toBe('x y <mark>z</mark>');
  });

  it('drops the attributes of a mark', () => {
    expect(shown('<mark onclick="alert(1)" class="x">TPP</mark>')).toBe('<mark>TPP</mark>');
  });
});
