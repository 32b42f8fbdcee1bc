// The state of a search is the search form itself: its fields are the URL's parameters, so
// that a search can be shared, bookmarked, and restored from the address.

import { facets, retiredFacets } from '../../lib/search-record.ts';

export interface SearchState {
  query: string;
  filters: Record<string, string[]>;
  sort: '' | 'newest' | 'oldest';
}

/** Reads a search from URL parameters (or the form's data). */
export function readState(params: URLSearchParams): SearchState {
  const filters: Record<string, string[]> = {};
  for (const { name } of facets) {
    const values = params.getAll(name);
    if (values.length > 0) filters[name] = values;
  }
  const sort = params.get('sort');
  return {
    query: (params.get('q') ?? '').trim(),
    filters,
    sort: sort === 'newest' || sort === 'oldest' ? sort : '',
  };
}

/**
 * What an address asks of filters the search no longer has, told to the reader, or '' when it
 * asks nothing of them. The address written back leaves them out.
 */
export function retiredFiltersNote(params: URLSearchParams): string {
  const label = (name: string) => facets.find((facet) => facet.name === name)?.label ?? name;
  return retiredFacets
    .flatMap(({ name, label: retired, replacedBy }) => {
      const values = params.getAll(name);
      if (values.length === 0) return [];
      const instead = replacedBy.map((other) => `“${label(other)}”`).join(' and ');
      return `This address narrowed the search by “${retired}: ${values.join(', ')}”, a filter the search no longer has; the filters offer ${instead} instead. The results are not narrowed by it.`;
    })
    .join(' ');
}

/** The topics a search is narrowed to, by any facet whose values are topics: where results open. */
export const topicsNarrowedTo = ({ filters }: SearchState): string[] => [
  ...new Set(facets.flatMap((facet) => ('ofTopics' in facet ? (filters[facet.name] ?? []) : []))),
];

/** Writes a search as URL parameters, leaving out what is empty. */
export function writeState({ query, filters, sort }: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (query) params.set('q', query);
  for (const [name, values] of Object.entries(filters))
    for (const value of values) params.append(name, value);
  if (sort) params.set('sort', sort);
  return params;
}

/** The address of a result, asking the page to highlight the words of the query. */
export function highlightedUrl(url: string, query: string): string {
  const [path = '', hash] = url.split('#');
  const params = new URLSearchParams();
  for (const word of query.split(/\s+/).filter(Boolean)) params.append('highlight', word);
  const search = params.size > 0 ? `?${params.toString()}` : '';
  return `${path}${search}${hash === undefined ? '' : `#${hash}`}`;
}
