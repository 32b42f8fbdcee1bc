/**
 * A form of a name for comparing, not for display: lower case, with every run of dashes,
 * apostrophes, periods and other punctuation read as one space. "Japan-U.S. relations" and
 * "Japan–U.S. relations" both become "japan u s relations"; "Ministers’" becomes "ministers".
 */
export function normalise(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/['’]s?\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** True when `phrase` occurs in `text` as whole words, compared in normalised form. */
export function containsPhrase(text: string, phrase: string): boolean {
  const needle = normalise(phrase);
  return needle !== '' && ` ${normalise(text)} `.includes(` ${needle} `);
}

/** Where `phrase` first occurs in `text` as whole words (normalised), or -1. */
export function phraseIndex(normalisedText: string, phrase: string): number {
  const needle = normalise(phrase);
  return needle === '' ? -1 : ` ${normalisedText} `.indexOf(` ${needle} `);
}
