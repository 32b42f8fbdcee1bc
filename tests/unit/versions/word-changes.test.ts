import { describe, expect, it } from 'vitest';
import { wordChanges, type WordRun } from '../../../src/versions/word-changes.ts';

const joined = (runs: WordRun[], left: WordRun['change']): string =>
  runs
    .filter(({ change }) => change !== left)
    .map(({ text }) => text)
    .join('');

describe('the words one version of a paragraph changed', () => {
  const before = 'Minister  Hayashi stated that Japan would, as before, support Australia.';
  const after = 'Minister Hayashi stated  that Japan would support Australia fully.';

  it('are runs that, joined, give each version exactly, spaces included', () => {
    const runs = wordChanges(before, after);
    expect(joined(runs, 'added')).toBe(before);
    expect(joined(runs, 'removed')).toBe(after);
  });

  it('mark what only the earlier had as removed and only the later as added', () => {
    expect(wordChanges('They met in Tokyo.', 'They met in Canberra.')).toEqual([
      { text: 'They met in ', change: 'kept' },
      { text: 'Tokyo', change: 'removed' },
      { text: 'Canberra', change: 'added' },
      { text: '.', change: 'kept' },
    ]);
  });
});
