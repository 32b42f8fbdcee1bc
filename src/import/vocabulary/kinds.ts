import type { MissingFields } from '../import-error.ts';
import { containsPhrase, normalise } from '../english/normalise.ts';
import { idMaker, type MakeId } from './slugger.ts';
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
function findKind(
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

/** The kind of meeting: given with --kind (an id, known or new), or the draft's phrase, or missing. */
export function kindOf(
  given: string | undefined,
  phrase: string | undefined,
  lead: string,
  kinds: readonly Kind[],
  missing: MissingFields,
): FoundKind | undefined {
  const makeId = idMaker(kinds.map((kind) => kind.id));
  if (given !== undefined) {
    const known = kinds.find((kind) => kind.id === given);
    return known
      ? { kind: known, isNew: false }
      : { kind: { id: makeId(given, 'kind'), label: given.replace(/-/g, ' ') }, isNew: true };
  }
  const found = findKind(phrase, lead, kinds, makeId);
  if (!found)
    missing.add('--kind', 'the lead names no kind of meeting: give it with --kind courtesy-call');
  return found;
}
