import { describe, expect, it } from 'vitest';
import { sectionTitleKind } from '../../../src/import/english/section-titles.ts';

describe('what a section title names', () => {
  const kinds: [string, ReturnType<typeof sectionTitleKind>][] = [
    ['Bilateral Cooperation and Issues', 'bilateral'],
    ['Bilateral relationship', 'bilateral'],
    ['Relations', 'general'],
    ['Other Matters', 'general'],
    ['Issues (Bilateral)', 'general'],
    ['Bilateral Trade', 'subject'],
    ['The Economy', 'subject'],
    ['Meeting on trade', 'subject'],
    ['Working lunch (continued)', 'meeting'],
    ['Lunch (Trade) talks', 'meeting'],
    ['Tête-à-tête', 'meeting'],
    ['Summit talks', 'meeting'],
    ['Breakfast', 'meeting'],
    ['Reception', 'meeting'],
  ];
  for (const [title, kind] of kinds)
    it(`“${title}”: ${kind}`, () => {
      expect(sectionTitleKind(title)).toBe(kind);
    });
});

describe('a section title with a note in brackets', () => {
  it('is read without it, whatever the spaces', () => {
    expect(sectionTitleKind('Working lunch (continued)  ')).toBe('meeting');
    expect(sectionTitleKind('Working lunch  (continued)')).toBe('meeting');
    expect(sectionTitleKind('North Korea (continued)')).toBe('subject');
  });
});

describe('a section title, by all of its words', () => {
  it('names a subject that only a note in brackets within it gives', () => {
    expect(sectionTitleKind('Regional (Korea) Affairs')).toBe('subject');
  });

  it('names a meeting by its last word', () => {
    expect(sectionTitleKind('Working Lunch Programme')).toBe('subject');
    expect(sectionTitleKind('Summit Working Lunch')).toBe('meeting');
  });
});
