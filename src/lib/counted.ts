const numbers = new Intl.NumberFormat('en-US');

/** A count as readers read it in English: "2,338". */
export const formatCount = (count: number): string => numbers.format(count);

/** A count and its noun, in the plural unless one: "1 section", "2,338 sections". */
export function counted(count: number, noun: string): string {
  return `${formatCount(count)} ${noun}${count === 1 ? '' : 's'}`;
}

/**
 * What a topic holds: "3 sections", "3 sections and 2 paragraphs" when paragraphs are bound to
 * it, "1 paragraph" when only they are (never "0 sections and 1 paragraph").
 */
export const countedTexts = (sections: number, paragraphs: number): string =>
  [
    ...(sections > 0 || paragraphs === 0 ? [counted(sections, 'section')] : []),
    ...(paragraphs > 0 ? [counted(paragraphs, 'paragraph')] : []),
  ].join(' and ');
