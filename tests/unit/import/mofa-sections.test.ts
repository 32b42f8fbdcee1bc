import { describe, expect, it } from 'vitest';
import { classifyBlocks } from '../../../src/import/publishers/mofa/sections.ts';

const shape = (blocks: string[], leadIsItem = false) =>
  classifyBlocks(blocks, leadIsItem).map((block) =>
    block.type === 'paragraph' ? 'paragraph' : `${block.type} ${block.number}: ${block.title}`,
  );
const words = (count: number) =>
  Array.from({ length: count }, (_, index) => `word${String(index)}`).join(' ');

describe('a numbered line of a MOFA readout', () => {
  it('is a title up to 100 characters and 14 words', () => {
    expect(shape([`1. ${'x'.repeat(100)}`])).toEqual([`section 1: ${'x'.repeat(100)}`]);
    expect(shape([`1. ${'x'.repeat(101)}`])).toEqual(['paragraph']);
    expect(shape([`1. ${words(14)}`])).toEqual([`section 1: ${words(14)}`]);
    expect(shape([`1. ${words(15)}`])).toEqual(['paragraph']);
  });

  it('is a paragraph when it ends a sentence, inside quotes or brackets too', () => {
    for (const end of ['.', '!', '?', ':', ';', '。', '.”', '."', '.’', '.)', '.”)'])
      expect(shape([`1. The leaders agreed${end}`])).toEqual(['paragraph']);
    expect(shape(['1. The “Free and Open Indo-Pacific”'])).toEqual([
      'section 1: The “Free and Open Indo-Pacific”',
    ]);
  });

  it('is read through the slips "2. 2. Title" and "3.. Title"', () => {
    expect(shape(['1. Economy', '2. 2. Security', '3.. Culture', '4 4. Sport'])).toEqual([
      'section 1: Economy',
      'section 2: Security',
      'section 3: Culture',
      'section 4: Sport',
    ]);
  });

  it('goes on from 2 when the lead is item 1', () => {
    expect(shape(['1. Economy', '2. Security'], true)).toEqual([
      'paragraph',
      'section 2: Security',
    ]);
  });

  it('keeps the count when it is a numbered paragraph', () => {
    expect(
      shape(['1. The two leaders agreed to meet again.', '2. Economy', '3. Security']),
    ).toEqual(['paragraph', 'section 2: Economy', 'section 3: Security']);
  });

  it('starts its sub-items from (1) again in each section', () => {
    expect(
      shape(['1. Economy', '(1) Trade', '(2) Energy', '2. Security', '(1) Defence', '(3) Cyber']),
    ).toEqual([
      'section 1: Economy',
      'sub-item 1: Trade',
      'sub-item 2: Energy',
      'section 2: Security',
      'sub-item 1: Defence',
      'paragraph',
    ]);
  });

  it('is a paragraph after an appendix line, whatever its number', () => {
    for (const appendix of [
      '[Reference]',
      '(Note)',
      '(Notes)',
      '(Reference)',
      'Note: the text is provisional',
      'Reference: see below',
    ])
      expect(shape(['1. Economy', appendix, '2. Security', '(1) Defence'])).toEqual([
        'section 1: Economy',
        'paragraph',
        'paragraph',
        'paragraph',
      ]);
    expect(shape(['1. Economy', 'Notes on the talks', '2. Security'])).toEqual([
      'section 1: Economy',
      'paragraph',
      'section 2: Security',
    ]);
  });

  it('keeps its whole text, number and all, with the title apart', () => {
    expect(classifyBlocks(['1. Economy', '(1) Trade'])).toEqual([
      { type: 'section', number: 1, text: '1. Economy', title: 'Economy' },
      { type: 'sub-item', number: 1, text: '(1) Trade', title: 'Trade' },
    ]);
  });
});
