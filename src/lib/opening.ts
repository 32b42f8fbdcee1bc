import type { Readout, Section } from './readout.ts';
import { paragraphText } from '../stored/html.ts';

// The content store keeps only as much of a text's opening as a list's excerpt reads
// (src/stored/excerpt.ts): a page's description or a feed's summary, longer, is cut from the whole
// paragraph in the readout's own file.

/** The first paragraph of a readout's text (its lead's, or else its first section's). */
export function openingOf(readout: Readout): string {
  const first = readout.lead[0] ?? readout.sections[0]?.paragraphs[0];
  return first ? paragraphText(readout, first.id) : '';
}

/** The first paragraph of a section's text. */
export function sectionOpeningOf(readout: Readout, section: Section): string {
  const first = section.paragraphs[0];
  return first ? paragraphText(readout, first.id) : '';
}
