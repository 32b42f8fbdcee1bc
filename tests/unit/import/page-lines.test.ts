import { describe, expect, it } from 'vitest';
import { joinWrappedLines, pageLines } from '../../../src/import/source/page-lines.ts';

describe('a page’s text as lines', () => {
  it('is its lines trimmed, the blank ones left out', () => {
    expect(
      pageLines('  Japan-Australia Relations \n\n \t\nOn April 10, the ministers met.\t\n'),
    ).toEqual(['Japan-Australia Relations', 'On April 10, the ministers met.']);
  });

  it('rejoins a line wrapped mid-sentence with the next, which starts in lower case', () => {
    expect(
      joinWrappedLines([
        'On April 10, the two ministers held',
        'a meeting in Tokyo, and',
        'discussed trade.',
        'The meeting ended.',
      ]),
    ).toEqual([
      'On April 10, the two ministers held a meeting in Tokyo, and discussed trade.',
      'The meeting ended.',
    ]);
  });

  it('keeps a first line that starts in lower case', () => {
    expect(joinWrappedLines(['and the ministers met.', 'They agreed.'])).toEqual([
      'and the ministers met.',
      'They agreed.',
    ]);
  });

  it.each([
    'The ministers met.',
    'Did the ministers meet?',
    'They met!',
    'The overview is as follows:',
    'They met;',
    'He said, “We met.”',
    'He said, “We met.’',
    'They met (in Tokyo.)',
    'He said “We met.”)',
  ])('keeps a line after “%s”, which ends a sentence, on a line of its own', (line) => {
    expect(joinWrappedLines([line, 'and more.'])).toEqual([line, 'and more.']);
  });

  it('keeps a line that starts otherwise than in lower case on its own', () => {
    const lines = ['The ministers met in', 'Tokyo on April 10', '(1) Overall', '“and more”'];
    expect(joinWrappedLines(lines)).toEqual(lines);
  });
});
