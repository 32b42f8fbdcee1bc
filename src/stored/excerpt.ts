/** How long the excerpts of lists are (a topic's sections, a person's mentions). */
const listExcerpt = 220;

/** The start of a text, cut at a word boundary near `length` characters and marked with an ellipsis. */
export function excerpt(text: string, length = listExcerpt): string {
  if (text.length <= length) return text;
  const cut = text.lastIndexOf(' ', length);
  return `${text.slice(0, cut > 0 ? cut : length)} …`;
}

/**
 * As much of a text as a list's excerpt of it reads (`excerpt` looks no further than its length
 * + 1): what the content store keeps of an opening. At 50,000 readouts openings of 400
 * characters, for feeds and descriptions, were two fifths of the store (106 of 256 MB), which
 * Astro parses whole before it builds a page; those read the readout's file (src/lib/opening.ts).
 */
export const excerptSource = (text: string): string => text.slice(0, listExcerpt + 1);
