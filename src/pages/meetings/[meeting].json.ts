import type { APIRoute, GetStaticPaths } from 'astro';
import { getArchive } from '../../lib/archive.ts';
import type { Readout } from '../../lib/readout.ts';
import { readoutExport } from '../../lib/readout-export.ts';

export const getStaticPaths = (async () => {
  const { readouts } = await getArchive();
  return readouts.map((readout) => ({ params: { meeting: readout.id }, props: { readout } }));
}) satisfies GetStaticPaths;

/** A readout as JSON: its metadata and every section, paragraph by paragraph, with ids. */
export const GET: APIRoute<{ readout: Readout }> = ({ props }) =>
  new Response(JSON.stringify(readoutExport(props.readout), null, 2), { headers: { 'content-type': 'application/json' } });
