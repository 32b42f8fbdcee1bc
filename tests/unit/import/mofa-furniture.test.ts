import { describe, expect, it } from 'vitest';
import { splitSourcePage } from '../../../src/import/publishers/mofa/furniture.ts';

const split = (lines: string[]) => splitSourcePage(lines.join('\n\n'), 'page.txt');
/** The page's facts, each named whether it is there or not. */
const facts = (lines: string[]) => {
  const { series, title, published, url, lead: first, blocks, skipped } = split(lines);
  return { series, title, published, url, lead: first, blocks, skipped };
};
const lead = 'On March 3, Mr. A, B of C, held a meeting with Mr. D, E of F.';

describe('the furniture of a MOFA page', () => {
  it('reads a photo credit in each of its forms, keeping the first', () => {
    const credits: [string, string][] = [
      ['(Photo: Cabinet Public Relations Office)', 'Cabinet Public Relations Office'],
      ['Photo: Cabinet Public Relations Office', 'Cabinet Public Relations Office'],
      ['(Photos: MOFA)', 'MOFA'],
      ['Photograph : Kantei', 'Kantei'],
      ['(Photo credit: Pool)', 'Pool'],
    ];
    for (const [line, credit] of credits)
      expect(split(['Series', 'March 3, 2016', line, lead, '(Photo: Second)']).photoCredit).toBe(
        credit,
      );
    const page = split(['Series', 'March 3, 2016', '(Photo: X)', lead, '(Photo: Y)', 'Text.']);
    expect(page.blocks).toEqual(['Text.']);
    expect(page.skipped).toEqual([]);
  });

  it('reads a labelled URL anywhere, and a bare one only above the lead', () => {
    expect(split(['Series', 'March 3, 2016', lead, 'Text.', 'URL: https://a.example/x']).url).toBe(
      'https://a.example/x',
    );
    expect(split(['Original: http://a.example/y', 'Series', 'March 3, 2016', lead]).url).toBe(
      'http://a.example/y',
    );
    const bare = split(['https://a.example/z', 'Series', 'March 3, 2016', lead, 'Text.']);
    expect(bare).toMatchObject({ url: 'https://a.example/z', series: 'Series', blocks: ['Text.'] });
    expect(split(['Series', 'March 3, 2016', lead, 'Source: see the ministry']).blocks).toEqual([
      'Source: see the ministry',
    ]);
  });

  it('takes a bare URL above the dateline for the source when no paragraph opens with the day', () => {
    const page = split(['https://a.example/z', 'Series', 'March 3, 2016', 'The ministers met.']);
    expect(page).toMatchObject({ url: 'https://a.example/z', lead: 'The ministers met.' });
  });

  it('ends the text at each of the closing lines, and reports what follows them', () => {
    for (const closing of [
      'Back to Series',
      'Related Link',
      'Related Links',
      'Page Top',
      '(END)',
      'END',
    ])
      expect(
        split(['Series', 'March 3, 2016', lead, 'Text.', closing, 'Footer line']),
      ).toMatchObject({
        blocks: ['Text.'],
        skipped: ['Footer line'],
      });
    expect(split(['Series', 'March 3, 2016', lead, 'Related Links to the talks.']).blocks).toEqual([
      'Related Links to the talks.',
    ]);
    expect(split(['Series', 'March 3, 2016', lead, 'The END of an era.']).blocks).toEqual([
      'The END of an era.',
    ]);
  });

  it('reports the lines between the dateline and the lead', () => {
    expect(split(['Series', 'March 3, 2016', 'Japanese', lead]).skipped).toEqual(['Japanese']);
  });

  it('takes a single line above the dateline for a title when it names a meeting, else for the series', () => {
    for (const title of [
      'Japan-Canada Summit Telephone Talk',
      'Foreign Ministers’ Meeting',
      'Working Lunch',
      'Courtesy Call',
      'Visit to Japan',
      'Japan-China High-Level Dialogue',
      'Strategic Consultations',
      'Japan-ASEAN Summit',
      'Welcome Reception',
    ])
      expect(facts([title, 'March 3, 2016', lead])).toMatchObject({ title, series: undefined });
    for (const series of [
      'Japan-Summit Relations',
      'Press Release',
      'Press Releases',
      'Diplomatic Bluebook',
    ])
      expect(facts([series, 'March 3, 2016', lead])).toMatchObject({ series, title: undefined });
  });

  it('takes a series and a title above the dateline, reporting the lines between', () => {
    expect(
      facts([
        'Japan-Canada Relations',
        'Speeches',
        'Statements',
        'Summit Meeting',
        'March 3, 2016',
        lead,
      ]),
    ).toMatchObject({
      series: 'Japan-Canada Relations',
      title: 'Summit Meeting',
      skipped: ['Speeches', 'Statements'],
    });
    expect(facts(['Japan-Canada Relations', 'Speeches', 'March 3, 2016', lead])).toMatchObject({
      series: 'Japan-Canada Relations',
      title: undefined,
      skipped: ['Speeches'],
    });
  });

  it('takes the lead for the start of the text even without a dateline above it', () => {
    expect(facts(['Japan-Canada Relations', 'Summit Meeting', lead, 'Text.'])).toMatchObject({
      series: 'Japan-Canada Relations',
      title: 'Summit Meeting',
      published: undefined,
      lead,
      blocks: ['Text.'],
    });
  });

  it('finds no lead in a dateline with nothing after it', () => {
    expect(() => split(['Series', 'March 3, 2016'])).toThrow(
      'page.txt: no lead paragraph: expected a paragraph starting with the day of the meeting, such as "On September 21, commencing at ..."',
    );
  });

  it('takes the dateline only above the lead', () => {
    expect(facts([lead, 'March 4, 2016', 'Text.'])).toMatchObject({
      published: undefined,
      blocks: ['March 4, 2016', 'Text.'],
    });
  });
});
