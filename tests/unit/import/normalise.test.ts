import { describe, expect, it } from 'vitest';
import { containsPhrase, normalise, phraseIndex } from '../../../src/import/english/normalise.ts';

describe('a name’s form for comparing', () => {
  it('is in lower case, with runs of punctuation as one space, and no possessive', () => {
    expect(normalise('Japan-U.S. relations')).toBe('japan u s relations');
    expect(normalise('Japan–U.S.  Relations')).toBe('japan u s relations');
    expect(normalise('Ministers’ Meeting')).toBe('ministers meeting');
    expect(normalise("Japan's role")).toBe('japan role');
    expect(normalise(' (TPP) ')).toBe('tpp');
    expect(normalise('Ｇ７ Summit')).toBe('g7 summit');
  });
});

describe('a phrase in a text', () => {
  it('is found as whole words, in any case or punctuation', () => {
    expect(containsPhrase('On North-Korea, the two leaders', 'North Korea')).toBe(true);
    expect(containsPhrase('North Korea', 'north korea')).toBe(true);
    expect(containsPhrase('The Koreas', 'Korea')).toBe(false);
    expect(containsPhrase('South Korean views', 'Korea')).toBe(false);
  });

  it('is never an empty phrase', () => {
    expect(containsPhrase('anything', '')).toBe(false);
    expect(containsPhrase('anything', '—')).toBe(false);
    expect(phraseIndex('anything', '...')).toBe(-1);
  });

  it('is found where it first occurs in a normalised text, or not at all', () => {
    expect(phraseIndex('the north korea issue and north korea', 'North-Korea')).toBe(4);
    expect(phraseIndex('north korea', 'North Korea')).toBe(0);
    expect(phraseIndex('the koreas', 'Korea')).toBe(-1);
  });
});

describe('an apostrophe inside a name', () => {
  it('is dropped, not read as a space', () => {
    expect(normalise('O’Neill')).toBe('oneill');
  });
});
