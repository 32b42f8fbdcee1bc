import type { FilterCounts } from './pagefind-api.ts';
import { formatCount } from '../../lib/counted.ts';
import { facets } from '../../lib/search-record.ts';

/**
 * Draws a group of checkboxes per facet, once, with every value the archive has for it
 * (`values`), each group in two parts: the options the search has results for, and the rest,
 * collapsed. `updateFacetCounts` moves options between them.
 */
export function renderFacets(
  container: HTMLElement,
  valuesOf: Record<string, string[]>,
  selected: Record<string, string[]>,
): void {
  container.replaceChildren();
  for (const { name, label } of facets) {
    const values = [...(valuesOf[name] ?? [])].sort((a, b) =>
      name === 'year' ? b.localeCompare(a) : a.localeCompare(b),
    );
    if (values.length === 0) continue;
    const fieldset = document.createElement('fieldset');
    const legend = document.createElement('legend');
    legend.textContent = label;
    const found = Object.assign(document.createElement('div'), { className: 'facet-options' });
    // Empty, and so hidden, until the first counts file options under it: a summary without
    // words is a control without a name (axe's summary-name) however briefly it is shown.
    const rest = Object.assign(document.createElement('details'), {
      className: 'facet-rest',
      hidden: true,
    });
    rest.append(document.createElement('summary'));
    values.forEach((value, order) => {
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
      option.dataset['order'] = String(order);
      option.append(box, ` ${value} `, count);
      found.append(option);
    });
    fieldset.append(legend, found, rest);
    container.append(fieldset);
  }
}

/** Puts an option among others in its first order (alphabetical, years newest first). */
function place(option: HTMLElement, group: HTMLElement): void {
  if (option.parentElement === group) return;
  const order = Number(option.dataset['order']);
  const next = [...group.querySelectorAll<HTMLElement>(':scope > label')].find(
    (other) => Number(other.dataset['order']) > order,
  );
  group.insertBefore(option, next ?? null);
}

/**
 * Shows beside each option how many results the current search has with it, and files the
 * options without any (unless checked) under a collapsed "more": a vocabulary of hundreds of
 * topics would otherwise bury the few that matter under "(0)". The focused option stays put.
 */
export function updateFacetCounts(container: HTMLElement, counts: FilterCounts): void {
  for (const fieldset of container.querySelectorAll('fieldset')) {
    const found = fieldset.querySelector<HTMLElement>('.facet-options');
    const rest = fieldset.querySelector<HTMLDetailsElement>('.facet-rest');
    if (!found || !rest) continue;
    for (const count of fieldset.querySelectorAll<HTMLElement>('.facet-count')) {
      const n = counts[count.dataset['facet'] ?? '']?.[count.dataset['value'] ?? ''] ?? 0;
      count.textContent = `(${formatCount(n)})`;
      const option = count.parentElement;
      const box = option?.querySelector('input');
      if (!option || !box || option.contains(document.activeElement)) continue;
      place(option, n > 0 || box.checked ? found : rest);
    }
    const hidden = rest.querySelectorAll('label').length;
    rest.hidden = hidden === 0;
    const summary = rest.querySelector('summary');
    if (summary) summary.textContent = `${String(hidden)} more without results`;
  }
}
