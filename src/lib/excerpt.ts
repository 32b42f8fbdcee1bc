/** The start of a text, cut at a word boundary near `length` characters and marked with an ellipsis. */
export function excerpt(text: string, length = 220): string {
  if (text.length <= length) return text;
  const cut = text.lastIndexOf(' ', length);
  return `${text.slice(0, cut > 0 ? cut : length)} …`;
}
