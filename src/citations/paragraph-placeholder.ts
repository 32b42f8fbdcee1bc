import type { CitedParagraph } from './cited-work.ts';

/**
 * A paragraph that stands for any: a section's page (and a readout's page, for the text before
 * its first section) carries one citation of it, and a script puts the id and number of the
 * paragraph a reader cites in their place. Capital letters only, so that no format escapes
 * them (an address, BibTeX, JSON, HTML); no anchor id has capitals.
 */
export const placeholderParagraph: CitedParagraph = {
  id: 'PARAGRAPHID',
  number: 'PARAGRAPHNUMBER',
};
