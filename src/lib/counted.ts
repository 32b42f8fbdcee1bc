/** A count and its noun, in the plural unless one: "1 section", "3 sections". */
export function counted(count: number, noun: string): string {
  return `${String(count)} ${noun}${count === 1 ? '' : 's'}`;
}

/** What a topic holds: "3 sections", or "3 sections and 2 paragraphs" when paragraphs are bound to it. */
export const countedTexts = (sections: number, paragraphs: number): string =>
  [
    counted(sections, 'section'),
    ...(paragraphs > 0 ? [counted(paragraphs, 'paragraph')] : []),
  ].join(' and ');
