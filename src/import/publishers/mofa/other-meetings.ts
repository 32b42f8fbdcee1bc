import { leadOpening } from '../../english/day-opening.ts';
import type { BodyBlock } from '../../draft.ts';
import { sectionTitleKind } from '../../english/section-titles.ts';
import type { SourcePage } from './furniture.ts';

// "..., followed by a working lunch", "a meeting and a working dinner": a second meeting in the lead.
const followedBy =
  /\b(?:followed by|and then|then held|and a|as well as)\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}?(?:lunch|luncheon|dinner|breakfast|banquet|meeting|talks?)\b/i;

/** What shows that a page holds more than one meeting, for the report; undefined when it holds one. */
export function otherMeetings(page: SourcePage, blocks: readonly BodyBlock[]): string | undefined {
  // Sections titled by a meeting ("Summit meeting", "Working lunch"): one per meeting.
  const meetingSections = blocks.flatMap((block) =>
    block.type === 'section' && sectionTitleKind(block.title) === 'meeting' ? [block.title] : [],
  );
  if (meetingSections.length >= 2)
    return `sections ${meetingSections.map((t) => `“${t}”`).join(', ')}`;
  const second = page.blocks.find((block) => leadOpening.test(block));
  if (second) return `a second lead: “${second.slice(0, 60)}…”`;
  const phrase = followedBy.exec(page.lead)?.[0];
  return phrase ? `the lead: “${phrase}”` : undefined;
}
