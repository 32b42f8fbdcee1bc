/** The start of a text, cut at a word boundary near `length` characters and marked with an ellipsis. */
export function excerpt(text: string, length = 220): string {
  if (text.length <= length) return text;
  const cut = text.lastIndexOf(' ', length);
  return `${text.slice(0, cut > 0 ? cut : length)} …`;
}

/** The longest excerpt the pages and feeds cut (a feed item's summary). */
const longestExcerpt = 400;

/** As much of a text as any excerpt of it reads: `excerpt` looks no further than its length + 1. */
export const excerptSource = (text: string): string => text.slice(0, longestExcerpt + 1);
