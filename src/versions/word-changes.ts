import { diffWordsWithSpace } from 'diff';

/** A run of a paragraph's words: in both versions, or only the earlier's, or only the later's. */
export interface WordRun {
  text: string;
  change: 'kept' | 'removed' | 'added';
}

/**
 * The words one version of a paragraph removed and added against another, as runs in reading
 * order, compared word by word with the spaces kept (jsdiff's diffWordsWithSpace), so that the
 * runs joined are each version's text exactly.
 */
export function wordChanges(before: string, after: string): WordRun[] {
  return diffWordsWithSpace(before, after).map((part) => ({
    text: part.value,
    change: part.added ? 'added' : part.removed ? 'removed' : 'kept',
  }));
}
