// The search page: runs the query in the address on load, follows what the reader types,
// and keeps the address in step so that any search can be shared.
import { bindResultKeys } from './keyboard.ts';
import { loadIndex, type IndexVolume, type Pagefind } from './pagefind-api.ts';
import { renderFacets, updateFacetCounts } from './render-facets.ts';
import { appendResults } from './render-results.ts';
import { counted } from '../../lib/counted.ts';
import { path, searchPath } from '../../lib/urls.ts';
import { searchArchive, type ArchiveSearch } from './search-archive.ts';
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
const facetsNote = document.querySelector<HTMLElement>('#search-facets-note');

if (form && input && results && status && filters && facetsBox && more && facetsNote) {
  document.querySelector('#search-needs-js')?.remove();
  document.querySelector<HTMLElement>('#search-app')?.removeAttribute('hidden');
  let latest = 0;
  let response: ArchiveSearch | null = null;
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

  // Once the filters are shown, each volume searched loads its filters' data first, so that
  // its results are counted by filter value; the data loads once for each volume.
  const withFilters = new WeakMap<Pagefind, Promise<unknown>>();
  const filtersLoaded = (pagefind: Pagefind) => {
    if (!withFilters.has(pagefind)) withFilters.set(pagefind, pagefind.filters());
    return withFilters.get(pagefind);
  };
  const searched = (volumes: IndexVolume[]): IndexVolume[] =>
    volumes.map(({ years, pagefind }) => ({
      years,
      pagefind: async () => {
        const loaded = await pagefind();
        if (facetsDrawn) await filtersLoaded(loaded);
        return loaded;
      },
    }));

  // "2,355 results for “Energy”", or, while volumes of the index are still to be searched,
  // the years of those counted: "2,355 results in 2021–2025 for “Energy”"; the facets' counts
  // say the same.
  const describe = ({ total, complete, years }: ArchiveSearch): void => {
    const count = total === 0 ? 'No results' : counted(total, 'result');
    const sorted = [...years].sort();
    const span = [...new Set([sorted[0], sorted.at(-1)])].join('–');
    status.textContent = `${count}${complete ? '' : ` in ${span}`}${state.query ? ` for “${state.query}”` : ''}`;
    facetsNote.hidden = complete;
    facetsNote.textContent = `Counted in ${span}, the years searched so far; other years are searched as you read on, or when you choose them.`;
  };

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
    if (!response) return;
    more.hidden = true;
    const start = results.children.length;
    await response.fill(start + pageSize);
    if (ticket !== latest) return;
    // Results from a volume searched only now change the count and the facets' counts.
    describe(response);
    updateFacetCounts(facetsBox, response.filters);
    const page = response.results.slice(start, start + pageSize);
    const first = await page[0]?.data();
    for (const data of [first, ...page.slice(1).map((r) => r.data())]) {
      const result = await data;
      if (!result || ticket !== latest) return;
      appendResults(results, [result], state.query, topicsNarrowedTo(state));
    }
    more.hidden = results.children.length >= response.total && response.complete;
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
    const volumes = await loadIndex(base);
    // Pagefind's worker answers one search at a time: a search waits for the one it runs.
    await searching;
    // Keys typed while the index loaded or an earlier search ran have started newer searches:
    // leave the field to them, so that of the searches that waited only the newest runs.
    if (ticket !== latest) return;
    const filterBy = Object.fromEntries(
      Object.entries(state.filters).map(([name, values]) => [name, { any: values }]),
    );
    const query = state.query || null;
    const search = searchArchive(searched(volumes), query, filterBy, state.sort, pageSize);
    searching = search.catch(() => null);
    const found = await search;
    if (ticket !== latest) return;
    response = found;
    results.replaceChildren();
    await showMore(ticket);
  };

  // The filters' data (tens of kilobytes a volume on a large archive) loads when the reader
  // opens the panel, or when the address holds filters: every value the archive has, and the
  // data of the volumes searched; the search then runs again to count by facet.
  filters.addEventListener('toggle', () => {
    if (!filters.open) return;
    facetsDrawn ??= (async () => {
      const [values] = await Promise.all([
        fetch(`${searchPath()}filters.json`).then(
          async (answer) => (await answer.json()) as Record<string, string[]>,
        ),
        loadIndex(base),
      ]);
      renderFacets(facetsBox, values, fromAddress.filters);
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
  // Loading the index as soon as the reader heads for the box makes the first query faster:
  // the newest volume's, where every search without years starts.
  input.addEventListener(
    'focus',
    () => void loadIndex(base).then((volumes) => volumes[0]?.pagefind()),
    {
      once: true,
    },
  );
  bindResultKeys(input, results, () => {
    input.value = '';
    void run();
  });
  if (state.query || Object.keys(state.filters).length > 0) void run();
}
