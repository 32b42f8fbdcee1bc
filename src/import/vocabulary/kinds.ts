import { containsPhrase } from './normalise.ts';
import type { Kind } from './vocabulary.ts';

/**
 * The kind of meeting a lead names, by the labels of `content/kinds.yaml`: first in its verb
 * phrase ("received a courtesy call from"), then anywhere in the lead. The longest label
 * wins, so "Summit Meeting" is a summit meeting and not a meeting.
 */
export function findKind(
  verbPhrase: string,
  lead: string,
  kinds: readonly Kind[],
): Kind | undefined {
  const byLength = [...kinds].sort((a, b) => b.label.length - a.label.length);
  for (const text of [verbPhrase, lead]) {
    const kind = byLength.find((candidate) => containsPhrase(text, candidate.label));
    if (kind) return kind;
  }
  return undefined;
}
