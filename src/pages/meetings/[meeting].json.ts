import type { APIRoute, GetStaticPaths } from 'astro';
import { readoutPaths } from '../../lib/archive.ts';
import type { Readout } from '../../lib/readout.ts';
import { readoutExport } from '../../lib/readout-export.ts';

export const getStaticPaths = readoutPaths satisfies GetStaticPaths;

/** A readout as JSON: its metadata and every section, paragraph by paragraph, with ids. */
export const GET: APIRoute<{ readout: Readout }> = ({ props }) =>
  new Response(JSON.stringify(readoutExport(props.readout), null, 2), {
    headers: { 'content-type': 'application/json' },
  });
