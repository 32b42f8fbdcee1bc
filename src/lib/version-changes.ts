import { paragraphText } from '../stored/html.ts';
import type { Readout, Version } from './readout.ts';
import {
  paragraphChanges,
  type ParagraphChange,
  type VersionParagraph,
} from '../versions/paragraph-changes.ts';

/** A version's paragraphs in reading order, each with its section and its words. */
function paragraphsOf(readout: Readout): VersionParagraph[] {
  const text = (id: string): string => paragraphText(readout, id);
  return [
    ...readout.lead.map(({ id, number }) => ({ id, number, text: text(id) })),
    ...readout.sections.flatMap(({ title, paragraphs }) =>
      paragraphs.map(({ id, number }) => ({ id, number, section: title, text: text(id) })),
    ),
  ];
}

// A readout's page, its changes pages and its feeds ask for the same comparisons.
const compared = new Map<string, ParagraphChange[]>();

/** What changed from one version of a readout to another, paragraph by paragraph. */
export function changesBetween(from: Version, to: Version): ParagraphChange[] {
  const key = `${from.readout.htmlFile} ${to.readout.htmlFile}`;
  let changes = compared.get(key);
  if (!changes) {
    changes = paragraphChanges(paragraphsOf(from.readout), paragraphsOf(to.readout));
    compared.set(key, changes);
  }
  return changes;
}

/** The pairs of versions the archive shows the changes between: each into the next, and each into the current. */
export function comparedVersions(versions: readonly Version[]): [Version, Version][] {
  const current = versions.at(-1);
  if (!current) return [];
  return versions.slice(0, -1).flatMap((version, index): [Version, Version][] => {
    const next = versions[index + 1];
    return next === current || !next
      ? [[version, current]]
      : [
          [version, next],
          [version, current],
        ];
  });
}

/** The latest revision of a readout: the version before the current one, and the current. */
export const latestRevision = (readout: Readout): [Version, Version] | undefined => {
  const [before, current] = readout.versions.slice(-2);
  return before && current ? [before, current] : undefined;
};
