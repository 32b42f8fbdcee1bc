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

  it('cuts a title longer than 70 characters at a word, marked with an ellipsis', () => {
    const title = `${'word '.repeat(20)}end`;
    const shown = pageTitle(title);
    expect(shown.length).toBeLessThanOrEqual(70);
    expect(shown).toMatch(/^word( word)* …$/);
  });
});
