import { describe, expect, it } from 'vitest';
import { normaliseBase } from '../../../src/lib/base-path.ts';
import { excerpt, excerptSource } from '../../../src/stored/excerpt.ts';
import { once } from '../../../src/lib/memo.ts';

describe('an excerpt of a text', () => {
  it('is the whole text when it is short enough', () => {
    expect(excerpt('They met.', 9)).toBe('They met.');
    expect(excerpt('x'.repeat(220))).toBe('x'.repeat(220));
  });

  it('is cut at the last word boundary within its length, marked with an ellipsis', () => {
    expect(excerpt('They met in Tokyo on Monday.', 14)).toBe('They met in …');
    expect(excerpt('They met in Tokyo on Monday.', 11)).toBe('They met in …');
    expect(excerpt(`${'word '.repeat(60)}end`)).toMatch(/^(word ){43}word …$/);
  });

  it('is cut within a word that has no boundary before its length', () => {
    expect(excerpt('Antidisestablishmentarianism', 10)).toBe('Antidisest …');
  });

  it('of what the store keeps of a text, is the excerpt of the whole text', () => {
    for (const text of ['a '.repeat(300), 'word '.repeat(44), `${'x'.repeat(219)} y z`])
      expect(excerpt(excerptSource(text))).toBe(excerpt(text));
  });
});

describe('the base path of the site', () => {
  it('always ends with one slash', () => {
    expect(normaliseBase('/')).toBe('/');
    expect(normaliseBase('/readouts')).toBe('/readouts/');
    expect(normaliseBase('/readouts/')).toBe('/readouts/');
    expect(normaliseBase('')).toBe('/');
  });
});

describe('a value loaded once per build', () => {
  it('is loaded by the first caller and handed to every later one', async () => {
    let loads = 0;
    const load = once(() => Promise.resolve((loads += 1)));
    expect(await Promise.all([load(), load()])).toEqual([1, 1]);
    expect(await load()).toBe(1);
    expect(loads).toBe(1);
  });
});
