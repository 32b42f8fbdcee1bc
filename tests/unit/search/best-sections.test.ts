import { describe, expect, it } from 'vitest';
import { bestSections } from '../../../src/scripts/search/best-sections.ts';
import type { ResultData } from '../../../src/scripts/search/pagefind-api.ts';

// A result as Pagefind gives it for the seed readout: its record's metadata (what
// src/components/SearchRecord.astro writes: the title, the publisher, the topics of each section
// and bound paragraph by its id) and the sub-results where the words were found.
const url = '/meetings/2016-09-21-abe-biden/';
const result: ResultData = {
  url,
  excerpt: 'Prime Minister Abe …',
  meta: {
    title: 'Abe meets Biden',
    publisher: 'Ministry of Foreign Affairs of Japan',
    'topics-north-korea': JSON.stringify(['North Korea']),
    'topics-tpp': JSON.stringify(['TPP', 'Trade']),
    'topics-china-p2': JSON.stringify(['China']),
  },
  sub_results: [
    { title: 'Abe meets Biden', url, excerpt: 'lead' },
    { title: '3. TPP', url: `${url}#tpp`, excerpt: 'tpp', weighted_locations: [{ weight: 1 }] },
    {
      title: '2. North Korea',
      url: `${url}#north-korea`,
      excerpt: 'nk',
      weighted_locations: [{ weight: 2 }, { weight: 1 }],
    },
  ],
};

describe('the sections a search result offers', () => {
  it('are those where the words weigh most, first, the readout’s own part left out', () => {
    expect(bestSections(structuredClone(result), []).map(({ title }) => title)).toEqual([
      '2. North Korea',
      '3. TPP',
    ]);
  });

  it('narrowed to a topic, are those on it, by the topics the record gives each', () => {
    expect(bestSections(structuredClone(result), ['Trade']).map(({ title }) => title)).toEqual([
      '3. TPP',
    ]);
  });

  it('narrowed to a topic whose words were not searched, open its section or paragraph anyway', () => {
    expect(bestSections(structuredClone(result), ['China'])).toEqual([
      { title: 'China', url: `${url}#china-p2`, excerpt: '' },
    ]);
  });

  it('are the readout itself when no section holds the words', () => {
    const lead = { ...result, sub_results: result.sub_results?.slice(0, 1) ?? [] };
    expect(bestSections(lead, []).map(({ url: at }) => at)).toEqual([url]);
  });
});
