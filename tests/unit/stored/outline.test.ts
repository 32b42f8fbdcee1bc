import { describe, expect, it } from 'vitest';
import { excerpt } from '../../../src/stored/excerpt.ts';
import { paragraphTexts, storedOutline } from '../../../src/stored/outline.ts';
import type { ReadoutOutline } from '../../../src/markdown/outline.ts';

const long = `${'The two leaders discussed regional affairs at length. '.repeat(12)}End.`;
const lead = [{ id: 'p1', number: 1, text: 'Prime Minister Abe met Vice President Biden.' }];
const section = (paragraphs: ReadoutOutline['lead']) => ({
  id: 'north-korea',
  topics: ['north-korea'],
  title: '2. North Korea',
  line: 40,
  subsections: [],
  paragraphs,
});
const outline: ReadoutOutline = {
  lead,
  sections: [
    section([
      { id: 'north-korea-p1', number: 1, text: long },
      { id: 'north-korea-p2', number: 2, text: 'Mr. Xi Jinping was also named.' },
    ]),
  ],
};
const names = new Map([
  ['xi-jinping', ['Xi Jinping']],
  ['joe-biden', ['Joe Biden', 'Vice President Biden']],
]);

describe('what the content store keeps of a readout', () => {
  const stored = storedOutline(outline, names);

  it('keeps no paragraph text, only where each paragraph stands', () => {
    expect(stored.sections[0]?.paragraphs).toEqual([
      { id: 'north-korea-p1', number: 1 },
      { id: 'north-korea-p2', number: 2 },
    ]);
  });

  it('keeps the topics a paragraph declares, not the line it stood on', () => {
    const declared = storedOutline(
      {
        lead: [{ id: 'tpp', number: 1, text: 'On the TPP.', topics: ['tpp'], line: 12 }],
        sections: [],
      },
      names,
    );
    expect(declared.lead).toEqual([
      { id: 'tpp', number: 1, topics: ['tpp'], opening: 'On the TPP.' },
    ]);
  });

  it('keeps an empty opening of a section with no paragraph of its own', () => {
    const empty = storedOutline({ lead, sections: [section([])] }, names);
    expect(empty.sections[0]).toMatchObject({ opening: '', paragraphs: [], mentions: [] });
  });

  it('keeps as much of a section’s opening as its longest excerpt reads', () => {
    const opening = stored.sections[0]?.opening ?? '';
    expect(opening.length).toBeLessThan(long.length);
    for (const length of [100, 160, 220])
      expect(excerpt(opening, length)).toBe(excerpt(long, length));
    expect(stored.lead[0]?.opening).toBe('Prime Minister Abe met Vice President Biden.');
  });

  it('names the people a section’s text names, in any form of their name', () => {
    expect(stored.sections[0]?.mentions).toEqual(['xi-jinping']);
    const other = storedOutline({ lead: [], sections: [section(lead)] }, names);
    expect(other.sections[0]?.mentions).toEqual(['joe-biden']);
  });

  it('leaves each paragraph’s whole text to the readout’s own file', () => {
    expect(paragraphTexts(outline)).toEqual({
      p1: 'Prime Minister Abe met Vice President Biden.',
      'north-korea-p1': long,
      'north-korea-p2': 'Mr. Xi Jinping was also named.',
    });
  });
});
