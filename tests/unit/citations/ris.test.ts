import { Cite } from '@citation-js/core';
import '@citation-js/plugin-ris';
import { describe, expect, test } from 'vitest';
import { paragraphOf, sectionOf, type CitedWork } from '../../../src/citations/cited-work.ts';
import { ris } from '../../../src/citations/ris.ts';
import { risRecords as records } from '../../support/ris-records.ts';

const readout: CitedWork = {
  key: '2020-01-02-smith-jones',
  publisher: 'Ministry of Examples',
  title: 'Minister Smith meets Minister Jones',
  shortTitle: 'Smith–Jones meeting, 2 January 2020',
  series: 'Example Relations',
  published: '2020-01-03',
  met: '2020-01-02',
  place: 'Geneva',
  url: 'https://example.org/meetings/2020-01-02-smith-jones/',
  originalUrl: 'https://example.gov/readout.html',
  language: 'en',
};
const section = sectionOf(readout, { id: 'trade', title: '2. Trade' });
const paragraph = paragraphOf(section, { id: 'trade-p3', number: '3' });

describe('an RIS record', () => {
  test('of a readout reads back, field by field, as a report by the ministry', () => {
    expect(records(ris(readout, '2026-11-27'))).toEqual([
      {
        TY: 'RPRT',
        TI: 'Minister Smith meets Minister Jones',
        ST: 'Smith–Jones meeting, 2 January 2020',
        AU: 'Ministry of Examples,',
        PB: 'Ministry of Examples',
        M3: 'Readout',
        CY: 'Geneva',
        T2: 'Example Relations',
        DA: '2020/01/03/',
        PY: '2020',
        LA: 'en',
        UR: 'https://example.org/meetings/2020-01-02-smith-jones/',
        Y2: '2026/11/27/',
        N1: 'Originally published at https://example.gov/readout.html',
        ID: '2020-01-02-smith-jones',
      },
    ]);
  });

  test('of a section and of a paragraph names them in both titles and points at their anchors', () => {
    expect(records(ris(section))[0]).toMatchObject({
      TI: 'Minister Smith meets Minister Jones: 2. Trade',
      ST: 'Smith–Jones meeting, 2 January 2020: 2. Trade',
      UR: 'https://example.org/meetings/2020-01-02-smith-jones/#trade',
      ID: '2020-01-02-smith-jones-trade',
    });
    expect(records(ris(paragraph))[0]).toMatchObject({
      TI: 'Minister Smith meets Minister Jones: 2. Trade, para. 3',
      ST: 'Smith–Jones meeting, 2 January 2020: 2. Trade, para. 3',
      UR: 'https://example.org/meetings/2020-01-02-smith-jones/#trade-p3',
      ID: '2020-01-02-smith-jones-trade-p3',
    });
  });

  test('leaves out what the work does not have, and the access date of a file readers download', () => {
    const bare: CitedWork = { ...readout, key: 'bare' };
    delete bare.place;
    delete bare.series;
    const fields = Object.keys(records(ris(bare))[0] ?? {});
    expect(fields).toEqual([
      'TY',
      'TI',
      'ST',
      'AU',
      'PB',
      'M3',
      'DA',
      'PY',
      'LA',
      'UR',
      'N1',
      'ID',
    ]);
  });

  test('of two accounts names both publishers, both titles and both originals', () => {
    const compared: CitedWork = {
      ...readout,
      comparedWith: {
        publisher: 'Other Ministry',
        title: 'Minister Jones meets Minister Smith',
        published: '2020-01-02',
        originalUrl: 'https://other.example/readout',
      },
    };
    const [record] = records(ris(compared));
    expect(record).toMatchObject({
      TI: 'Minister Smith meets Minister Jones; Minister Jones meets Minister Smith',
      AU: ['Ministry of Examples,', 'Other Ministry,'],
      N1: 'Originally published at https://example.gov/readout.html and https://other.example/readout',
    });
    expect(record).not.toHaveProperty('ST');
  });

  test('is read by citation-js as a report whose author is one name, not a person’s', () => {
    const [item] = new Cite(ris(section, '2026-11-27')).data as Record<string, unknown>[];
    expect(item).toMatchObject({
      type: 'report',
      genre: 'Readout',
      title: 'Minister Smith meets Minister Jones: 2. Trade',
      'title-short': 'Smith–Jones meeting, 2 January 2020: 2. Trade',
      // The comma that marks an organisation for EndNote leaves the name whole, with no given name.
      author: [{ family: 'Ministry of Examples', given: '' }],
      publisher: 'Ministry of Examples',
      'publisher-place': 'Geneva',
      'collection-title': 'Example Relations',
      issued: { 'date-parts': [[2020, 1, 3]] },
      accessed: { 'date-parts': [[2026, 11, 27]] },
      URL: 'https://example.org/meetings/2020-01-02-smith-jones/#trade',
      language: 'en',
    });
  });
});
