// The search page: runs the query in the address on load, follows what the reader types,
// and keeps the address in step so that any search can be shared.
import { bindResultKeys } from './keyboard.ts';
import { loadPagefind, type SearchResponse } from './pagefind-api.ts';
import { renderFacets, updateFacetCounts } from './render-facets.ts';
import { appendResults } from './render-results.ts';
import { counted } from '../../lib/counted.ts';
import { path } from '../../lib/urls.ts';
import { searchByYear, type OrderedSearch } from './search-by-year.ts';
import {
  readState,
  retiredFiltersNote,
  topicsNarrowedTo,
  writeState,
  type SearchState,
} from './search-state.ts';

const pageSize = 10;
const pauseMs = 300;
const endsInShortWord = (text: string) => /(^|\s)\S{1,2}$/.test(text);
const base = path();
const form = document.querySelector<HTMLFormElement>('#search-form');
const input = document.querySelector<HTMLInputElement>('#search-query');
const results = document.querySelector<HTMLOListElement>('#search-results');
const status = document.querySelector<HTMLElement>('#search-status');
const filters = document.querySelector<HTMLDetailsElement>('#search-filters');
const facetsBox = document.querySelector<HTMLElement>('#search-facets');
const more = document.querySelector<HTMLButtonElement>('#search-more');

if (form && input && results && status && filters && facetsBox && more) {
  document.querySelector('#search-needs-js')?.remove();
  document.querySelector<HTMLElement>('#search-app')?.removeAttribute('hidden');
  let latest = 0;
  let response: SearchResponse | OrderedSearch | null = null;
  const total = () =>
    response && 'total' in response ? response.total : (response?.results.length ?? 0);
  let facetsDrawn: Promise<void> | undefined;
  let searching: Promise<unknown> = Promise.resolve();
  const address = new URLSearchParams(location.search);
  let state: SearchState = readState(address);
  const fromAddress = state;
  const retired = retiredFiltersNote(address);
  if (retired) {
    const note = document.createElement('p');
    note.className = 'notice';
    note.textContent = retired;
    status.before(note);
  }
  input.value = state.query;
  const sort = form.querySelector<HTMLSelectElement>('select[name="sort"]');
  if (sort) sort.value = state.sort;
  // The archive's years, newest first, written into the page when it was built.
  const years = (sort?.dataset['years'] ?? '').split(' ').filter(Boolean);

  // Until the facets are drawn the form holds no filters, and the filters of the address stand.
  const formState = (): SearchState => {
    const params = new URLSearchParams();
    for (const [key, value] of new FormData(form))
      if (typeof value === 'string') params.append(key, value);
    const read = readState(params);
    return facetsBox.childElementCount > 0 ? read : { ...read, filters: fromAddress.filters };
  };

  // Results appear one by one, in order, as their excerpts arrive. The first excerpt is fetched
  // alone, so that it need not share the connection with the next nine.
  const showMore = async (ticket: number) => {
    more.hidden = true;
    const start = results.children.length;
    if (response && 'fill' in response) await response.fill(start + pageSize);
    const page = (response?.results ?? []).slice(start, start + pageSize);
    const first = await page[0]?.data();
    for (const data of [first, ...page.slice(1).map((r) => r.data())]) {
      const result = await data;
      if (!result || ticket !== latest) return;
      appendResults(results, [result], state.query, topicsNarrowedTo(state));
    }
    more.hidden = results.children.length >= total();
  };

  const run = async () => {
    const ticket = ++latest;
    state = formState();
    const params = writeState(state).toString();
    history.replaceState(null, '', params ? `?${params}` : location.pathname);
    if (!state.query && Object.keys(state.filters).length === 0) {
      results.replaceChildren();
      status.textContent = '';
      more.hidden = true;
      return;
    }
    const pagefind = await loadPagefind(base);
    // Pagefind's worker answers one search at a time: a search waits for the one it runs.
    await searching;
    // Keys typed while the index loaded or an earlier search ran have started newer searches:
    // leave the field to them, so that of the searches that waited only the newest runs.
    if (ticket !== latest) return;
    const filterBy = Object.fromEntries(
      Object.entries(state.filters).map(([name, values]) => [name, { any: values }]),
    );
    const query = state.query || null;
    const search = state.sort
      ? searchByYear(pagefind, query, filterBy, years, state.sort)
      : pagefind.search(query, { filters: filterBy });
    searching = search.catch(() => null);
    const found = await search;
    if (ticket !== latest || !found) return;
    response = found;
    updateFacetCounts(facetsBox, found.filters);
    results.replaceChildren();
    const count = total();
    status.textContent = `${count === 0 ? 'No results' : counted(count, 'result')}${state.query ? ` for “${state.query}”` : ''}`;
    await showMore(ticket);
  };

  // The filters' data (tens of kilobytes on a large archive) loads when the reader opens the
  // panel, or when the address holds filters; the search then runs again to count by facet.
  filters.addEventListener('toggle', () => {
    if (!filters.open) return;
    facetsDrawn ??= (async () => {
      renderFacets(facetsBox, await (await loadPagefind(base)).filters(), fromAddress.filters);
      await run();
    })();
  });
  if (Object.keys(fromAddress.filters).length > 0) filters.open = true;

  // While the reader types, a last word of one or two letters waits for a pause: as a prefix it
  // matches thousands of words, the costliest search and the least telling. "UN" or "G7" typed
  // and left, or sent with Enter, is searched all the same.
  let paused: ReturnType<typeof setTimeout> | undefined;
  form.addEventListener('input', (event) => {
    clearTimeout(paused);
    // Only typing waits: a change of filter or sort searches at once.
    if (event.target === input && endsInShortWord(input.value))
      paused = setTimeout(() => void run(), pauseMs);
    else void run();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(paused);
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
