import { containsPhrase, normalise } from './normalise.ts';
import type { MakeId } from './slugger.ts';
import type { Kind } from './vocabulary.ts';

/** The kind of a meeting, and whether the vocabulary must gain it. */
export interface FoundKind {
  kind: Kind;
  isNew: boolean;
}

/**
 * The kind of meeting of `content/kinds.yaml` that a lead names: its verb phrase's kind
 * ("working lunch") by label, or else a new kind of that label, so that an unknown kind never
 * stops an import. Without a kind phrase, the longest label the lead names ("Summit Meeting" is
 * a summit meeting, not a meeting); undefined when it names none.
 */
export function findKind(
  phrase: string | undefined,
  lead: string,
  kinds: readonly Kind[],
  makeId: MakeId,
): FoundKind | undefined {
  if (phrase !== undefined) {
    const known = kinds.find((kind) => normalise(kind.label) === normalise(phrase));
    return known
      ? { kind: known, isNew: false }
      : { kind: { id: makeId(phrase, 'kind'), label: phrase }, isNew: true };
  }
  const byLength = [...kinds].sort((a, b) => b.label.length - a.label.length);
  const named = byLength.find((candidate) => containsPhrase(lead, candidate.label));
  return named && { kind: named, isNew: false };
}
