import type { ReadoutOutline } from '../markdown/outline.ts';
import type { BodyBlock } from './draft.ts';
import { keptParagraphAnchors, keptSectionAnchors } from './revisions/kept-anchors.ts';
import type { ParagraphAnchor } from './vocabulary/paragraph-topics.ts';
import type { ReadoutTopics, SectionAnchor } from './vocabulary/readout-topics.ts';
import type { Topic } from './vocabulary/vocabulary.ts';

/** A readout's anchors and the topics they make it about. */
export interface ReadoutAnchors {
  sections: SectionAnchor[];
  /** One per paragraph outside sections (the lead first): its anchor, or none. */
  paragraphs: (ParagraphAnchor | undefined)[];
  /** The readout's topics, in the order its text takes them up. */
  topics: string[];
  /** The topics the vocabulary must gain for them. */
  newTopics: Topic[];
}

/**
 * The anchors of a readout: those the importer declares, or, for a revision of a readout the
 * archive has, those its previous version declared wherever the two have the same section or
 * paragraph (anchors are a promise). With `--topic`, the topics are the editor's, and a
 * paragraph keeps only those of them it names.
 */
export function readoutAnchors(
  found: ReadoutTopics,
  blocks: readonly BodyBlock[],
  paragraphTexts: readonly string[],
  given: readonly string[] | undefined,
  previous: ReadoutOutline | undefined,
): ReadoutAnchors {
  const titles = blocks.flatMap((block) => (block.type === 'section' ? [block.text] : []));
  const sections = previous ? keptSectionAnchors(titles, found.sections, previous) : found.sections;
  const paragraphs = previous
    ? keptParagraphAnchors(paragraphTexts, found.paragraphs, previous)
    : found.paragraphs;
  const anchored = [
    ...new Set([...sections, ...paragraphs].flatMap((anchor) => anchor?.topics ?? [])),
  ];
  const topics =
    given ?? (previous && anchored.length > 0 ? anchored : found.topics.map(({ id }) => id));
  return {
    sections,
    paragraphs: given ? withinTopics(paragraphs, given) : paragraphs,
    topics: [...topics],
    newTopics: found.newTopics.filter(({ id }) => topics.includes(id)),
  };
}

/** The paragraphs' bindings to the topics given only: a paragraph keeps those it names, or none. */
function withinTopics(
  anchors: readonly (ParagraphAnchor | undefined)[],
  topics: readonly string[],
): (ParagraphAnchor | undefined)[] {
  return anchors.map((anchor) => {
    const kept = anchor?.topics.filter((topic) => topics.includes(topic)) ?? [];
    return anchor && kept.length > 0 ? { id: anchor.id, topics: kept } : undefined;
  });
}
