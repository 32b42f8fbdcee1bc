import { beforeAll, describe, expect, it } from 'vitest';
import { coverageOf } from '../../../src/lib/counterpart-coverage.ts';
import type { Readout, Version } from '../../../src/lib/readout.ts';
import { searchFiltersOf } from '../../../src/lib/search-filters.ts';
import { fictionalPair, readoutOf } from '../../support/readouts.ts';

let ministry: Readout;
let department: Readout;
let other: Readout;
beforeAll(async () => {
  const readouts = await fictionalPair();
  ministry = readoutOf(readouts, '2025-03-15-varga-marsh');
  department = readoutOf(readouts, '2025-03-14-marsh-varga');
  other = readoutOf(readouts, '2025-02-02-varga-lind');
});

/** The values of each filter a reader can narrow the search by, for a readout's record. */
function filtersOf(readout: Readout, others: Readout[] = []): Record<string, string[]> {
  const filters: Record<string, string[]> = {};
  for (const [name, value] of searchFiltersOf(readout, coverageOf(readout, readout.topics, others)))
    (filters[name] ??= []).push(value);
  return filters;
}

describe('the filters a readout’s search record offers', () => {
  it('are its topics, participants, year, kind of meeting and publisher', () => {
    expect(filtersOf(ministry)).toEqual({
      topic: ['Bilateral relations', 'Energy', 'Arctic shipping'],
      participant: ['Ilse Varga', 'Daniel Marsh'],
      year: ['2025'],
      kind: ['telephone talk'],
      publisher: ['Ministry of Foreign Affairs of Norvania'],
    });
  });

  it('tell the topics only this side reported from those the other account reports too', () => {
    const filters = filtersOf(ministry, [department]);
    expect(filters['one-side']).toEqual(['Arctic shipping']);
    expect(filters['both-sides']).toEqual(['Bilateral relations', 'Energy']);
    // The other side's record, for its part, reports trade alone.
    expect(filtersOf(department, [ministry])['one-side']).toEqual(['Trade']);
  });

  it('mark a readout its publisher revised, and only such a readout', () => {
    const version = (captured: string, current: boolean): Version => ({
      captured,
      readout: ministry,
      current,
    });
    const revised = {
      ...ministry,
      versions: [version('2025-03-15', false), version('2025-03-16', true)],
    };
    expect(filtersOf(revised)['versions']).toEqual(['Revised by the publisher']);
    expect(filtersOf(ministry)['versions']).toBeUndefined();
    expect(filtersOf(other)['versions']).toBeUndefined();
  });
});
