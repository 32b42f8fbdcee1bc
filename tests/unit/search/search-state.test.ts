import { describe, expect, it } from 'vitest';
import {
  highlightedUrl,
  readState,
  retiredFiltersNote,
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

  it('tells what a retired filter in the address asked, and what replaced it', () => {
    expect(retiredFiltersNote(new URLSearchParams('q=TPP&reported=One+side+only'))).toBe(
      'This address narrowed the search by “Topic reported by: One side only”, a filter the search no longer has; the filters offer “Topic only one side reported” and “Topic both sides reported” instead. The results are not narrowed by it.',
    );
    expect(retiredFiltersNote(new URLSearchParams('q=TPP&topic=China'))).toBe('');
    expect(writeState(readState(new URLSearchParams('q=TPP&reported=Both+sides'))).toString()).toBe(
      'q=TPP',
    );
  });

  it('asks the result’s page to highlight each word, keeping the anchor last', () => {
    expect(highlightedUrl('/meetings/r/#tpp', 'early entry')).toBe(
      '/meetings/r/?highlight=early&highlight=entry#tpp',
    );
    expect(highlightedUrl('/meetings/r/', '  ')).toBe('/meetings/r/');
  });
});
