import { afterEach, describe, expect, it, vi } from 'vitest';
import * as urls from '../../../src/lib/urls.ts';

// The archive's addresses are cited in papers and must answer for decades: each is written out
// here in full, so that a change to one fails a test before it breaks a citation.
describe('the archive’s addresses', () => {
  it('of a readout, its sections, versions, changes, comparisons and exports', () => {
    const id = '2016-09-21-abe-biden';
    expect([
      urls.meetingPath(id),
      urls.sectionPath(id, 'north-korea'),
      urls.sectionInReadoutPath(id, 'north-korea'),
      urls.comparePath(id, '2016-09-21-biden-abe'),
      urls.versionPath(id, '2016-09-22'),
      urls.changesPath(id),
      urls.changesPath(id, '2016-09-22', '2016-10-01'),
      urls.changesPath(id, '2016-09-22'),
      urls.meetingJsonPath(id),
      urls.meetingMarkdownPath(id),
      urls.meetingRisPath(id),
    ]).toEqual([
      '/meetings/2016-09-21-abe-biden/',
      '/meetings/2016-09-21-abe-biden/north-korea/',
      '/meetings/2016-09-21-abe-biden/#north-korea',
      '/meetings/2016-09-21-abe-biden/compare/2016-09-21-biden-abe/',
      '/meetings/2016-09-21-abe-biden/versions/2016-09-22/',
      '/meetings/2016-09-21-abe-biden/changes/',
      '/meetings/2016-09-21-abe-biden/changes/2016-09-22/2016-10-01/',
      '/meetings/2016-09-21-abe-biden/changes/',
      '/meetings/2016-09-21-abe-biden.json',
      '/meetings/2016-09-21-abe-biden.md',
      '/meetings/2016-09-21-abe-biden.ris',
    ]);
  });

  it('of the lists: topics, people, kinds of meeting, years, search, feeds', () => {
    expect([
      urls.path(),
      urls.topicPath('north-korea'),
      urls.topicsByNamePath('n'),
      urls.personPath('joe-biden'),
      urls.peopleByNamePath('b'),
      urls.kindPath('summit-meeting'),
      urls.yearsPath(),
      urls.searchPath(),
      urls.feedPath(),
      urls.jsonFeedPath(),
      urls.pageFeedPath(urls.topicPath('north-korea')),
    ]).toEqual([
      '/',
      '/topics/north-korea/',
      '/topics/by-name/n/',
      '/people/joe-biden/',
      '/people/by-name/b/',
      '/kinds/summit-meeting/',
      '/years/',
      '/search/',
      '/feed.xml',
      '/feed.json',
      '/topics/north-korea/feed.xml',
    ]);
  });

  it('of a year, a month and a day of a list', () => {
    const list = urls.topicPath('north-korea');
    expect([
      urls.periodPath(list, '2016'),
      urls.periodPath(list, '2016', '09'),
      urls.periodPath(list, '2016', '09', '21'),
      urls.periodPath(list, '2016', undefined, '21'),
    ]).toEqual([
      '/topics/north-korea/2016/',
      '/topics/north-korea/2016/09/',
      '/topics/north-korea/2016/09/21/',
      '/topics/north-korea/2016/',
    ]);
  });
});

describe('the addresses of a site served under a base path', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  it('all begin with it, however it is written', async () => {
    for (const base of ['/readouts', '/readouts/']) {
      vi.stubEnv('BASE_URL', base);
      vi.resetModules();
      const under = await import('../../../src/lib/urls.ts');
      expect([under.path(), under.meetingPath('a'), under.feedPath()]).toEqual([
        '/readouts/',
        '/readouts/meetings/a/',
        '/readouts/feed.xml',
      ]);
    }
  });

  it('give each page its absolute address on the configured site', async () => {
    vi.stubEnv('SITE', 'https://example.org');
    vi.stubEnv('BASE_URL', '/readouts/');
    const under = await import('../../../src/lib/urls.ts');
    expect(under.absoluteUrl(under.topicPath('trade'))).toBe(
      'https://example.org/readouts/topics/trade/',
    );
  });
});
