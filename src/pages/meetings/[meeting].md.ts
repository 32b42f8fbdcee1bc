import type { APIRoute, GetStaticPaths } from 'astro';
import { readoutPaths } from '../../lib/archive.ts';
import type { Readout } from '../../lib/readout.ts';

export const getStaticPaths = readoutPaths satisfies GetStaticPaths;

/** A readout's Markdown source, exactly the file in `content/meetings/`. */
export const GET: APIRoute<{ readout: Readout }> = ({ props }) =>
  new Response(props.readout.entry.body, {
    headers: { 'content-type': 'text/markdown; charset=utf-8' },
  });
