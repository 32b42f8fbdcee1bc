import { bestSections } from './best-sections.ts';
import type { ResultData } from './pagefind-api.ts';
import { excerptNodes } from './safe-excerpt.ts';
import { highlightedUrl } from './search-state.ts';

/** Other sections of the same readout listed under a result, beside its best one. */
const moreSections = 2;

const element = <K extends keyof HTMLElementTagNameMap>(tag: K, className = '') =>
  Object.assign(document.createElement(tag), className ? { className } : {});

/**
 * Appends results to the list, each titled by its meeting (who met whom, when), its best
 * section beneath with an excerpt, then the other sections holding the words.
 */
export function appendResults(
  list: HTMLOListElement,
  results: ResultData[],
  query: string,
  topics: string[],
): void {
  for (const result of results) {
    const [best, ...others] = bestSections(result, topics);
    const item = element('li');
    const link = element('a');
    link.href = highlightedUrl(best?.url ?? result.url, query);
    link.textContent = [result.meta.meeting, result.meta.date].filter(Boolean).join(', ');
    const heading = element('h2');
    heading.append(link);
    const section = element('p', 'entry-section');
    section.textContent = best?.url.includes('#') ? best.title : 'Readout';
    const where = element('p', 'meta');
    where.textContent = result.meta.title ?? '';
    const text = element('p', 'excerpt');
    text.append(...excerptNodes(best?.excerpt ?? result.excerpt));
    item.append(heading, section, where, text);
    if (others.length > 0) {
      const also = element('ul', 'also-in');
      also.setAttribute('aria-label', 'Also in this readout');
      for (const other of others.slice(0, moreSections)) {
        const otherLink = element('a');
        otherLink.href = highlightedUrl(other.url, query);
        otherLink.textContent = other.title;
        const entry = element('li');
        entry.append(otherLink);
        also.append(entry);
      }
      item.append(also);
    }
    if (result.meta.compare)
      item.append(comparison(result.meta.counterparts ?? '', result.meta.compare));
    if (result.meta.changes) item.append(revision(result.meta.revised ?? '', result.meta.changes));
    list.append(item);
  }
}

// A readout its publisher revised: the result is its current text, and what changed is a link away.
function revision(note: string, href: string): HTMLParagraphElement {
  const line = element('p', 'meta');
  line.append(`${note}: `, Object.assign(element('a'), { href, textContent: 'what changed' }));
  return line;
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
