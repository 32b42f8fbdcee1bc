import { beforeAll, describe, expect, it } from 'vitest';
import type { Readout } from '../../../src/lib/readout.ts';
import { paragraphText, readoutHtml, sectionHtml } from '../../../src/stored/html.ts';
import { fictionalAccounts } from '../../support/readouts.ts';

let ministry: Readout;
let department: Readout;
beforeAll(async () => {
  ({ ministry, department } = await fictionalAccounts());
});

describe('a readout’s HTML and text, read from its file', () => {
  it('give each readout its own, whichever was read last', () => {
    expect(paragraphText(ministry, 'energy-p1')).toMatch(/^Minister Varga explained/);
    expect(paragraphText(department, 'p4')).toBe('The two agreed to remain in close contact.');
    expect(paragraphText(ministry, 'p1')).toMatch(/^On March 15, commencing at 8:30 a\.m\./);
    expect(readoutHtml(department).leadHtml).toMatch(/^<p data-paragraph="1" id="p1">/);
    expect(Object.keys(readoutHtml(ministry).sections)).toEqual([
      'bilateral-relations',
      'energy',
      'arctic-shipping',
    ]);
    expect(sectionHtml(ministry, 'energy').headingHtml).toContain('<h2 id="energy">2. Energy</h2>');
  });

  it('refuse a paragraph or section the readout does not have, rather than show it empty', () => {
    expect(() => paragraphText(ministry, 'energy-p9')).toThrow(
      'The text of readout "2025-03-15-varga-marsh" has no paragraph "energy-p9".',
    );
    expect(() => sectionHtml(ministry, 'trade')).toThrow(
      'The HTML of readout "2025-03-15-varga-marsh" has no section "trade".',
    );
  });
});
