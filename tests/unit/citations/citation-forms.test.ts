import { describe, expect, it } from 'vitest';
import { aroundAccessDate, formatAccessDate, today } from '../../../src/citations/access-date.ts';
import { bibtex } from '../../../src/citations/bibtex.ts';
import { chicago } from '../../../src/citations/chicago.ts';
import { cslJson } from '../../../src/citations/csl-json.ts';
import { ris } from '../../../src/citations/ris.ts';
import { citationAnchor, citationForms, citationId } from '../../../src/citations/forms.ts';
import { sectionWork } from '../../support/cited-works.ts';

describe('the forms a page offers a citation in', () => {
  const forms = citationForms(sectionWork, '2026-11-07');

  it('are Chicago as a sentence, then BibTeX, RIS and CSL-JSON as blocks of code', () => {
    expect(forms.map(({ format, style, block }) => ({ format, style, block }))).toEqual([
      { format: 'Chicago', style: 'chicago', block: false },
      { format: 'BibTeX', style: 'iso', block: true },
      { format: 'RIS', style: 'ris', block: true },
      { format: 'CSL-JSON', style: 'csl', block: true },
    ]);
  });

  it('each cite the work accessed on the day given, the date written as the form writes it', () => {
    expect(forms.map(({ text, date }) => ({ text, date }))).toEqual([
      { text: chicago(sectionWork, 'November 7, 2026'), date: 'November 7, 2026' },
      { text: bibtex(sectionWork, '2026-11-07'), date: '2026-11-07' },
      { text: ris(sectionWork, '2026-11-07'), date: '2026/11/07/' },
      { text: cslJson(sectionWork, '2026-11-07'), date: '2026, 11, 7' },
    ]);
    for (const { text, date } of forms) expect(text).toContain(date);
  });

  it('are named by the work’s key, and each by its format, for links and copy buttons', () => {
    expect(citationAnchor(sectionWork)).toBe('cite_2025-03-15-varga-marsh-trade');
    expect(forms.map((form) => citationId(sectionWork, form))).toEqual([
      'cite_2025-03-15-varga-marsh-trade_chicago',
      'cite_2025-03-15-varga-marsh-trade_bibtex',
      'cite_2025-03-15-varga-marsh-trade_ris',
      'cite_2025-03-15-varga-marsh-trade_csl-json',
    ]);
  });
});

describe('the access date of a citation', () => {
  it('is written as each form writes it', () => {
    expect(formatAccessDate('2026-01-02', 'chicago')).toBe('January 2, 2026');
    expect(formatAccessDate('2026-12-31', 'chicago')).toBe('December 31, 2026');
    expect(formatAccessDate('2026-01-02', 'iso')).toBe('2026-01-02');
    expect(formatAccessDate('2026-01-02', 'csl')).toBe('2026, 1, 2');
    expect(formatAccessDate('2026-01-02', 'ris')).toBe('2026/01/02/');
  });

  it('is today where the code runs, YYYY-MM-DD', () => {
    const local = (date: Date) =>
      [date.getFullYear(), date.getMonth() + 1, date.getDate()]
        .map((n) => String(n).padStart(2, '0'))
        .join('-');
    const before = local(new Date());
    const day = today();
    expect([before, local(new Date())]).toContain(day);
  });

  it('is found at its last occurrence, which a page marks for a script to replace', () => {
    expect(
      aroundAccessDate('Published 2026-01-02. Accessed 2026-01-02. End.', '2026-01-02'),
    ).toEqual(['Published 2026-01-02. Accessed ', '. End.']);
  });
});
