import type { ResultData } from './pagefind-api.ts';
import { excerptNodes } from './safe-excerpt.ts';
import { highlightedUrl } from './search-state.ts';

/** Appends results to the list: the section (or readout) title, where it stands, the excerpt. */
export function appendResults(list: HTMLOListElement, results: ResultData[], query: string): void {
  for (const { url, excerpt, meta } of results) {
    const item = document.createElement('li');
    const link = document.createElement('a');
    link.href = highlightedUrl(meta.url ?? url, query);
    link.textContent = meta.title ?? url;
    const heading = document.createElement('h2');
    heading.append(link);
    const where = document.createElement('p');
    where.className = 'meta';
    where.textContent = [
      meta.readout === meta.title ? 'Readout' : `In ${meta.readout ?? ''}`,
      meta.date,
      meta.participants,
    ]
      .filter(Boolean)
      .join(' · ');
    const text = document.createElement('p');
    text.className = 'excerpt';
    text.append(...excerptNodes(excerpt));
    item.append(heading, where, text);
    list.append(item);
  }
}
