import { describe, expect, it } from 'vitest';
import { bibtex } from '../../../src/citations/bibtex.ts';
import type { CitedWork } from '../../../src/citations/cited-work.ts';

const work: CitedWork = {
  key: 'r-tpp',
  publisher: 'Ministry of Foreign Affairs of Japan',
  title: 'Talks on R&D_2 at 100% {draft} #1 ~ ^ $5',
  shortTitle: 'Smith–Jones meeting, 2 January 2020',
  section: '4. TPP',
  series: 'Japan_US',
  published: '2016-09-21',
  met: '2016-09-21',
  url: 'https://example.org/meetings/r/#tpp',
  originalUrl: 'https://www.mofa.go.jp/a_b.html',
  language: 'en',
};

describe('a BibTeX entry', () => {
  it('escapes the characters BibTeX reads as markup, in the title and the series', () => {
    const entry = bibtex(work, '2026-01-02');
    expect(entry).toContain(
      'title = {{Talks on R\\&D\\_2 at 100\\% \\{draft\\} \\#1 \\textasciitilde{} \\textasciicircum{} \\$5: 4. TPP}}',
    );
    expect(entry).toContain('series = {Japan\\_US}');
  });

  it('leaves addresses as they are, for \\url to read', () => {
    const entry = bibtex(work, '2026-01-02');
    expect(entry).toContain('url = {https://example.org/meetings/r/#tpp}');
    expect(entry).toContain(
      'note = {Originally published at \\url{https://www.mofa.go.jp/a_b.html}}',
    );
  });

  it('gives the month as BibTeX’s macro and the dates as written', async () => {
    await expect(bibtex(work, '2026-01-02')).toMatchFileSnapshot('__snapshots__/bibtex.bib');
  });
});
