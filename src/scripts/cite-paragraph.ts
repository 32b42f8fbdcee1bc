// Loaded when a reader follows a paragraph's link (or arrives by one): offers below the
// paragraph a button that copies its link, and its citation: the template of its section (or,
// before the first section, of the readout) filled in with the paragraph's id and number. On a
// readout's page a section's template is on the section's own page, fetched when needed: a
// template for each section made the readout's page a third heavier.
import { placeholderParagraph } from '../citations/paragraph-placeholder.ts';
import { fillAccessDates } from './access-dates.ts';
import { enableCopyButtons } from './copy-links.ts';

async function templateOf(paragraph: HTMLElement): Promise<HTMLTemplateElement | null> {
  const holder = paragraph.closest<HTMLElement>('section, article');
  const here = holder?.querySelector('template');
  const page = holder?.dataset['citeTemplate'];
  if (here || !holder || !page) return here ?? null;
  const html = await fetch(page).then((response) => (response.ok ? response.text() : ''));
  const fetched = new DOMParser().parseFromString(html, 'text/html').querySelector('template');
  // Kept in its section: the next paragraph cited there needs no second request.
  if (fetched) holder.append(fetched);
  return fetched;
}

async function offerCitation(): Promise<void> {
  // Not `:target`, which a page that has just loaded may not match yet.
  const paragraph = document.getElementById(location.hash.slice(1));
  const number = paragraph?.dataset['paragraph'];
  const offered = () => document.getElementById(`cite-${paragraph?.id ?? ''}`);
  if (!paragraph || !number || offered()) return;
  const template = await templateOf(paragraph);
  if (!template || offered()) return;
  paragraph.insertAdjacentHTML(
    'afterend',
    template.innerHTML
      .replaceAll(placeholderParagraph.id, paragraph.id)
      .replaceAll(placeholderParagraph.number, number),
  );
  const citation = paragraph.nextElementSibling ?? document;
  fillAccessDates(citation);
  enableCopyButtons(citation);
}

addEventListener('hashchange', () => void offerCitation());
void offerCitation();
