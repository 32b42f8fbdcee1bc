import { describe, expect, it } from 'vitest';
import { classifyBlocks } from '../../../src/import/publishers/mofa/sections.ts';
import { splitSourcePage } from '../../../src/import/publishers/mofa/furniture.ts';
import { fixtureText } from '../../support/import.ts';

const blocksOf = (name: string) => classifyBlocks(splitSourcePage(fixtureText(name), name).blocks);
const shape = (name: string) =>
  blocksOf(name).map((block) =>
    block.type === 'paragraph' ? 'paragraph' : `${block.type} ${block.number}: ${block.title}`,
  );

describe('the numbered structure of a readout', () => {
  it('reads numbered titles as sections', () => {
    expect(shape('titled-sections.txt')).toEqual([
      'section 1: Japan-Australia relations',
      'paragraph',
      'paragraph',
      'section 2: North Korea',
      'paragraph',
      'section 3: Regional affairs',
      'paragraph',
    ]);
  });

  it('reads "(1) Overall" as a sub-item of its section, numbered within the section', () => {
    expect(shape('sub-items.txt')).toEqual([
      'section 1: Japan-U.S. relations',
      'sub-item 1: Overall',
      'paragraph',
      'sub-item 2: Economy',
      'paragraph',
      'section 2: Regional affairs',
      'sub-item 1: North Korea',
      'paragraph',
      'sub-item 2: East China Sea',
      'paragraph',
    ]);
  });

  it('keeps numbered paragraphs without titles as paragraphs, number and all', () => {
    const blocks = blocksOf('untitled-numbered-paragraphs.txt');
    expect(blocks.map((block) => block.type)).toEqual(['paragraph', 'paragraph', 'paragraph']);
    expect(blocks[0]?.text).toMatch(/^1\. Minister Kishida stated/);
  });

  it('takes a numbered line for a title only when it continues the numbering', () => {
    expect(
      classifyBlocks([
        '2. Regional affairs',
        '1. Overall',
        '3 countries took part',
        '2. Economy',
      ]).map((block) => block.type),
    ).toEqual(['paragraph', 'section', 'paragraph', 'section']);
  });

  it('reads MOFA’s newer numbering without a period ("1 Opening remarks")', () => {
    expect(classifyBlocks(['1 Opening remarks', 'Text.'])[0]).toEqual({
      type: 'section',
      number: 1,
      text: '1 Opening remarks',
      title: 'Opening remarks',
    });
  });

  it('keeps a sub-item before any section as a paragraph: a sub-heading belongs to a section', () => {
    expect(classifyBlocks(['(1) Overall', 'Text.'])[0]?.type).toBe('paragraph');
  });

  it('keeps a sub-item that is a sentence as a paragraph', () => {
    expect(
      classifyBlocks(['1. Economy', '(1) The two leaders agreed to begin a dialogue.'])[1]?.type,
    ).toBe('paragraph');
  });
});
