// Periods that do not end a sentence in a readout's lead: titles, name suffixes, times.
const abbreviations = new Set([
  'mr',
  'ms',
  'mrs',
  'dr',
  'prof',
  'jr',
  'sr',
  'st',
  'hon',
  'rt',
  'no',
  'nos',
  'gen',
  'lt',
  'col',
  'adm',
  'amb',
  'gov',
  'sen',
  'rep',
  'co',
  'corp',
  'inc',
  'ltd',
  'a.m',
  'p.m',
  'approx',
  'etc',
  'vs',
]);

/**
 * The index just after the period (or ! or ?) that ends the first sentence of `text`, or -1.
 * A period ends a sentence when a space and a capital (or the end) follow, and it does not
 * close an abbreviation (Mr., a.m.) or initials (U.S., H.E., Joseph R.).
 */
export function sentenceEnd(text: string, from = 0): number {
  const pattern = /[.!?](?=\s+["“(]?[A-Z0-9]|\s*$)/g;
  pattern.lastIndex = from;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const word = /([A-Za-z.]+)$/.exec(text.slice(0, match.index))?.[1] ?? '';
    if (
      match[0] === '.' &&
      (abbreviations.has(word.toLowerCase()) || /^(?:[A-Z]\.)*[A-Z]$/.test(word))
    )
      continue;
    return match.index + 1;
  }
  return -1;
}

/** The first sentence of `text`, or all of it when no sentence ends. */
export function firstSentence(text: string): string {
  const end = sentenceEnd(text);
  return end < 0 ? text : text.slice(0, end);
}
