/** A count and its noun, in the plural unless one: "1 section", "3 sections". */
export function counted(count: number, noun: string): string {
  return `${String(count)} ${noun}${count === 1 ? '' : 's'}`;
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
