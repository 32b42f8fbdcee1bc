import { Cite } from '@citation-js/core';
import '@citation-js/plugin-csl';
import { describe, expect, test } from 'vitest';
import { bibtex } from '../../../src/citations/bibtex.ts';
import { chicago } from '../../../src/citations/chicago.ts';
import { paragraphOf, type CitedWork } from '../../../src/citations/cited-work.ts';
import { cslJson, workOfCslItem } from '../../../src/citations/csl-json.ts';
import { ris } from '../../../src/citations/ris.ts';
import { risRecords } from '../../support/ris-records.ts';

// A readout its publisher revised, cited as the archive captured it on 11 March 2023: every form
// names that version, and points at its page, whose words never change.
const version: CitedWork = {
  key: '2023-03-10-hayashi-wong',
  publisher: 'Ministry of Examples',
  title: 'Minister Hayashi meets Minister Wong',
  shortTitle: 'Hayashi–Wong meeting, 10 March 2023',
  published: '2023-03-10',
  met: '2023-03-10',
  version: '2023-03-11',
  url: 'https://example.org/meetings/2023-03-10-hayashi-wong/versions/2023-03-11/',
  originalUrl: 'https://example.gov/readout.html',
  language: 'en',
};
const paragraph = paragraphOf(version, { id: 'north-korea-p2', number: '2' });

describe('a citation of one version of a revised readout', () => {
  test('Chicago names the version after the date, and gives its address', () => {
    expect(chicago(paragraph, 'March 20, 2023')).toBe(
      'Ministry of Examples. “Minister Hayashi meets Minister Wong,” para. 2. March 10, 2023, version of March 11, 2023. Diplomatic Readouts, https://example.org/meetings/2023-03-10-hayashi-wong/versions/2023-03-11/#north-korea-p2 (accessed March 20, 2023). Originally published at https://example.gov/readout.html.',
    );
  });

  test('BibTeX gives biblatex’s version, RIS the edition, both the version’s address', () => {
    expect(bibtex(version, '2023-03-20')).toContain(
      '  version = {2023-03-11},\n  url = {https://example.org/meetings/2023-03-10-hayashi-wong/versions/2023-03-11/},',
    );
    expect(risRecords(ris(paragraph))[0]).toMatchObject({
      ET: 'version of 2023-03-11',
      UR: 'https://example.org/meetings/2023-03-10-hayashi-wong/versions/2023-03-11/#north-korea-p2',
    });
  });

  test('CSL-JSON carries the version, which citation-js reads, and the page’s script reads back', () => {
    const text = cslJson(paragraph, '2023-03-20');
    const [item] = new Cite(JSON.parse(text)).data as { version?: string; URL?: string }[];
    expect(item).toMatchObject({ version: '2023-03-11', URL: paragraph.url });
    const [parsed] = JSON.parse(text) as Parameters<typeof workOfCslItem>[0][];
    expect(parsed && workOfCslItem(parsed).version).toBe('2023-03-11');
  });
});
