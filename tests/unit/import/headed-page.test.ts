import { describe, expect, it } from 'vitest';
import { splitHeadedPage, type HeadedLayout } from '../../../src/import/publishers/headed-page.ts';

// A layout like the shapes' own: labels above the text, an end line, and a place line.
const layout: HeadedLayout = {
  labels: /^(?:Readout|Briefing Room)$/i,
  end: /^Tags$/i,
  place: /^\p{Lu}[\p{L}' .-]+,\s+\p{Lu}[\p{L}' .-]+$/u,
};
const split = (lines: string[], given = layout) => splitHeadedPage(lines.join('\n\n'), given);

describe('a page whose headline, labels and date stand above the text', () => {
  it('takes the first line that is neither a label nor a date for the headline, in any order', () => {
    const page = split([
      'Briefing Room',
      'January 27, 2021',
      'Readout',
      'The Secretary’s call',
      'The Secretary spoke today with the Minister.',
      'They agreed to meet.',
    ]);
    expect(page).toEqual({
      title: 'The Secretary’s call',
      published: '2021-01-27',
      placeLine: undefined,
      body: ['The Secretary spoke today with the Minister.', 'They agreed to meet.'],
      skipped: [],
    });
  });

  it('starts the text after the date, the labels below it and a place line', () => {
    const page = split([
      'Meeting with the Prime Minister',
      'Readout',
      '22 Oct 2022',
      'Readout',
      'Perth, Western Australia',
      'The Prime Minister met the Prime Minister of Japan today.',
    ]);
    expect(page.title).toBe('Meeting with the Prime Minister');
    expect(page.published).toBe('2022-10-22');
    expect(page.placeLine).toBe('Perth, Western Australia');
    expect(page.body).toEqual(['The Prime Minister met the Prime Minister of Japan today.']);
  });

  it('reads a date with its time ("2021-10-08 22:30") as the day', () => {
    const page = split(['2021-10-08 22:30', 'President Xi Holds Phone Talks', 'On October 8 ...']);
    expect(page.published).toBe('2021-10-08');
    expect(page.title).toBe('President Xi Holds Phone Talks');
    expect(page.body).toEqual(['On October 8 ...']);
  });

  it('takes no place line in a layout without one, or where the line is not a place', () => {
    const lines = ['Headline', 'June 1, 2022', 'Ottawa, Ontario', 'The text.'];
    expect(split(lines, { labels: layout.labels, end: layout.end })).toMatchObject({
      placeLine: undefined,
      body: ['Ottawa, Ontario', 'The text.'],
    });
    expect(split(['Headline', 'June 1, 2022', 'Today, they met.', 'Next.'])).toMatchObject({
      placeLine: undefined,
      body: ['Today, they met.', 'Next.'],
    });
  });

  it('ends the text at the layout’s end line, and keeps everything without one', () => {
    expect(split(['Headline', 'June 1, 2022', 'First.', 'Second.', 'Tags', 'Japan']).body).toEqual([
      'First.',
      'Second.',
    ]);
    expect(split(['Headline', 'June 1, 2022', 'First.', 'Second.']).body).toEqual([
      'First.',
      'Second.',
    ]);
  });

  it('ends the text at an end line only below the head (a headline "Tags" is no end)', () => {
    const page = split(['Tags', 'June 1, 2022', 'First.', 'Tags', 'Japan']);
    expect(page.title).toBe('Tags');
    expect(page.body).toEqual(['First.']);
  });

  it('reports the lines of the head that are no headline, date, place or label', () => {
    const page = split([
      'Readout',
      'Headline',
      'A subtitle the shape does not know',
      'June 1, 2022',
      'Ottawa, Ontario',
      'The text.',
    ]);
    expect(page.skipped).toEqual(['A subtitle the shape does not know']);
    expect(page.body).toEqual(['The text.']);
  });

  it('has no date when no line above the text is one', () => {
    const page = split(['Readout', 'Headline', 'The text.']);
    expect(page.published).toBeUndefined();
    expect(page.title).toBe('Headline');
    expect(page.body).toEqual(['The text.']);
  });
});
