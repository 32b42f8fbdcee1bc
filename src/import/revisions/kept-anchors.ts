import { paragraphIdPattern } from '../../markdown/anchor-ids.ts';
import type { ReadoutOutline } from '../../markdown/outline.ts';
import { alignTexts } from '../../versions/paragraph-changes.ts';
import type { ParagraphAnchor } from '../vocabulary/paragraph-topics.ts';
import type { SectionAnchor } from '../vocabulary/readout-topics.ts';
import { idMaker } from '../vocabulary/slugger.ts';

/** A section's title without its number: a section inserted before it renumbers it, not renames. */
const unnumbered = (title: string): string =>
  title.replace(/^\s*\d{1,2}(?:\.+\s*|\s+)(?:\d{1,2}\.+\s*)?/, '');

/**
 * The anchors of a revised text: each section the previous version had (by its title, or a
 * title sharing half its words, in order) keeps its declared anchor and topics, whatever the
 * importer would declare today; a new section gets a new anchor, never one the kept take.
 */
export function keptSectionAnchors(
  titles: readonly string[],
  fresh: readonly SectionAnchor[],
  previous: ReadoutOutline,
): SectionAnchor[] {
  const kept: (SectionAnchor | undefined)[] = titles.map(() => undefined);
  const aligned = alignTexts(
    previous.sections.map(({ title }) => unnumbered(title)),
    titles.map(unnumbered),
  );
  for (const { before, after } of aligned) {
    const old = before === undefined ? undefined : previous.sections[before];
    if (old && after !== undefined) kept[after] = { id: old.id, topics: old.topics };
  }
  const makeId = idMaker(kept.flatMap((anchor) => (anchor ? [anchor.id] : [])));
  return kept.map((anchor, index) => {
    if (anchor) return anchor;
    const made = fresh[index] ?? { id: 'section', topics: [] };
    return { id: makeId(made.id, 'section'), topics: made.topics };
  });
}

/**
 * The anchors of a revised text without sections: each paragraph the previous version had
 * (word for word, or edited) keeps what it had, a declared anchor and its topics or none (so
 * that `#north-korea` and `#p3` still name it); a new paragraph gets the importer's binding,
 * under an anchor none of the kept take.
 */
export function keptParagraphAnchors(
  texts: readonly string[],
  fresh: readonly (ParagraphAnchor | undefined)[],
  previous: ReadoutOutline,
): (ParagraphAnchor | undefined)[] {
  const kept = new Map<number, ParagraphAnchor | undefined>();
  const aligned = alignTexts(
    previous.lead.map(({ text }) => text),
    texts,
  );
  for (const { before, after } of aligned) {
    const old = before === undefined ? undefined : previous.lead[before];
    if (old && after !== undefined)
      kept.set(
        after,
        paragraphIdPattern.test(old.id) ? undefined : { id: old.id, topics: old.topics ?? [] },
      );
  }
  const makeId = idMaker([...kept.values()].flatMap((anchor) => (anchor ? [anchor.id] : [])));
  return texts.map((_, index) => {
    if (kept.has(index)) return kept.get(index);
    const made = fresh[index];
    return made && { id: makeId(made.id, 'topic'), topics: made.topics };
  });
}
