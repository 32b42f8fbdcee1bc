import { formatDate } from './dates.ts';
import { paragraphText } from '../stored/html.ts';
import type { Readout, Version } from './readout.ts';
import { versionPath } from './urls.ts';

/** Each paragraph's words by its anchor, and the section (or '' for the lead) each stands in. */
function paragraphsByAnchor(readout: Readout): Map<string, { text: string; section: string }> {
  return new Map([
    ...readout.lead.map(
      ({ id }) => [id, { text: paragraphText(readout, id), section: '' }] as const,
    ),
    ...readout.sections.flatMap(({ id: section, paragraphs }) =>
      paragraphs.map(({ id }) => [id, { text: paragraphText(readout, id), section }] as const),
    ),
  ]);
}

/** What stood at a revised readout's anchors before: the notes its current text carries. */
export interface AnchorHistory {
  /** After a paragraph (by its anchor): earlier versions had other words at its address. */
  changed: Map<string, string>;
  /** At the end of a section (by its id; '' for the lead): addresses it no longer has. */
  gone: Map<string, string[]>;
}

const links = (readout: Readout, id: string, versions: readonly Version[]): string =>
  versions
    .map(
      ({ captured }) =>
        `<a href="${versionPath(readout.id, captured)}#${id}">${formatDate(captured)}</a>`,
    )
    .join(', ');

/**
 * The notes that keep a citation made before a revision leading to its words: after each
 * paragraph of the current text whose address held other words in an earlier version, the
 * versions that had them; and, at the end of its section, an element for each address the
 * current text no longer has (a paragraph removed, the count shifted), so that a link to it
 * still lands, and is told where its words are. Empty for a readout never revised.
 */
export function anchorHistory(readout: Readout): AnchorHistory {
  const history: AnchorHistory = { changed: new Map(), gone: new Map() };
  const earlier = readout.versions.filter((version) => !version.current);
  if (earlier.length === 0) return history;
  const now = paragraphsByAnchor(readout);
  const changed = new Map<string, Version[]>();
  const gone = new Map<string, { section: string; versions: Version[] }>();
  for (const version of earlier)
    for (const [id, then] of paragraphsByAnchor(version.readout)) {
      const current = now.get(id);
      if (current && current.text !== then.text)
        changed.set(id, [...(changed.get(id) ?? []), version]);
      if (!current)
        gone.set(id, {
          section: then.section,
          versions: [...(gone.get(id)?.versions ?? []), version],
        });
    }
  for (const [id, versions] of changed)
    history.changed.set(
      id,
      `<p class="history-note" data-pagefind-ignore>Earlier versions had other words at this address (#${id}): ${links(readout, id, versions)}.</p>`,
    );
  const sections = new Set(['', ...readout.sections.map(({ id }) => id)]);
  for (const [id, { section, versions }] of gone) {
    const at = sections.has(section) ? section : '';
    history.gone.set(at, [
      ...(history.gone.get(at) ?? []),
      `<p class="history-note" id="${id}" data-pagefind-ignore>Earlier versions had a paragraph at this address (#${id}), which this text no longer has: ${links(readout, id, versions)}.</p>`,
    ]);
  }
  return history;
}

/** A section's (or the lead's) HTML with the notes of its anchors' history in their places. */
export function withHistory(html: string, history: AnchorHistory, section: string): string {
  let annotated = html;
  for (const [id, note] of history.changed) {
    const at = annotated.indexOf(` id="${id}"`);
    const end = at < 0 ? -1 : annotated.indexOf('</p>', at);
    if (end >= 0) annotated = `${annotated.slice(0, end + 4)}${note}${annotated.slice(end + 4)}`;
  }
  return `${annotated}${(history.gone.get(section) ?? []).join('')}`;
}
