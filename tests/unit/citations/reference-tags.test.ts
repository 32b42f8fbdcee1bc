import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { paragraphOf, sectionOf, type CitedWork } from '../../../src/citations/cited-work.ts';
import { referenceTags } from '../../../src/citations/reference-tags.ts';

// What Zotero's translation-server saved from the built pages (docs/zotero/README.md says how it
// was run). These tests hold the tags the pages carry to those items, so that a change to the
// tags that would change what Zotero saves fails here until translation-server is run again.
function saved(file: string): Record<string, unknown> {
  // translation-server answers the items it would save: here, one a page.
  const items = JSON.parse(readFileSync(`docs/zotero/${file}`, 'utf8')) as Record<
    string,
    unknown
  >[];
  expect(items).toHaveLength(1);
  return items[0] ?? {};
}

/** The field of a Zotero report each tag fills, as Embedded Metadata and RDF translators map them. */
const zoteroField: Record<string, string | undefined> = {
  citation_title: 'title',
  'DC.title': 'title',
  citation_technical_report_institution: 'institution',
  // A report's publisher is its institution.
  citation_publisher: 'institution',
  citation_date: 'date',
  citation_language: 'language',
  citation_public_url: 'url',
  // Zotero keeps no automatic tags.
  citation_keywords: undefined,
  'DC.type': 'reportType',
  'bibo.shortTitle': 'shortTitle',
  'eprints.event_location': 'place',
  'z.seriesTitle': 'seriesTitle',
  'z.extra': 'extra',
};
// What Zotero records of its own, and the abstract it takes from the page's description.
const bookkeeping = [
  'key',
  'version',
  'itemType',
  'creators',
  'tags',
  'libraryCatalog',
  'accessDate',
];

const readout: CitedWork = {
  key: '2016-09-21-abe-biden',
  publisher: 'Ministry of Foreign Affairs of Japan',
  title: 'Prime Minister Abe receives a courtesy call from Vice President Biden',
  shortTitle: 'Abe–Biden courtesy call, 21 September 2016',
  series: 'Japan-United States of America Relations',
  published: '2016-09-21',
  met: '2016-09-21',
  place: 'New York',
  url: 'https://readouts.example.org/meetings/2016-09-21-abe-biden/',
  originalUrl: 'https://www.mofa.go.jp/na/na1/us/page4e_000531.html',
  language: 'en',
};
const northKorea = sectionOf(readout, { id: 'north-korea', title: '2. North Korea' });
const call: CitedWork = {
  key: '2025-03-14-marsh-varga',
  publisher: 'Eastmark Department of State',
  title: "Secretary Marsh's call with Norvanian Foreign Minister Varga",
  shortTitle: 'Marsh–Varga telephone talk, 14 March 2025',
  series: 'Readouts',
  published: '2025-03-14',
  met: '2025-03-14',
  url: 'https://readouts.example.org/meetings/2025-03-14-marsh-varga/',
  originalUrl: 'https://state.eastmark.example/readouts/2025/03/secretary-marsh-call-varga',
  language: 'en',
};

const pages: [string, CitedWork][] = [
  ['readout.json', readout],
  ['section-tpp.json', sectionOf(readout, { id: 'tpp', title: '4. TPP' })],
  ['section-north-korea.json', northKorea],
  ['paragraph-address.json', paragraphOf(northKorea, { id: 'north-korea-p2', number: '2' })],
  ['paragraph-page.json', paragraphOf(call, { id: 'gas-tariffs', number: '3' })],
  ['published-later.json', { ...call, published: '2025-03-17' }],
];

describe('the tags a page carries for reference managers', () => {
  for (const [file, work] of pages)
    test(`are what Zotero saved as a report (${file})`, () => {
      const item = saved(file);
      expect(item).toMatchObject({ itemType: 'report', creators: [] });
      const tags = referenceTags(work, 'Some topic');
      for (const [name, content] of tags) {
        expect(Object.keys(zoteroField), `a tag no test maps: ${name}`).toContain(name);
        const field = zoteroField[name];
        if (field) expect(item[field], `${name} → ${field}`).toBe(content);
      }
      // Every field Zotero saved came from a tag, but the abstract (the page's description).
      const filled = new Set(tags.map(([name]) => zoteroField[name]));
      const unexplained = Object.keys(item).filter(
        (field) => !filled.has(field) && !bookkeeping.includes(field) && field !== 'abstractNote',
      );
      expect(unexplained).toEqual([]);
    });

  test('name the ministry as the institution only, never as an author Zotero would split', () => {
    const names = referenceTags(readout).map(([name]) => name);
    expect(names).toContain('citation_technical_report_institution');
    expect(names.filter((name) => /author|creator/i.test(name))).toEqual([]);
    expect(saved('before/readout.json')).toMatchObject({
      itemType: 'journalArticle',
      creators: [
        { firstName: 'Ministry of Foreign Affairs of', lastName: 'Japan', creatorType: 'author' },
      ],
    });
  });

  test('give the meeting’s day in Extra only when the page was published on another', () => {
    const extra = (work: CitedWork) =>
      referenceTags(work).find(([name]) => name === 'z.extra')?.[1];
    expect(extra(call)).toBe(`Originally published at ${call.originalUrl}`);
    expect(extra({ ...call, published: '2025-03-17' })).toBe(
      `Originally published at ${call.originalUrl}\nevent-date: 2025-03-14`,
    );
  });
});
