// When a reader follows a paragraph's link (or arrives by one), offers below the paragraph a
// button that copies its link, and its citation: the template of its section (or, before the
// first section, of the readout) filled in with the paragraph's id and number.
import { placeholderParagraph } from '../citations/paragraph-placeholder.ts';
import { fillAccessDates } from './access-dates.ts';
import { enableCopyButtons } from './copy-links.ts';

function offerCitation(): void {
  // Not `:target`, which a page that has just loaded may not match yet.
  const paragraph = document.getElementById(location.hash.slice(1));
  const number = paragraph?.dataset['paragraph'];
  const template = paragraph?.closest('section, article')?.querySelector('template');
  if (!number || !template || document.getElementById(`cite-${paragraph.id}`)) return;
  paragraph.insertAdjacentHTML(
    'afterend',
    template.innerHTML
      .replaceAll(placeholderParagraph.id, paragraph.id)
      .replaceAll(placeholderParagraph.number, number),
  );
  const offered = paragraph.nextElementSibling ?? document;
  fillAccessDates(offered);
  enableCopyButtons(offered);
}

addEventListener('hashchange', offerCitation);
offerCitation();
