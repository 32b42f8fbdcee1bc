import { describe, expect, it } from 'vitest';
import { counted, countedTexts } from '../../../src/lib/counted.ts';

describe('counts as a reader reads them', () => {
  it('puts the noun in the plural unless the count is one', () => {
    expect(counted(1, 'readout')).toBe('1 readout');
    expect(counted(0, 'readout')).toBe('0 readouts');
    expect(counted(3, 'section')).toBe('3 sections');
  });

  it('separates thousands, as an archive of a ministry counts in them', () => {
    expect(counted(2338, 'result')).toBe('2,338 results');
    expect(counted(10000, 'readout')).toBe('10,000 readouts');
  });

  it('names paragraphs bound to a topic beside its sections, never "0 sections and"', () => {
    expect(countedTexts(1200, 3)).toBe('1,200 sections and 3 paragraphs');
    expect(countedTexts(0, 1)).toBe('1 paragraph');
    expect(countedTexts(0, 0)).toBe('0 sections');
  });
});
