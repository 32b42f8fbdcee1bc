import { describe, expect, it } from 'vitest';
import { splitSourcePage } from '../../../src/import/publishers/mofa/furniture.ts';
import { fixture, fixtureText } from '../../support/import.ts';

describe('the page furniture of a MOFA readout', () => {
  it('takes the series, dateline and photo credit off the text, and stops at "Back to ..."', () => {
    const page = splitSourcePage(fixtureText('titled-sections.txt'), 'titled-sections.txt');
    expect(page.series).toBe('Japan-Australia Relations');
    expect(page.published).toBe('2017-04-10');
    expect(page.photoCredit).toBe('Ministry of Foreign Affairs of Japan');
    expect(page.lead).toMatch(/^On April 10, commencing at 4:30 p\.m\./);
    expect(page.blocks[0]).toBe('1. Japan-Australia relations');
    expect(page.blocks.at(-1)).toMatch(/entry into force of the TPP\.$/);
    expect(page.blocks.some((block) => block.startsWith('Back to'))).toBe(false);
    expect(page.skipped).toEqual([]);
  });

  it('has no photo credit when the page states none', () => {
    expect(splitSourcePage(fixtureText('dateline-differs.txt'), 'x').photoCredit).toBeUndefined();
  });

  it('reads a URL line as the source and keeps it out of the text', () => {
    const page = splitSourcePage(
      `Source: https://www.mofa.go.jp/a/b.html\n${fixtureText('dateline-differs.txt')}`,
      'x',
    );
    expect(page.url).toBe('https://www.mofa.go.jp/a/b.html');
    expect(page.series).toBe('Japan-Australia Relations');
  });

  it('keeps a bare URL inside the text as text', () => {
    const page = splitSourcePage(
      'Series\n\nMarch 3, 2016\n\nOn March 3, text.\n\nhttps://www.example.org/\n',
      'x',
    );
    expect(page.url).toBeUndefined();
    expect(page.blocks).toEqual(['https://www.example.org/']);
  });

  it('reads paragraphs separated by single line breaks, one per line', () => {
    const page = splitSourcePage(
      'Series\nMarch 3, 2016\nOn March 3, Mr. A, B of C, held a meeting with Mr. D, E of F.\n1. Title\nFirst paragraph.\nSecond paragraph.\nBack to Series',
      'x',
    );
    expect(page.blocks).toEqual(['1. Title', 'First paragraph.', 'Second paragraph.']);
  });

  it('rejoins a paragraph that was wrapped mid-sentence when copied', () => {
    const page = splitSourcePage(
      'Series\n\nMarch 3, 2016\n\nOn March 3, Mr. A, B of C, held a meeting\nwith Mr. D, E of F.\n\nThe two sides\nagreed.\n',
      'x',
    );
    expect(page.lead).toBe('On March 3, Mr. A, B of C, held a meeting with Mr. D, E of F.');
    expect(page.blocks).toEqual(['The two sides agreed.']);
  });

  it('reads a series line and the page’s own title above the dateline, and reports lines it drops that the shape does not explain', () => {
    const page = splitSourcePage(
      'Series\nA Summit Meeting\nMarch 3, 2016\n(Photo: X)\nJapanese\nOn March 3, text.\nBack to Series\nPage Top',
      'x',
    );
    expect(page).toMatchObject({ series: 'Series', title: 'A Summit Meeting' });
    expect(page.skipped).toEqual(['Japanese']);
  });

  it('takes no title from a line that names no meeting, and reports it', () => {
    const page = splitSourcePage('Series\nPage Top\nMarch 3, 2016\nOn March 3, text.', 'x');
    expect(page.title).toBeUndefined();
    expect(page.skipped).toEqual(['Page Top']);
  });

  it('has no publication date when the text has no dateline', () => {
    const page = splitSourcePage(fixtureText('no-dateline.txt'), fixture('no-dateline.txt'));
    expect(page.published).toBeUndefined();
    expect(page.lead).toMatch(/^On April 10, /);
  });

  it('takes the paragraph after the dateline for the lead when none opens with the day', () => {
    expect(splitSourcePage(fixtureText('no-lead.txt'), fixture('no-lead.txt')).lead).toBe(
      'Foreign Minister Kishida and Foreign Minister Bishop met in Tokyo.',
    );
  });

  it('refuses a text with neither a dateline nor a lead, naming the file', () => {
    expect(() => splitSourcePage('Series\n\nThe two ministers met.', 'x.txt')).toThrow(
      'x.txt: no lead paragraph',
    );
  });

  it('has no series when nothing stands above the dateline', () => {
    expect(splitSourcePage('March 3, 2016\n\nOn March 3, text.', 'x').series).toBeUndefined();
  });
});
