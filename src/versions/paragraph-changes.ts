import { wordChanges, type WordRun } from './word-changes.ts';

/** A paragraph of a version: where it stands and its words. */
export interface VersionParagraph {
  /** Its anchor in that version: `tpp-p3`, `p2`, a declared `north-korea`. */
  id: string;
  /** "para. 3" of its section (or of the lead). */
  number: number;
  /** The section it stands in, as that version titles it; undefined before the first section. */
  section?: string | undefined;
  text: string;
}

/** What became of a paragraph from one version to the next. */
export type ParagraphChange =
  | { change: 'changed'; before: VersionParagraph; after: VersionParagraph; words: WordRun[] }
  | { change: 'removed'; before: VersionParagraph }
  | { change: 'added'; after: VersionParagraph };

const wordsOf = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** How much of two paragraphs' words they share, from 0 to 1: a paragraph edited, or another. */
function likeness(a: string, b: string): number {
  const before = wordsOf(a);
  const after = new Map<string, number>();
  for (const word of wordsOf(b)) after.set(word, (after.get(word) ?? 0) + 1);
  let shared = 0;
  for (const word of before) {
    const left = after.get(word) ?? 0;
    if (left > 0) {
      shared += 1;
      after.set(word, left - 1);
    }
  }
  return (2 * shared) / Math.max(1, before.length + wordsOf(b).length);
}

// Half its words in common: the same paragraph, edited (a name corrected, a sentence added).
const sameParagraph = 0.5;

/** The longest run of paragraphs both versions have word for word, as pairs of indexes. */
function unchanged(before: readonly string[], after: readonly string[]): [number, number][] {
  const lengths = before.map(() => after.map(() => 0));
  for (let i = before.length - 1; i >= 0; i -= 1)
    for (let j = after.length - 1; j >= 0; j -= 1) {
      const row = lengths[i] ?? [];
      row[j] =
        before[i] === after[j]
          ? (lengths[i + 1]?.[j + 1] ?? 0) + 1
          : Math.max(lengths[i + 1]?.[j] ?? 0, row[j + 1] ?? 0);
    }
  const pairs: [number, number][] = [];
  for (let i = 0, j = 0; i < before.length && j < after.length;) {
    if (before[i] === after[j]) {
      pairs.push([i, j]);
      i += 1;
      j += 1;
    } else if ((lengths[i + 1]?.[j] ?? 0) >= (lengths[i]?.[j + 1] ?? 0)) i += 1;
    else j += 1;
  }
  return pairs;
}

/** Two versions' paragraphs side by side: the same one in both, or one only in either. */
export interface Aligned {
  before?: number;
  after?: number;
  /** True when both have it word for word. */
  same: boolean;
}

/** The stretch between two paragraphs both versions have word for word, aligned by likeness. */
function alignStretch(
  before: readonly string[],
  after: readonly string[],
  [i, endI]: [number, number],
  [j, endJ]: [number, number],
): Aligned[] {
  const aligned: Aligned[] = [];
  let cursor = j;
  for (let old = i; old < endI; old += 1) {
    const match = after.findIndex(
      (text, index) =>
        index >= cursor && index < endJ && likeness(before[old] ?? '', text) >= sameParagraph,
    );
    if (match < 0) {
      aligned.push({ before: old, same: false });
      continue;
    }
    for (let added = cursor; added < match; added += 1) aligned.push({ after: added, same: false });
    aligned.push({ before: old, after: match, same: false });
    cursor = match + 1;
  }
  for (let added = cursor; added < endJ; added += 1) aligned.push({ after: added, same: false });
  return aligned;
}

/**
 * Two versions' texts aligned in reading order: the longest run both have word for word, and
 * between them, a text of the earlier version that shares half its words with one of the
 * later, in order, is the same one edited; the others were removed or added.
 */
export function alignTexts(before: readonly string[], after: readonly string[]): Aligned[] {
  const aligned: Aligned[] = [];
  let [i, j] = [0, 0];
  const end: [number, number] = [before.length, after.length];
  for (const [nextI, nextJ] of [...unchanged(before, after), end]) {
    aligned.push(...alignStretch(before, after, [i, nextI], [j, nextJ]));
    if (nextI < before.length) aligned.push({ before: nextI, after: nextJ, same: true });
    [i, j] = [nextI + 1, nextJ + 1];
  }
  return aligned;
}

/**
 * What changed between two versions of a readout, paragraph by paragraph in reading order:
 * paragraphs both have word for word are left out; a paragraph edited has its words compared.
 */
export function paragraphChanges(
  before: readonly VersionParagraph[],
  after: readonly VersionParagraph[],
): ParagraphChange[] {
  const text = ({ text }: VersionParagraph): string => text;
  return alignTexts(before.map(text), after.map(text)).flatMap((entry): ParagraphChange[] => {
    const old = entry.before === undefined ? undefined : before[entry.before];
    const edited = entry.after === undefined ? undefined : after[entry.after];
    if (entry.same) return [];
    if (old && edited)
      return [
        {
          change: 'changed',
          before: old,
          after: edited,
          words: wordChanges(old.text, edited.text),
        },
      ];
    if (old) return [{ change: 'removed', before: old }];
    return edited ? [{ change: 'added', after: edited }] : [];
  });
}

/** "2 paragraphs changed, 1 added": what a revision did, for a readout's facts and feeds. */
export function changesSummary(changes: readonly ParagraphChange[]): string {
  const count = (change: ParagraphChange['change']) =>
    changes.filter((entry) => entry.change === change).length;
  const parts = (['changed', 'added', 'removed'] as const)
    .map((change) => [count(change), change] as const)
    .filter(([n]) => n > 0)
    .map(
      ([n, change], index) =>
        `${String(n)}${index === 0 ? ` paragraph${n === 1 ? '' : 's'}` : ''} ${change}`,
    );
  return parts.length === 0 ? 'no paragraph changed' : parts.join(', ');
}
