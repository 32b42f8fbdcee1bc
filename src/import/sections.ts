/** A block of a readout's text after its lead, classified by its numbering. */
export type BodyBlock =
  /** "1. Japan-U.S. relations": a numbered section title. */
  | { type: 'section'; number: number; text: string; title: string }
  /** "(1) Overall": a titled sub-item of a section. */
  | { type: 'sub-item'; number: number; text: string; title: string }
  /** Any paragraph, including numbered paragraphs without titles ("1. Prime Minister ..."). */
  | { type: 'paragraph'; text: string };

const sectionPattern = /^(\d{1,2})(?:\.\s*|\s+)(\S.*)$/;
const subItemPattern = /^\((\d{1,2})\)\s*(\S.*)$/;

/**
 * True when a numbered line reads as a title rather than a numbered paragraph: short and
 * not ending a sentence. "1. Japan-U.S. relations" is a title; "1. Prime Minister Abe
 * stated that ... ." is a paragraph that keeps its number.
 */
function isTitle(text: string): boolean {
  return text.length <= 100 && text.split(/\s+/).length <= 14 && !/[.!?:;。]["”’)]*$/.test(text);
}

/**
 * Classifies the blocks after the lead. Numbers must follow on (1, 2, 3; sub-items (1), (2)
 * within each section), so that a paragraph that merely starts with a number is never taken
 * for a title.
 */
export function classifyBlocks(blocks: readonly string[]): BodyBlock[] {
  let section = 0;
  let subItem = 0;
  return blocks.map((text): BodyBlock => {
    const asSection = sectionPattern.exec(text);
    if (asSection && Number(asSection[1]) === section + 1 && isTitle(asSection[2] ?? '')) {
      section += 1;
      subItem = 0;
      return { type: 'section', number: section, text, title: asSection[2] ?? '' };
    }
    const asSubItem = subItemPattern.exec(text);
    if (
      section > 0 &&
      asSubItem &&
      Number(asSubItem[1]) === subItem + 1 &&
      isTitle(asSubItem[2] ?? '')
    ) {
      subItem += 1;
      return { type: 'sub-item', number: subItem, text, title: asSubItem[2] ?? '' };
    }
    return { type: 'paragraph', text };
  });
}
