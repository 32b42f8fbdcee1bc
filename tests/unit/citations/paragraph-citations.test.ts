import { Cite } from '@citation-js/core';
import '@citation-js/plugin-csl';
import { describe, expect, test } from 'vitest';
import { bibtex } from '../../../src/citations/bibtex.ts';
import { chicago } from '../../../src/citations/chicago.ts';
import { paragraphOf, type CitedWork } from '../../../src/citations/cited-work.ts';
import { cslJson, workOfCslItem, type CslItem } from '../../../src/citations/csl-json.ts';

const readout: CitedWork = {
  key: '2020-01-02-smith-jones',
  publisher: 'Ministry of Examples',
  title: 'Minister Smith meets Minister Jones',
  shortTitle: 'Smith–Jones meeting, 2 January 2020',
  series: 'Example Relations',
  published: '2020-01-02',
  met: '2020-01-02',
  url: 'https://example.org/meetings/2020-01-02-smith-jones/',
  originalUrl: 'https://example.gov/readout.html',
  language: 'en',
};
const section: CitedWork = {
  ...readout,
  key: '2020-01-02-smith-jones-trade',
  section: '2. Trade',
  url: `${readout.url}#trade`,
};
const paragraph: CitedWork = {
  ...section,
  key: '2020-01-02-smith-jones-trade-p3',
  paragraph: '3',
  url: `${readout.url}#trade-p3`,
};

/** The bibliography entry citation-js makes of an item with one of its bundled styles. */
const rendered = (work: CitedWork, template: 'apa' | 'vancouver'): string =>
  String(
    new Cite(JSON.parse(cslJson(work, '2026-11-27'))).format('bibliography', {
      format: 'text',
      template,
      lang: 'en-US',
    }),
  );

describe('the citation of a paragraph', () => {
  test('names the section and the paragraph in Chicago', () => {
    expect(chicago(paragraph, 'November 27, 2026')).toBe(
      'Ministry of Examples. “Minister Smith meets Minister Jones.” Section “2. Trade,” para. 3. Example Relations. January 2, 2020. Diplomatic Readouts, https://example.org/meetings/2020-01-02-smith-jones/#trade-p3 (accessed November 27, 2026). Originally published at https://example.gov/readout.html.',
    );
  });

  test('of a paragraph before any section names the paragraph after the title', () => {
    const lead = { ...readout, paragraph: '1', url: `${readout.url}#p1` };
    expect(chicago(lead, 'November 27, 2026')).toContain(
      '“Minister Smith meets Minister Jones,” para. 1. Example Relations.',
    );
  });

  test('puts the section and paragraph in the BibTeX title, and its anchor in the address', () => {
    const entry = bibtex(paragraph, '2026-11-27');
    expect(entry).toContain('@misc{2020-01-02-smith-jones-trade-p3,');
    expect(entry).toContain('title = {{Minister Smith meets Minister Jones: 2. Trade, para. 3}}');
    expect(entry).toContain(
      'url = {https://example.org/meetings/2020-01-02-smith-jones/#trade-p3}',
    );
  });

  for (const template of ['apa', 'vancouver'] as const) {
    test(`shows the section, and the paragraph, when citation-js renders its CSL-JSON in ${template}`, () => {
      expect(rendered(section, template)).toContain(
        'Minister Smith meets Minister Jones: 2. Trade',
      );
      expect(rendered(paragraph, template)).toContain(
        'Minister Smith meets Minister Jones: 2. Trade, para. 3',
      );
      expect(rendered(paragraph, template)).toContain('#trade-p3');
    });
  }
});

// A page's script cites a paragraph from its section's citation on the page: what it reads
// back must be the work the build wrote, and its narrowing the paragraph's own citation.
describe('a paragraph cited from its section’s citation', () => {
  const readBack = (work: CitedWork) => {
    const [item] = JSON.parse(cslJson(work, '2026-11-27')) as CslItem[];
    return item && workOfCslItem(item);
  };
  const withoutSeries: CitedWork = { ...readout, key: 'unseried' };
  delete withoutSeries.series;

  test('reads back from the CSL-JSON the work of a section or a readout, with or without a series', () => {
    expect(readBack(section)).toEqual(section);
    expect(readBack(readout)).toEqual(readout);
    expect(readBack(withoutSeries)).toEqual(withoutSeries);
    expect(readBack({ ...section, title: 'Talks: Part One', section: 'A: B' })).toEqual({
      ...section,
      title: 'Talks: Part One',
      section: 'A: B',
    });
  });

  test('narrows a section’s work to a paragraph of it, and a readout’s to a paragraph before its sections', () => {
    expect(paragraphOf(section, { id: 'trade-p3', number: '3' })).toEqual(paragraph);
    expect(paragraphOf(readout, { id: 'p1', number: '1' })).toEqual({
      ...readout,
      key: '2020-01-02-smith-jones-p1',
      paragraph: '1',
      url: `${readout.url}#p1`,
    });
  });
});
