import { formatAccessDate, type DateStyle } from './access-date.ts';
import { bibtex } from './bibtex.ts';
import { chicago } from './chicago.ts';
import type { CitedWork } from './cited-work.ts';
import { cslJson } from './csl-json.ts';
import { ris } from './ris.ts';

/** One form a citation is offered in, as a page shows it. */
export interface CitationForm {
  format: 'Chicago' | 'BibTeX' | 'RIS' | 'CSL-JSON';
  text: string;
  /** The access date as the form writes it, which a script updates to the reader's own. */
  date: string;
  style: DateStyle;
  /** Shown as a block of code (BibTeX, CSL-JSON), not as a sentence. */
  block: boolean;
}

/** The citation of a work in the forms a page offers, accessed on a date (YYYY-MM-DD). */
export function citationForms(work: CitedWork, accessed: string): CitationForm[] {
  const chicagoDate = formatAccessDate(accessed, 'chicago');
  return [
    {
      format: 'Chicago',
      text: chicago(work, chicagoDate),
      date: chicagoDate,
      style: 'chicago',
      block: false,
    },
    { format: 'BibTeX', text: bibtex(work, accessed), date: accessed, style: 'iso', block: true },
    {
      format: 'RIS',
      text: ris(work, accessed),
      date: formatAccessDate(accessed, 'ris'),
      style: 'ris',
      block: true,
    },
    {
      format: 'CSL-JSON',
      text: cslJson(work, accessed),
      date: formatAccessDate(accessed, 'csl'),
      style: 'csl',
      block: true,
    },
  ];
}

/** The id of the element that holds a work's citation in one form (its copy button names it). */
export const citationId = (work: CitedWork, form: CitationForm): string =>
  `${citationAnchor(work)}_${form.format.toLowerCase()}`;

/** The id of the disclosure that holds a work's citation, which a link to it names. */
export const citationAnchor = (work: CitedWork): string => `cite_${work.key}`;
