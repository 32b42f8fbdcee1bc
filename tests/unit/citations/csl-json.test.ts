import { Cite } from '@citation-js/core';
import '@citation-js/plugin-csl';
import { describe, expect, it } from 'vitest';
import { cslJson } from '../../../src/citations/csl-json.ts';
import { comparisonWork, ministryWork, sectionWork } from '../../support/cited-works.ts';

/** The items a reference manager's parser (citation-js) reads from our CSL-JSON. */
const imported = (json: string): Record<string, unknown>[] => new Cite(JSON.parse(json)).data;

/** The APA entry citation-js makes of our CSL-JSON. */
const apa = (json: string): string =>
  String(
    new Cite(JSON.parse(json)).format('bibliography', {
      format: 'text',
      template: 'apa',
      lang: 'en-US',
    }),
  );

describe('the CSL-JSON of a citation', () => {
  it('imports with the ministry as its author, as an organisation', () => {
    const json = cslJson(ministryWork, '2026-11-27');
    expect(imported(json)[0]?.['author']).toEqual([
      { literal: 'Ministry of Foreign Affairs of Westland' },
    ]);
    expect(apa(json)).toMatch(
      /^Ministry of Foreign Affairs of Westland\. \(2025\)\. Foreign Minister Varga holds talks with Secretary Marsh\. In Diplomatic Readouts \(Westland-Eastmark Relations\) \[Readout\]\./,
    );
  });

  it('of a comparison, imports with both ministries as its authors, and both titles', () => {
    const json = cslJson(comparisonWork, '2026-11-27');
    expect(imported(json)[0]?.['author']).toEqual([
      { literal: 'Ministry of Foreign Affairs of Westland' },
      { literal: 'Eastmark Department of State' },
    ]);
    expect(imported(json)[0]?.['title']).toBe(
      'Foreign Minister Varga holds talks with Secretary Marsh; Secretary Marsh’s call with Foreign Minister Varga',
    );
    expect(apa(json)).toMatch(
      /^Ministry of Foreign Affairs of Westland & Eastmark Department of State\. \(2025\)\. Foreign Minister Varga holds talks with Secretary Marsh; Secretary Marsh’s call with Foreign Minister Varga\./,
    );
  });

  it('gives the day the original was published and the day the reader accessed ours, each on one line', () => {
    const json = cslJson(ministryWork, '2026-11-07');
    expect(imported(json)[0]).toMatchObject({
      issued: { 'date-parts': [[2025, 3, 15]] },
      accessed: { 'date-parts': [[2026, 11, 7]] },
    });
    expect(json).toContain('"issued": {\n      "date-parts": [[2025, 3, 15]]\n    }');
    expect(json).toContain('"accessed": {\n      "date-parts": [[2026, 11, 7]]\n    }');
  });

  it('names the archive, the series, the language, our address and the original’s', () => {
    expect(imported(cslJson(ministryWork, '2026-11-27'))[0]).toMatchObject({
      id: '2025-03-15-varga-marsh',
      publisher: 'Ministry of Foreign Affairs of Westland',
      'container-title': 'Diplomatic Readouts',
      'collection-title': 'Westland-Eastmark Relations',
      language: 'en',
      URL: 'https://example.org/meetings/2025-03-15-varga-marsh/',
      note: 'Originally published at https://mfa.westland.example/press/2025/0315.html',
    });
    expect(imported(cslJson(comparisonWork, '2026-11-27'))[0]?.['note']).toBe(
      'Originally published at https://mfa.westland.example/press/2025/0315.html and https://state.eastmark.example/readouts/2025/03/secretary-marsh-call-varga',
    );
  });

  it('names a section in its title and as its section, and a whole readout no section', () => {
    const [section] = imported(cslJson(sectionWork, '2026-11-27'));
    expect(section).toMatchObject({
      title: 'Foreign Minister Varga holds talks with Secretary Marsh: 2. Trade',
      section: '2. Trade',
    });
    expect(imported(cslJson(ministryWork, '2026-11-27'))[0]).not.toHaveProperty('section');
  });
});
