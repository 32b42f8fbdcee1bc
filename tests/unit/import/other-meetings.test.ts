import { describe, expect, it } from 'vitest';
import type { BodyBlock } from '../../../src/import/draft.ts';
import { otherMeetings } from '../../../src/import/publishers/mofa/other-meetings.ts';

const lead =
  'On May 24, Mr. Taro Kono, Minister for Foreign Affairs, held a meeting with the minister.';
const section = (title: string, number: number): BodyBlock => ({
  type: 'section',
  number,
  text: `${String(number)}. ${title}`,
  title,
});
const others = (pageLead: string, blocks: BodyBlock[], texts = blocks.map(({ text }) => text)) =>
  otherMeetings({ lead: pageLead, blocks: texts, skipped: [] }, blocks);

describe('what shows that a MOFA page holds more than one meeting', () => {
  it('is two or more sections titled by a meeting', () => {
    expect(
      others(lead, [
        section('Summit meeting', 1),
        section('North Korea', 2),
        section('Working lunch (one-on-one)', 3),
      ]),
    ).toBe('sections “Summit meeting”, “Working lunch (one-on-one)”');
  });

  it('is not one section titled by a meeting, or meeting words in a paragraph', () => {
    expect(others(lead, [section('Summit meeting', 1), section('North Korea', 2)])).toBeUndefined();
    expect(
      others(lead, [
        { type: 'paragraph', text: 'Summit meeting' },
        { type: 'paragraph', text: 'Working lunch' },
      ]),
    ).toBeUndefined();
  });

  it('is a second lead that opens with a day, cut short', () => {
    const second =
      'On May 25, Mr. Taro Kono, Minister for Foreign Affairs, held a meeting with another minister.';
    expect(others(lead, [{ type: 'paragraph', text: second }])).toBe(
      `a second lead: “${second.slice(0, 60)}…”`,
    );
  });

  it('is a second meeting the lead says follows', () => {
    expect(others(`${lead.slice(0, -1)}, followed by a working dinner.`, [])).toBe(
      'the lead: “followed by a working dinner”',
    );
    expect(others('On May 24, the two leaders held talks as well as an informal lunch.', [])).toBe(
      'the lead: “as well as an informal lunch”',
    );
  });

  it('is nothing for a page of one meeting', () => {
    expect(others(lead, [{ type: 'paragraph', text: 'They agreed on May 25 to meet.' }])).toBe(
      undefined,
    );
    expect(others('On May 24, the leaders met and agreed on a plan.', [])).toBeUndefined();
  });
});
