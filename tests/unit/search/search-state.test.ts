import { describe, expect, it } from 'vitest';
import {
  highlightedUrl,
  readState,
  topicsNarrowedTo,
  writeState,
  type SearchState,
} from '../../../src/scripts/search/search-state.ts';

describe('the search state in the address', () => {
  it('survives a round trip through URL parameters', () => {
    const state: SearchState = {
      query: 'North Korea',
      filters: { topic: ['China', 'Trans-Pacific Partnership (TPP)'], year: ['2016'] },
      sort: 'newest',
    };
    expect(readState(writeState(state))).toEqual(state);
  });

  it('leaves what is empty out of the address', () => {
    expect(writeState({ query: '', filters: {}, sort: '' }).toString()).toBe('');
    expect(writeState({ query: 'TPP', filters: {}, sort: '' }).toString()).toBe('q=TPP');
  });

  it('ignores unknown filters and sorts, and trims the query', () => {
    const state = readState(new URLSearchParams('q=%20TPP%20&colour=red&sort=random&kind=x'));
    expect(state).toEqual({ query: 'TPP', filters: { kind: ['x'] }, sort: '' });
  });

  it('gathers the topics a search is narrowed to from every facet of topics, once each', () => {
    const state = readState(
      new URLSearchParams('topic=Energy&one-side=Trade&both-sides=Energy&year=2025&publisher=X'),
    );
    expect(topicsNarrowedTo(state)).toEqual(['Energy', 'Trade']);
  });

  it('asks the result’s page to highlight each word, keeping the anchor last', () => {
    expect(highlightedUrl('/meetings/r/#tpp', 'early entry')).toBe(
      '/meetings/r/?highlight=early&highlight=entry#tpp',
    );
    expect(highlightedUrl('/meetings/r/', '  ')).toBe('/meetings/r/');
  });
});
