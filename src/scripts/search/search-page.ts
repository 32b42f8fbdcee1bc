// The search page: runs the query in the address on load, follows what the reader types,
// and keeps the address in step so that any search can be shared.
import { bindResultKeys } from './keyboard.ts';
import { loadPagefind, type SearchResponse } from './pagefind-api.ts';
import { renderFacets, updateFacetCounts } from './render-facets.ts';
import { appendResults } from './render-results.ts';
import { readState, writeState, type SearchState } from './search-state.ts';

const pageSize = 10;
const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
const form = document.querySelector<HTMLFormElement>('#search-form');
const input = document.querySelector<HTMLInputElement>('#search-query');
const results = document.querySelector<HTMLOListElement>('#search-results');
const status = document.querySelector<HTMLElement>('#search-status');
const facetsBox = document.querySelector<HTMLElement>('#search-facets');
const more = document.querySelector<HTMLButtonElement>('#search-more');

if (form && input && results && status && facetsBox && more) {
  document.querySelector('#search-needs-js')?.remove();
  document.querySelector<HTMLElement>('#search-app')?.removeAttribute('hidden');
  let latest = 0;
  let response: SearchResponse | null = null;
  let state: SearchState = readState(new URLSearchParams(location.search));
  const fromAddress = state;
  input.value = state.query;
  const sort = form.querySelector<HTMLSelectElement>('select[name="sort"]');
  if (sort) sort.value = state.sort;

  const formState = (): SearchState => {
    const params = new URLSearchParams();
    for (const [key, value] of new FormData(form)) if (typeof value === 'string') params.append(key, value);
    return readState(params);
  };

  // Results appear one by one, in order, as their excerpts arrive: the first need not wait for the tenth.
  const showMore = async (ticket: number) => {
    more.hidden = true;
    const start = results.children.length;
    for (const data of (response?.results ?? []).slice(start, start + pageSize).map((r) => r.data())) {
      const result = await data;
      if (ticket !== latest) return;
      appendResults(results, [result], state.query);
    }
    more.hidden = results.children.length >= (response?.results.length ?? 0);
  };

  // The facets are drawn once the index is loaded; until then the form holds no filters, and
  // the filters of the address stand.
  const drawFacets = async () => {
    if (facetsBox.childElementCount === 0) renderFacets(facetsBox, await (await loadPagefind(base)).filters(), fromAddress.filters);
  };

  const run = async () => {
    const ticket = ++latest;
    state = facetsBox.childElementCount > 0 ? formState() : { ...formState(), filters: fromAddress.filters };
    const params = writeState(state).toString();
    history.replaceState(null, '', params ? `?${params}` : location.pathname);
    if (!state.query && Object.keys(state.filters).length === 0) {
      results.replaceChildren();
      status.textContent = '';
      more.hidden = true;
      return;
    }
    const pagefind = await loadPagefind(base);
    // Pagefind counts results by facet only once its filters are loaded.
    await drawFacets();
    // Keys typed while the index loaded have started newer searches: leave the field to them.
    if (ticket !== latest) return;
    const filters = Object.fromEntries(Object.entries(state.filters).map(([name, values]) => [name, { any: values }]));
    const sort = state.sort ? { sort: { date: state.sort === 'newest' ? ('desc' as const) : ('asc' as const) } } : {};
    const found = await pagefind.search(state.query || null, { filters, ...sort });
    if (ticket !== latest || !found) return;
    response = found;
    updateFacetCounts(facetsBox, found.filters);
    results.replaceChildren();
    const count = found.results.length;
    status.textContent = `${count === 0 ? 'No results' : count === 1 ? '1 result' : `${count} results`}${state.query ? ` for “${state.query}”` : ''}`;
    await showMore(ticket);
  };

  form.addEventListener('input', () => void run());
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  more.addEventListener('click', () => void showMore(latest));
  // Loading the index as soon as the reader heads for the box makes the first query faster.
  input.addEventListener('focus', () => void loadPagefind(base), { once: true });
  bindResultKeys(input, results, () => {
    input.value = '';
    void run();
  });
  if (state.query || Object.keys(state.filters).length > 0) void run();
}
