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
    if (meta.compare) item.append(comparison(meta.counterparts ?? '', meta.compare));
    list.append(item);
  }
}

// Where the other side of the meeting published its own account: whether it speaks of the
// result's topic, and a link to the two accounts side by side.
function comparison(note: string, href: string): HTMLParagraphElement {
  const line = document.createElement('p');
  line.className = 'meta';
  const link = Object.assign(document.createElement('a'), {
    href,
    textContent: 'compare the accounts',
  });
  line.append(`${note}: `, link);
  return line;
}
