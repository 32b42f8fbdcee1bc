import type { APIRoute, GetStaticPaths } from 'astro';
import { getArchive, readoutPaths } from '../../lib/archive.ts';
import type { Readout } from '../../lib/readout.ts';
import { readoutExport } from '../../lib/readout-export.ts';

export const getStaticPaths = readoutPaths satisfies GetStaticPaths;

/** A readout as JSON: its metadata and every section, paragraph by paragraph, with ids. */
export const GET: APIRoute<{ readout: Readout }> = async ({ props }) => {
  const counterparts = (await getArchive()).counterparts.get(props.readout.id);
  return new Response(JSON.stringify(readoutExport(props.readout, counterparts), null, 2), {
    headers: { 'content-type': 'application/json' },
  });
};
