import { describe, expect, it } from 'vitest';
import type { ReadoutOutline } from '../../../src/markdown/outline.ts';
import {
  keptParagraphAnchors,
  keptSectionAnchors,
} from '../../../src/import/revisions/kept-anchors.ts';

// The previous version of a readout as its outline gives it: sections by title, anchor and topics.
const withSections = (
  ...sections: { title: string; id: string; topics: string[] }[]
): ReadoutOutline => ({
  lead: [],
  sections: sections.map((section, index) => ({
    ...section,
    line: index + 3,
    subsections: [],
    paragraphs: [],
  })),
});
// A previous version without sections: its paragraphs, with a declared anchor or a numbered one.
const withParagraphs = (
  ...paragraphs: { text: string; id: string; topics?: string[] }[]
): ReadoutOutline => ({
  lead: paragraphs.map((paragraph, index) => ({ ...paragraph, number: index + 1 })),
  sections: [],
});

describe('the section anchors of a revised text', () => {
  const previous = withSections(
    { title: '1. North Korea', id: 'north-korea', topics: ['north-korea'] },
    { title: '2. Regional affairs', id: 'regional-affairs', topics: [] },
  );

  it('keeps each section’s anchor and topics, whatever the importer would declare today', () => {
    expect(
      keptSectionAnchors(
        ['1. North Korea', '2. Regional affairs'],
        [
          { id: 'dprk', topics: ['dprk'] },
          { id: 'asia', topics: ['asia'] },
        ],
        previous,
      ),
    ).toEqual([
      { id: 'north-korea', topics: ['north-korea'] },
      { id: 'regional-affairs', topics: [] },
    ]);
  });

  it('keeps the anchor of a section edited, and of one renumbered by a section inserted before it', () => {
    expect(
      keptSectionAnchors(
        ['1. Climate change', '2. North Korea and Japan', '3. Regional affairs'],
        [
          { id: 'climate-change', topics: ['climate-change'] },
          { id: 'north-korea', topics: ['north-korea'] },
          { id: 'regional-affairs', topics: [] },
        ],
        previous,
      ),
    ).toEqual([
      { id: 'climate-change', topics: ['climate-change'] },
      { id: 'north-korea', topics: ['north-korea'] },
      { id: 'regional-affairs', topics: [] },
    ]);
  });

  // "1. Trade" and "1. Energy" share half their words, so only a title read without its number
  // tells the inserted section from the one renumbered.
  it.each([
    ['1. ', '2. '],
    ['1 ', '2 '],
    ['9. ', '10. '],
    ['10. ', '11. '],
    ['1.. ', '2.. '],
    ['1.2. ', '1.3. '],
    ['1. 2. ', '1. 3. '],
    [' 1.', ' 2.'],
  ])(
    'takes a title’s number “%s” for no part of its name when a section is inserted before it',
    (number, renumbered) => {
      expect(
        keptSectionAnchors(
          [`${number}Energy`, `${renumbered}Trade`],
          [
            { id: 'energy', topics: ['energy'] },
            { id: 'trade', topics: ['trade'] },
          ],
          withSections({ title: `${number}Trade`, id: 'trade-talks', topics: ['trade'] }),
        ),
      ).toEqual([
        { id: 'energy', topics: ['energy'] },
        { id: 'trade-talks', topics: ['trade'] },
      ]);
    },
  );

  it('takes a number within a title for part of its name', () => {
    expect(
      keptSectionAnchors(
        ['G7 summit', 'G20 summit'],
        [
          { id: 'g7-summit', topics: [] },
          { id: 'g20-summit', topics: [] },
        ],
        withSections({ title: 'G20 summit', id: 'g20', topics: [] }),
      ),
    ).toEqual([
      { id: 'g7-summit', topics: [] },
      { id: 'g20', topics: [] },
    ]);
  });

  it('takes a number followed by any spaces for no part of the name', () => {
    expect(
      keptSectionAnchors(
        ['1  Trade', '2  Trade and energy'],
        [
          { id: 'trade', topics: ['trade'] },
          { id: 'energy', topics: ['energy'] },
        ],
        withSections({ title: '1 Trade and energy', id: 'trade-and-energy', topics: ['energy'] }),
      ),
    ).toEqual([
      { id: 'trade', topics: ['trade'] },
      { id: 'trade-and-energy', topics: ['energy'] },
    ]);
  });

  // "Trade talks resumed" shares half its words with "Trade talks": only a title read without
  // its number, however the number is written, is the same word for word.
  it.each([['2.. '], ['1.12. '], ['1.2.. '], ['1.2.'], ['1.2. ']])(
    'reads a title renumbered as “%sTrade talks” as the one it was',
    (number) => {
      expect(
        keptSectionAnchors(
          [`${number}Trade talks resumed`, `${number}Trade talks`],
          [
            { id: 'trade-fair', topics: [] },
            { id: 'trade', topics: ['trade'] },
          ],
          withSections({ title: '1. Trade talks', id: 'trade-talks', topics: ['trade'] }),
        ),
      ).toEqual([
        { id: 'trade-fair', topics: [] },
        { id: 'trade-talks', topics: ['trade'] },
      ]);
    },
  );

  it('gives a new section an anchor that none of the kept ones takes', () => {
    expect(
      keptSectionAnchors(
        ['1. North Korea', '2. North Korea issues', '3. Regional affairs'],
        [
          { id: 'north-korea', topics: ['north-korea'] },
          { id: 'north-korea', topics: ['north-korea'] },
          { id: 'regional-affairs', topics: [] },
        ],
        withSections(
          { title: '1. North Korea', id: 'north-korea', topics: ['north-korea'] },
          { title: '2. Regional affairs', id: 'regional-affairs', topics: [] },
        ),
      ),
    ).toEqual([
      { id: 'north-korea', topics: ['north-korea'] },
      { id: 'north-korea-1', topics: ['north-korea'] },
      { id: 'regional-affairs', topics: [] },
    ]);
  });

  it('names a new section “section” when the importer has no anchor for it, and drops a removed one', () => {
    expect(
      keptSectionAnchors(
        ['1. Outer space', '2. Deep sea', '3. Regional affairs'],
        [{ id: '', topics: ['outer-space'] }],
        previous,
      ),
    ).toEqual([
      { id: 'section', topics: ['outer-space'] },
      { id: 'section-1', topics: [] },
      { id: 'regional-affairs', topics: [] },
    ]);
  });
});

describe('the paragraph anchors of a revised text without sections', () => {
  const previous = withParagraphs(
    { text: 'Foreign Minister Hayashi held a meeting with Minister Wong.', id: 'p1' },
    {
      text: 'The two ministers discussed the situation in North Korea.',
      id: 'north-korea',
      topics: ['north-korea'],
    },
    { text: 'They agreed to meet again.', id: 'closing' },
  );

  it('keeps a declared anchor and its topics, and a numbered one as no anchor, whatever the importer binds today', () => {
    expect(
      keptParagraphAnchors(
        [
          'Foreign Minister Hayashi held a meeting with Minister Wong.',
          'The two ministers discussed the situation in North Korea and Iran.',
          'They agreed to meet again.',
        ],
        [
          { id: 'japan-australia', topics: ['japan-australia-relations'] },
          { id: 'iran', topics: ['iran'] },
          undefined,
        ],
        previous,
      ),
    ).toEqual([
      undefined,
      { id: 'north-korea', topics: ['north-korea'] },
      { id: 'closing', topics: [] },
    ]);
  });

  it('takes a numbered anchor within a section’s for no declared one', () => {
    expect(
      keptParagraphAnchors(
        ['The leaders spoke about trade.'],
        [{ id: 'trade', topics: ['trade'] }],
        withParagraphs({ text: 'The leaders spoke about trade.', id: 'trade-p12' }),
      ),
    ).toEqual([undefined]);
  });

  it('binds a new paragraph as the importer does, under an anchor none of the kept takes, or none', () => {
    expect(
      keptParagraphAnchors(
        [
          'Foreign Minister Hayashi held a meeting with Minister Wong.',
          'The two ministers discussed the situation in North Korea.',
          'North Korea’s missile launches were condemned by both.',
          'Missiles again.',
          'The weather was fine.',
        ],
        [
          undefined,
          { id: 'north-korea', topics: ['north-korea'] },
          { id: 'north-korea', topics: ['north-korea'] },
          { id: '', topics: ['missiles'] },
          undefined,
        ],
        withParagraphs(
          { text: 'Foreign Minister Hayashi held a meeting with Minister Wong.', id: 'p1' },
          { text: 'The two ministers discussed the situation in North Korea.', id: 'north-korea' },
        ),
      ),
    ).toEqual([
      undefined,
      { id: 'north-korea', topics: [] },
      { id: 'north-korea-1', topics: ['north-korea'] },
      { id: 'topic', topics: ['missiles'] },
      undefined,
    ]);
  });
});
