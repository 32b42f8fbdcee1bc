// Loaded when a reader follows a paragraph's link (or arrives by one): offers below the
// paragraph a button that copies its link, and its citation. The citation is that of its
// section (or, before the first section, of the readout) as the page shows it, narrowed to the
// paragraph: the section's CSL-JSON says what is cited, and the same code as the build's
// writes each form. No page carries a citation for each paragraph, and none is fetched.
import { today } from '../citations/access-date.ts';
import { paragraphOf } from '../citations/cited-work.ts';
import { workOfCslItem, type CslItem } from '../citations/csl-json.ts';
import { citationForms, citationId, type CitationForm } from '../citations/forms.ts';
import { enableCopyButtons } from './copy-links.ts';

/** The citation shown for what holds the paragraph: a section, or the readout's header. */
const holderCitation = (paragraph: HTMLElement) =>
  paragraph
    .closest('section, article')
    ?.querySelector<HTMLDetailsElement>(':scope > details.cite, :scope > header > details.cite');

/** Writes a form's text into an element, its access date marked as the build marks it. */
function writeForm(into: Element, { text, date, style }: CitationForm): void {
  const at = text.lastIndexOf(date);
  const marked = Object.assign(document.createElement('span'), { textContent: date });
  marked.dataset['accessDate'] = style;
  into.replaceChildren(text.slice(0, at), marked, text.slice(at + date.length));
}

/** The holder's citation, copied and rewritten for one paragraph of it. */
function paragraphCitation(holder: HTMLDetailsElement, id: string, number: string) {
  const csl = holder.querySelector('[id$="_csl-json"]')?.textContent ?? '';
  const [item] = JSON.parse(csl) as CslItem[];
  if (!item) return null;
  const work = paragraphOf(workOfCslItem(item), { id, number });
  const citation = holder.cloneNode(true) as HTMLDetailsElement;
  citation.open = false;
  citation.querySelector('summary')?.replaceChildren('Cite this paragraph');
  const forms = citationForms(work, today());
  citation.querySelectorAll('.cite-format').forEach((format, index) => {
    const form = forms[index];
    const button = format.querySelector<HTMLElement>('[data-copy-target]');
    const text = format.querySelector('[id]');
    if (!form || !button || !text) return;
    button.dataset['copyTarget'] = text.id = citationId(work, form);
    button
      .querySelector('.sr-only')
      ?.replaceChildren(` the ${form.format} citation of paragraph ${number}`);
    writeForm(text.querySelector('code') ?? text, form);
  });
  return citation;
}

function offerCitation(): void {
  // Not `:target`, which a page that has just loaded may not match yet.
  const paragraph = document.getElementById(location.hash.slice(1));
  const number = paragraph?.dataset['paragraph'];
  const holder = paragraph && holderCitation(paragraph);
  if (!paragraph || !number || !holder || document.getElementById(`cite-${paragraph.id}`)) return;
  const citation = paragraphCitation(holder, paragraph.id, number);
  if (!citation) return;
  const offer = Object.assign(document.createElement('div'), {
    className: 'paragraph-cite',
    id: `cite-${paragraph.id}`,
  });
  const copyLink = Object.assign(document.createElement('button'), {
    type: 'button',
    className: 'copy-link',
    textContent: `Copy link to paragraph ${number}`,
  });
  copyLink.dataset['copyFragment'] = paragraph.id;
  offer.append(copyLink, citation);
  paragraph.after(offer);
  enableCopyButtons(offer);
}

addEventListener('hashchange', offerCitation);
offerCitation();
