import { describe, expect, it } from 'vitest';
import { readoutBlocks } from '../../../src/import/output/readout-blocks.ts';

describe('the blocks of a readout’s Markdown', () => {
  it('are the lead, then sections with their anchors, sub-items under their section’s, and paragraphs', () => {
    expect(
      readoutBlocks(
        'On April 10, the ministers met.',
        [
          { type: 'section', number: 1, text: '1. North Korea', title: 'North Korea' },
          { type: 'sub-item', number: 1, text: '(1) Missiles', title: 'Missiles' },
          { type: 'paragraph', text: 'They condemned the launches.' },
          { type: 'section', number: 2, text: '2. Regional affairs', title: 'Regional affairs' },
          { type: 'sub-item', number: 2, text: '(2) East China Sea', title: 'East China Sea' },
        ],
        [
          { id: 'north-korea', topics: ['north-korea'] },
          { id: 'regional-affairs', topics: [] },
        ],
      ),
    ).toStrictEqual([
      { type: 'paragraph', text: 'On April 10, the ministers met.' },
      {
        type: 'heading',
        depth: 2,
        text: '1. North Korea',
        anchor: { id: 'north-korea', topics: ['north-korea'] },
      },
      {
        type: 'heading',
        depth: 3,
        text: '(1) Missiles',
        anchor: { id: 'north-korea-1', topics: [] },
      },
      { type: 'paragraph', text: 'They condemned the launches.' },
      {
        type: 'heading',
        depth: 2,
        text: '2. Regional affairs',
        anchor: { id: 'regional-affairs', topics: [] },
      },
      {
        type: 'heading',
        depth: 3,
        text: '(2) East China Sea',
        anchor: { id: 'regional-affairs-2', topics: [] },
      },
    ]);
  });

  it('bind each paragraph of a readout without sections, the lead first, to its anchor or none', () => {
    expect(
      readoutBlocks(
        'The ministers met.',
        [
          { type: 'paragraph', text: '1. They discussed North Korea.' },
          { type: 'paragraph', text: '2. They discussed the weather.' },
          { type: 'paragraph', text: '3. They discussed trade.' },
        ],
        [],
        [
          { id: 'japan-australia', topics: ['japan-australia-relations'] },
          { id: 'north-korea', topics: ['north-korea'] },
          undefined,
          { id: 'trade', topics: ['trade', 'energy'] },
        ],
      ),
    ).toStrictEqual([
      {
        type: 'paragraph',
        text: 'The ministers met.',
        anchor: { id: 'japan-australia', topics: ['japan-australia-relations'] },
      },
      {
        type: 'paragraph',
        text: '1. They discussed North Korea.',
        anchor: { id: 'north-korea', topics: ['north-korea'] },
      },
      { type: 'paragraph', text: '2. They discussed the weather.' },
      {
        type: 'paragraph',
        text: '3. They discussed trade.',
        anchor: { id: 'trade', topics: ['trade', 'energy'] },
      },
    ]);
  });
});
