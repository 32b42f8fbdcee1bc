import type { APIRoute } from 'astro';
import { getArchive } from '../../lib/archive.ts';
import { coverageOf } from '../../lib/counterpart-coverage.ts';
import { searchFiltersOf } from '../../lib/search-filters.ts';

/**
 * Every value of every filter of the search, for the search page to list when the reader opens
 * its filters: the index is split into volumes, each with only its own readouts' values, and a
 * search loads the volumes it reaches (src/search/volumes.ts).
 */
export const GET: APIRoute = async () => {
  const { readouts, counterparts } = await getArchive();
  const values = new Map<string, Set<string>>();
  for (const readout of readouts) {
    const coverage = coverageOf(readout, readout.topics, counterparts.get(readout.id) ?? []);
    for (const [name, value] of searchFiltersOf(readout, coverage)) {
      const known = values.get(name) ?? new Set();
      values.set(name, known.add(value));
    }
  }
  const sorted = [...values].map(([name, known]) => [name, [...known].sort()]);
  return new Response(JSON.stringify(Object.fromEntries(sorted)), {
    headers: { 'content-type': 'application/json' },
  });
};
