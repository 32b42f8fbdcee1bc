import type { BodyBlock } from '../../draft.ts';

// "1. Title", "1 Title", and the slips "2. 2. Title" and "3.. Title" (the number said twice, two stops).
const sectionPattern = /^(\d{1,2})(?:\.+\s*|\s+)(?:\1\.+\s*)?(\S.*)$/;
const subItemPattern = /^\((\d{1,2})\)\s*(\S.*)$/;
// "[Reference]", "(Note)", "Note:": what follows is an appendix of the text, never a section.
const appendixPattern = /^(?:\[[^\]]+\]|\((?:Notes?|Reference)\)|(?:Notes?|Reference)\s*:)/i;

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
 * for a title; when the lead is item 1, the text goes on from 2. After an appendix line
 * ("[Reference]", "(Note)") every block is a paragraph.
 */
export function classifyBlocks(blocks: readonly string[], leadIsItem = false): BodyBlock[] {
  let section = leadIsItem ? 1 : 0;
  let subItem = 0;
  let appendix = false;
  let inSection = false;
  return blocks.map((text): BodyBlock => {
    appendix ||= appendixPattern.test(text);
    if (appendix) return { type: 'paragraph', text };
    const asSection = sectionPattern.exec(text);
    if (asSection && Number(asSection[1]) === section + 1 && isTitle(asSection[2] ?? '')) {
      section += 1;
      subItem = 0;
      inSection = true;
      return { type: 'section', number: section, text, title: asSection[2] ?? '' };
    }
    // A numbered paragraph ("2. The two leaders ...") keeps its number in the count.
    if (asSection && Number(asSection[1]) === section + 1) section += 1;
    const asSubItem = subItemPattern.exec(text);
    if (
      inSection &&
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
