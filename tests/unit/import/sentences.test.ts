import { describe, expect, it } from 'vitest';
import { sentenceEnd } from '../../../src/import/english/sentences.ts';

/** The first sentence of a text, as the importer reads it. */
const firstSentence = (text: string): string => {
  const end = sentenceEnd(text);
  return end < 0 ? '(none)' : text.slice(0, end);
};

describe('the end of a lead’s first sentence', () => {
  it('is a period, an exclamation or a question mark before a capital, a figure, a quote or the end', () => {
    expect(firstSentence('They met. The overview')).toBe('They met.');
    expect(firstSentence('They met! The overview')).toBe('They met!');
    expect(firstSentence('They met? The overview')).toBe('They met?');
    expect(firstSentence('They met. 2. Trade')).toBe('They met.');
    expect(firstSentence('They met. “The alliance”')).toBe('They met.');
    expect(firstSentence('They met. "The alliance"')).toBe('They met.');
    expect(firstSentence('They met. (The overview)')).toBe('They met.');
    expect(firstSentence('They met.')).toBe('They met.');
    expect(firstSentence('They met.  ')).toBe('They met.');
  });

  it('is not a period before a small letter, or inside a word', () => {
    expect(firstSentence('They met at 3 p.m. in Tokyo. Then')).toBe('They met at 3 p.m. in Tokyo.');
    expect(firstSentence('See example.org for more')).toBe('(none)');
  });

  it('is not the period of a title, a suffix, a time or an abbreviation', () => {
    const abbreviations = [
      'Mr',
      'Ms',
      'Mrs',
      'Dr',
      'Prof',
      'Jr',
      'Sr',
      'St',
      'Hon',
      'Rt',
      'No',
      'Nos',
      'Gen',
      'Lt',
      'Col',
      'Adm',
      'Amb',
      'Gov',
      'Sen',
      'Rep',
      'Co',
      'Corp',
      'Inc',
      'Ltd',
      'a.m',
      'p.m',
      'approx',
      'etc',
      'vs',
    ];
    for (const word of abbreviations)
      expect(firstSentence(`They met ${word}. Smith. Then`), word).toBe(`They met ${word}. Smith.`);
  });

  it('is not the period of initials', () => {
    expect(firstSentence('They met Joseph R. Biden. Then')).toBe('They met Joseph R. Biden.');
    expect(firstSentence('Talks with the U.S. Then')).toBe('(none)');
    expect(firstSentence('H.E. Mr. Kim met them. Then')).toBe('H.E. Mr. Kim met them.');
  });

  it('is looked for from where the caller says', () => {
    const text = 'They met. They spoke. They parted.';
    expect(sentenceEnd(text, 9)).toBe(21);
    expect(sentenceEnd(text, 21)).toBe(34);
    expect(sentenceEnd(text, 34)).toBe(-1);
  });
});

describe('the end of a sentence, with runs of spaces or a line break', () => {
  it('is found as with one space', () => {
    expect(sentenceEnd('They met.  The')).toBe(9);
    expect(sentenceEnd('They met.\nThe')).toBe(9);
    expect(sentenceEnd('Mr.  Smith. Then')).toBe(11);
  });
});

describe('an exclamation or question mark', () => {
  it('ends a sentence even after a word that is an abbreviation with a full stop', () => {
    expect(sentenceEnd('They said No! Then')).toBe(13);
    expect(sentenceEnd('They said no. Then')).toBe(-1);
  });
});
