import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { bibtex } from '../../../src/citations/bibtex.ts';
import { citedWork } from '../../../src/citations/cited-work.ts';
import { cslJson, workOfCslItem } from '../../../src/citations/csl-json.ts';
import { referenceTags } from '../../../src/citations/reference-tags.ts';
import type { Readout, Version } from '../../../src/lib/readout.ts';
import { seedReadout } from '../../support/readouts.ts';
import { departmentWork } from '../../support/cited-works.ts';

let seed: Readout;
beforeAll(async () => {
  vi.stubEnv('SITE', 'https://example.org');
  seed = await seedReadout();
});
afterAll(() => {
  vi.unstubAllEnvs();
});

describe('the work a citation of a readout describes', () => {
  it('names where the meeting was, and the readout’s address', () => {
    const work = citedWork(seed);
    expect(work).toMatchObject({
      key: '2016-09-21-abe-biden',
      place: 'New York',
      url: 'https://example.org/meetings/2016-09-21-abe-biden/',
    });
    expect(work).not.toHaveProperty('version');
  });

  it('of a revised readout, names the version cited, at its own address', () => {
    const earlier: Readout = { ...seed };
    const current: Readout = { ...seed };
    const versions: Version[] = [
      { captured: '2016-09-21', readout: earlier, current: false },
      { captured: '2016-09-25', readout: current, current: true },
    ];
    earlier.versions = versions;
    current.versions = versions;
    expect(citedWork(earlier)).toMatchObject({
      version: '2016-09-21',
      url: 'https://example.org/meetings/2016-09-21-abe-biden/versions/2016-09-21/',
    });
    expect(citedWork(current)).toMatchObject({
      version: '2016-09-25',
      url: 'https://example.org/meetings/2016-09-21-abe-biden/versions/2016-09-25/',
    });
  });

  it('is read back from its CSL-JSON by the page’s script, the meeting’s place with it', () => {
    const work = citedWork(seed);
    const [item] = JSON.parse(cslJson(work, '2026-11-27')) as Parameters<typeof workOfCslItem>[0][];
    expect(item && workOfCslItem(item)).toMatchObject({ place: 'New York', key: work.key });
  });
});

describe('a BibTeX entry of a readout without a series', () => {
  it('has the fields of any other, and no series', () => {
    const entry = bibtex(departmentWork, '2026-11-27');
    expect([...entry.matchAll(/^ {2}(\S+) = /gm)].map(([, name]) => name)).toEqual([
      'author',
      'title',
      'howpublished',
      'year',
      'month',
      'date',
      'url',
      'urldate',
      'note',
      'language',
    ]);
  });
});

describe('the tags a page carries for indexers and reference managers', () => {
  it('are Highwire Press’s for Google Scholar and the like, and Dublin Core’s title', () => {
    const work = citedWork(seed);
    const tags = new Map(referenceTags(work, 'North Korea; TPP'));
    expect(tags.get('citation_title')).toBe(work.title);
    expect(tags.get('DC.title')).toBe(work.title);
    expect(tags.get('citation_publisher')).toBe('Ministry of Foreign Affairs of Japan');
    expect(tags.get('citation_keywords')).toBe('North Korea; TPP');
    expect(new Map(referenceTags(work)).has('citation_keywords')).toBe(false);
  });
});
