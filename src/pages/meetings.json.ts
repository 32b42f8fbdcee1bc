import type { APIRoute } from 'astro';
import { getArchive } from '../lib/archive.ts';
import { readoutSummary } from '../lib/readout-export.ts';

/** The archive's index: every readout, newest first, with the addresses of its page and exports. */
export const GET: APIRoute = async () => {
  const { readouts } = await getArchive();
  return new Response(JSON.stringify({ readouts: readouts.map(readoutSummary) }, null, 2), {
    headers: { 'content-type': 'application/json' },
  });
};
