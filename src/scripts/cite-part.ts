// Loaded when a reader asks to cite a part of a readout: follows a paragraph's link (or arrives
// by one), or, on a readout's page, opens a section's "Cite this section". Below the paragraph it
// offers a button that copies its link, and its citation; in the section, the section's
// citation. Each is the citation the page shows in its header (the readout's, or on a
// section's page the section's) narrowed to the part: its CSL-JSON says what is cited, and the
// build's own code writes each form. No page carries a citation for each of its parts, and
// none is fetched. While a paragraph is the page's target, the tags reference managers read in
// the head describe it, so that "Save to Zotero" saves the paragraph the reader followed.
import { aroundAccessDate, today } from '../citations/access-date.ts';
import { paragraphOf, sectionOf, type CitedWork } from '../citations/cited-work.ts';
import { workOfCslItem, type CslItem } from '../citations/csl-json.ts';
import {
  citationAnchor,
  citationForms,
  citationId,
  type CitationForm,
} from '../citations/forms.ts';
import { referenceTags } from '../citations/reference-tags.ts';
import { enableCopyButtons } from './copy-links.ts';

const pageCitation = document.querySelector<HTMLDetailsElement>('article > header > .cite');

/** What the page's citation cites, read once from its CSL-JSON. */
const pageWork = ((): CitedWork | null => {
  const csl = pageCitation?.querySelector('[id$="_csl-json"]')?.textContent;
  const [item] = csl ? (JSON.parse(csl) as CslItem[]) : [];
  return item ? workOfCslItem(item) : null;
})();

/** The page's work, narrowed to the readout's section that holds an element. */
function workAround(part: Element): CitedWork | null {
  const section = part.closest<HTMLElement>('section.readout-section');
  const id = section?.getAttribute('aria-labelledby');
  const title = section?.dataset['title'];
  return pageWork && id && title ? sectionOf(pageWork, { id, title }) : pageWork;
}

/** Writes a form's text into an element, its access date marked as the build marks it. */
function writeForm(into: Element, { text, date, style }: CitationForm): void {
  const [before, after] = aroundAccessDate(text, date);
  const marked = Object.assign(document.createElement('span'), { textContent: date });
  marked.dataset['accessDate'] = style;
  into.replaceChildren(before, marked, after);
}

/** The page's citation, copied and rewritten for a part: "this section", "paragraph 2". */
function citationOf(template: HTMLDetailsElement, work: CitedWork, what: string, name: string) {
  const citation = template.cloneNode(true) as HTMLDetailsElement;
  citation.id = citationAnchor(work);
  citation.open = false;
  citation.querySelector('summary')?.replaceChildren(`Cite ${what}`);
  // The readout's RIS file is the readout's, not the part's.
  citation.querySelector('.cite-download')?.remove();
  const forms = citationForms(work, today());
  citation.querySelectorAll('.cite-format').forEach((format, index) => {
    const form = forms[index];
    const button = format.querySelector<HTMLElement>('[data-copy-target]');
    const text = format.querySelector('[id]');
    if (!form || !button || !text) return;
    button.dataset['copyTarget'] = text.id = citationId(work, form);
    button.querySelector('.sr-only')?.replaceChildren(` the ${form.format} citation of ${name}`);
    writeForm(text.querySelector('code') ?? text, form);
  });
  return citation;
}

/** The head's tags for reference managers, rewritten to describe a work (their names stay). */
function describeInHead(work: CitedWork): void {
  for (const [name, content] of referenceTags(work))
    document.head.querySelector(`meta[name="${name}"]`)?.setAttribute('content', content);
}

function citeParagraph(): void {
  // Not `:target`, which a page that has just loaded may not match yet.
  const paragraph = document.getElementById(location.hash.slice(1));
  const number = paragraph?.dataset['paragraph'];
  const work = paragraph && workAround(paragraph);
  const cited =
    paragraph && number && work ? paragraphOf(work, { id: paragraph.id, number }) : null;
  if (pageWork) describeInHead(cited ?? pageWork);
  if (!paragraph || !number || !cited || !pageCitation) return;
  if (document.getElementById(`cite-${paragraph.id}`)) return;
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
  offer.append(copyLink, citationOf(pageCitation, cited, 'this paragraph', `paragraph ${number}`));
  paragraph.after(offer);
  enableCopyButtons(offer);
}

/** Writes a section's citation into its disclosure on a readout's page, once it is opened. */
function citeSection(details: Element): void {
  const work = workAround(details);
  if (!work?.section || !pageCitation || details.querySelector('.cite-format')) return;
  const citation = citationOf(pageCitation, work, 'this section', `the section “${work.section}”`);
  citation.querySelector('summary')?.remove();
  details.id = citation.id;
  const elsewhere = details.querySelector('.cite-elsewhere');
  // A reader who tabbed to the link in its place before it was written stays at the same point.
  const focused = elsewhere?.contains(document.activeElement);
  elsewhere?.replaceWith(...citation.children);
  enableCopyButtons(details);
  if (focused) details.querySelector<HTMLElement>('[data-copy-target]')?.focus();
}

// The section whose opening loaded this script, and those opened after.
for (const details of document.querySelectorAll('[data-cite-section][open]')) citeSection(details);
addEventListener(
  'toggle',
  ({ target }) => {
    if (target instanceof Element && target.matches('[data-cite-section][open]'))
      citeSection(target);
  },
  true,
);
addEventListener('hashchange', citeParagraph);
citeParagraph();
