import type { APIRoute, GetStaticPaths } from 'astro';
import { getArchive } from '../../lib/archive.ts';
import type { Readout } from '../../lib/readout.ts';

export const getStaticPaths = (async () => {
  const { readouts } = await getArchive();
  return readouts.map((readout) => ({ params: { meeting: readout.id }, props: { readout } }));
}) satisfies GetStaticPaths;

/** A readout's Markdown source, exactly the file in `content/meetings/`. */
export const GET: APIRoute<{ readout: Readout }> = ({ props }) =>
  new Response(props.readout.entry.body, { headers: { 'content-type': 'text/markdown; charset=utf-8' } });
