import type { FilterCounts } from './pagefind-api.ts';
import { facets } from '../../lib/search-record.ts';

/** Draws a group of checkboxes per facet, once; `updateFacetCounts` keeps their counts current. */
export function renderFacets(
  container: HTMLElement,
  totals: FilterCounts,
  selected: Record<string, string[]>,
): void {
  container.replaceChildren();
  for (const { name, label } of facets) {
    const values = Object.keys(totals[name] ?? {}).sort((a, b) =>
      name === 'year' ? b.localeCompare(a) : a.localeCompare(b),
    );
    if (values.length === 0) continue;
    const fieldset = document.createElement('fieldset');
    const legend = document.createElement('legend');
    legend.textContent = label;
    fieldset.append(legend);
    for (const value of values) {
      const box = Object.assign(document.createElement('input'), {
        type: 'checkbox',
        name,
        value,
        checked: selected[name]?.includes(value) ?? false,
      });
      const count = Object.assign(document.createElement('span'), { className: 'facet-count' });
      count.dataset['facet'] = name;
      count.dataset['value'] = value;
      const option = document.createElement('label');
      option.append(box, ` ${value} `, count);
      fieldset.append(option);
    }
    container.append(fieldset);
  }
}

/** Shows, beside each facet value, how many results the current search has with it. */
export function updateFacetCounts(container: HTMLElement, counts: FilterCounts): void {
  for (const count of container.querySelectorAll<HTMLElement>('.facet-count')) {
    count.textContent = `(${String(counts[count.dataset['facet'] ?? '']?.[count.dataset['value'] ?? ''] ?? 0)})`;
  }
}
