import { describe, expect, it } from 'vitest';
import {
  alignTexts,
  changesSummary,
  paragraphChanges,
  type ParagraphChange,
  type VersionParagraph,
} from '../../../src/versions/paragraph-changes.ts';

/** Paragraphs of one section, numbered from 1, as a version has them. */
const paragraphs = (...texts: string[]): VersionParagraph[] =>
  texts.map((text, index) => ({
    id: `trade-p${String(index + 1)}`,
    number: index + 1,
    section: '1. Trade',
    text,
  }));

/** What became of each paragraph, as `changed 1→1`, `removed 2`, `added 3`. */
const outcome = (changes: ParagraphChange[]): string[] =>
  changes.map((entry) => {
    if (entry.change === 'changed')
      return `changed ${String(entry.before.number)}→${String(entry.after.number)}`;
    return entry.change === 'removed'
      ? `removed ${String(entry.before.number)}`
      : `added ${String(entry.after.number)}`;
  });

const opening = 'The two ministers held a meeting in Tokyo on the morning of the tenth.';
const trade = 'They agreed to lower the tariffs on rice and on steel by next year.';
const closing = 'They agreed to meet again in Canberra before the end of the year.';

describe('the changes between two versions of a readout', () => {
  it('are none when the text is the same word for word', () => {
    const text = paragraphs(opening, trade, closing);
    expect(paragraphChanges(text, paragraphs(opening, trade, closing))).toEqual([]);
    expect(changesSummary([])).toBe('no paragraph changed');
  });

  it('find a paragraph edited, with its words removed and added', () => {
    const edited = trade.replace('rice', 'wheat');
    const [change] = paragraphChanges(paragraphs(opening, trade), paragraphs(opening, edited));
    expect(change).toEqual({
      change: 'changed',
      before: paragraphs(opening, trade)[1],
      after: paragraphs(opening, edited)[1],
      words: [
        { text: 'They agreed to lower the tariffs on ', change: 'kept' },
        { text: 'rice', change: 'removed' },
        { text: 'wheat', change: 'added' },
        { text: ' and on steel by next year.', change: 'kept' },
      ],
    });
  });

  it('find a paragraph removed, and one inserted, in reading order', () => {
    const inserted = 'Both sides welcomed the new direct flights between the two capitals.';
    expect(
      outcome(
        paragraphChanges(
          paragraphs(opening, trade, closing),
          paragraphs(opening, inserted, closing),
        ),
      ),
    ).toEqual(['removed 2', 'added 2']);
    expect(
      outcome(
        paragraphChanges(paragraphs(opening, closing), paragraphs(inserted, opening, closing)),
      ),
    ).toEqual(['added 1']);
    expect(
      outcome(paragraphChanges(paragraphs(opening, trade, closing), paragraphs(opening, closing))),
    ).toEqual(['removed 2']);
    expect(
      outcome(paragraphChanges(paragraphs(opening, trade), paragraphs(opening, trade, closing))),
    ).toEqual(['added 3']);
  });

  it('take a paragraph sharing half its words with a later one as the same one, edited', () => {
    const before = 'alpha beta gamma delta';
    expect(outcome(paragraphChanges(paragraphs(before), paragraphs('alpha beta one two')))).toEqual(
      ['changed 1→1'],
    );
    expect(
      outcome(paragraphChanges(paragraphs(before), paragraphs('alpha one two three'))),
    ).toEqual(['removed 1', 'added 1']);
  });

  it('compare words whatever their case and punctuation, a word repeated only as often as both have it', () => {
    expect(
      outcome(paragraphChanges(paragraphs('Alpha, beta!'), paragraphs('ALPHA beta (gamma)'))),
    ).toEqual(['changed 1→1']);
    expect(
      outcome(paragraphChanges(paragraphs('no no no no'), paragraphs('no yes maybe perhaps'))),
    ).toEqual(['removed 1', 'added 1']);
  });

  it('align each edited paragraph with the next like it, the paragraphs between them added', () => {
    const first = 'alpha beta gamma delta';
    const second = 'epsilon zeta eta theta';
    const unlike = 'iota kappa lambda mu';
    expect(
      outcome(
        paragraphChanges(
          paragraphs(opening, first, second, closing),
          paragraphs(opening, unlike, 'alpha beta gamma x', 'epsilon zeta eta y', closing),
        ),
      ),
    ).toEqual(['added 2', 'changed 2→3', 'changed 3→4']);
    expect(
      outcome(
        paragraphChanges(
          paragraphs(first, second),
          paragraphs('epsilon zeta eta y', 'alpha beta gamma x'),
        ),
      ),
      // Paragraphs are aligned in reading order: of two edited and swapped, one is the same edited.
    ).toEqual(['added 1', 'changed 1→2', 'removed 2']);
  });
});

describe('the changes of paragraphs moved, repeated or alike', () => {
  it('find a paragraph moved to the top added there and removed from its place', () => {
    expect(
      outcome(
        paragraphChanges(paragraphs(opening, trade, closing), paragraphs(closing, opening, trade)),
      ),
    ).toEqual(['added 1', 'removed 3']);
  });

  it('are the fewest: the longest run of paragraphs kept in order is unchanged', () => {
    const sea = 'The ministers also discussed the situation in the South China Sea.';
    expect(
      outcome(
        paragraphChanges(
          paragraphs(opening, trade, closing, sea),
          paragraphs(closing, sea, opening),
        ),
      ),
    ).toEqual(['removed 1', 'removed 2', 'added 3']);
  });

  it('find two paragraphs swapped: the first removed from its place, and added after the other', () => {
    expect(
      outcome(paragraphChanges(paragraphs(trade, closing), paragraphs(closing, trade))),
    ).toEqual(['removed 1', 'added 2']);
  });

  it('find a paragraph written twice word for word in the revision added once', () => {
    expect(
      outcome(
        paragraphChanges(paragraphs(opening, closing), paragraphs(opening, opening, closing)),
      ),
    ).toEqual(['added 2']);
    expect(
      outcome(
        paragraphChanges(paragraphs(opening, closing), paragraphs(opening, closing, closing)),
      ),
    ).toEqual(['added 3']);
  });

  it('find a paragraph removed before another much like it removed, not taken for it', () => {
    const again = closing.replace('Canberra', 'Tokyo');
    expect(
      outcome(paragraphChanges(paragraphs(again, opening, closing), paragraphs(opening, closing))),
    ).toEqual(['removed 1']);
    expect(
      outcome(paragraphChanges(paragraphs(opening, again, closing), paragraphs(opening, closing))),
    ).toEqual(['removed 2']);
  });
});

describe('two versions’ texts aligned', () => {
  it('pair the paragraphs both have word for word, in order, and the others by likeness', () => {
    expect(alignTexts(['a', 'b c d e', 'f'], ['a', 'b c d x', 'f', 'g'])).toEqual([
      { before: 0, after: 0, same: true },
      { before: 1, after: 1, same: false },
      { before: 2, after: 2, same: true },
      { after: 3, same: false },
    ]);
    expect(alignTexts(['x', 'a', 'b'], ['a', 'b', 'x'])).toEqual([
      { before: 0, same: false },
      { before: 1, after: 0, same: true },
      { before: 2, after: 1, same: true },
      { after: 2, same: false },
    ]);
    expect(alignTexts([], ['a'])).toEqual([{ after: 0, same: false }]);
    expect(alignTexts(['a'], [])).toEqual([{ before: 0, same: false }]);
  });
});

describe('what a revision did, in words', () => {
  const change = (kind: ParagraphChange['change'], n: number): ParagraphChange[] =>
    Array.from({ length: n }, () => {
      const [paragraph] = paragraphs(opening);
      if (!paragraph) throw new Error('no paragraph');
      if (kind === 'changed')
        return { change: kind, before: paragraph, after: paragraph, words: [] };
      return kind === 'removed'
        ? { change: kind, before: paragraph }
        : { change: kind, after: paragraph };
    });

  it('counts paragraphs changed, added and removed, naming paragraphs once', () => {
    expect(changesSummary(change('changed', 1))).toBe('1 paragraph changed');
    expect(changesSummary(change('added', 2))).toBe('2 paragraphs added');
    expect(
      changesSummary([...change('removed', 1), ...change('changed', 2), ...change('added', 1)]),
    ).toBe('2 paragraphs changed, 1 added, 1 removed');
    expect(changesSummary([...change('removed', 3), ...change('added', 1)])).toBe(
      '1 paragraph added, 3 removed',
    );
  });
});
