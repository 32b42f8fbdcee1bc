import { describe, expect, it } from 'vitest';
import { pageTitle } from '../../../src/lib/short-title.ts';

describe('a page title', () => {
  it('ends with the site’s name when the whole fits in 70 characters', () => {
    expect(pageTitle('Topics')).toBe('Topics · Diplomatic Readouts');
  });

  it('drops the site’s name when the title alone fits', () => {
    const title = 'Abe–Biden courtesy call on relations, North Korea, 21 September 2016';
    expect(pageTitle(title)).toBe(title);
  });

  it('holds 70 characters exactly, and no more', () => {
    // " · Diplomatic Readouts" is 22 characters: a title of 48 keeps the name, of 49 does not.
    const title = (length: number) => 'x'.repeat(length);
    expect(pageTitle(title(48))).toBe(`${title(48)} · Diplomatic Readouts`);
    expect(pageTitle(title(48)).length).toBe(70);
    expect(pageTitle(title(49))).toBe(title(49));
    const words = (length: number) => `${'word '.repeat(14)}${'x'.repeat(length - 70)}`;
    expect(words(70)).toHaveLength(70);
    expect(pageTitle(words(70))).toBe(words(70));
    expect(pageTitle(words(71))).toBe(`${'word '.repeat(12)}word …`);
  });

  it('cuts a title longer than 70 characters at a word, marked with an ellipsis', () => {
    const title = `${'word '.repeat(20)}end`;
    const shown = pageTitle(title);
    expect(shown.length).toBeLessThanOrEqual(70);
    expect(shown).toMatch(/^word( word)* …$/);
  });
});
