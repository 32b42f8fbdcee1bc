import { describe, expect, it } from 'vitest';
import { bibtex } from '../../../src/citations/bibtex.ts';
import { comparisonWork, departmentWork, ministryWork } from '../../support/cited-works.ts';

const field = (entry: string, name: string): string | undefined =>
  new RegExp(`^  ${name} = (.*?),?$`, 'm').exec(entry)?.[1];

describe('a BibTeX entry', () => {
  it('gives every month as BibTeX’s macro for it', () => {
    const macros = [
      'jan',
      'feb',
      'mar',
      'apr',
      'may',
      'jun',
      'jul',
      'aug',
      'sep',
      'oct',
      'nov',
      'dec',
    ];
    macros.forEach((macro, index) => {
      const published = `2025-${String(index + 1).padStart(2, '0')}-15`;
      const entry = bibtex({ ...ministryWork, published }, '2026-11-27');
      expect(field(entry, 'month'), published).toBe(macro);
      expect(field(entry, 'year'), published).toBe('{2025}');
      expect(field(entry, 'date'), published).toBe(`{${published}}`);
    });
  });

  it('names the ministry as its author, braced so that BibTeX keeps it whole', () => {
    const entry = bibtex(ministryWork, '2026-11-27');
    expect(entry.startsWith('@misc{2025-03-15-varga-marsh,\n')).toBe(true);
    expect(field(entry, 'author')).toBe('{{Ministry of Foreign Affairs of Westland}}');
    expect(field(entry, 'urldate')).toBe('{2026-11-27}');
    expect(field(entry, 'language')).toBe('{en}');
    expect(field(entry, 'howpublished')).toBe(
      '{\\url{https://example.org/meetings/2025-03-15-varga-marsh/}}',
    );
  });

  it('of a comparison, names both ministries joined by “and”, both titles and both originals', () => {
    const entry = bibtex(comparisonWork, '2026-11-27');
    expect(field(entry, 'author')).toBe(
      '{{Ministry of Foreign Affairs of Westland} and {Eastmark Department of State}}',
    );
    expect(field(entry, 'title')).toBe(
      '{{Foreign Minister Varga holds talks with Secretary Marsh; Secretary Marsh’s call with Foreign Minister Varga}}',
    );
    expect(field(entry, 'note')).toBe(
      '{Originally published at \\url{https://mfa.westland.example/press/2025/0315.html} and \\url{https://state.eastmark.example/readouts/2025/03/secretary-marsh-call-varga}}',
    );
  });

  it('has a series only when the ministry’s page names one', () => {
    expect(field(bibtex(ministryWork, '2026-11-27'), 'series')).toBe(
      '{Westland-Eastmark Relations}',
    );
    expect(bibtex(departmentWork, '2026-11-27')).not.toContain('series =');
  });
});
