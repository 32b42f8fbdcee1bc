import type { APIRoute, GetStaticPaths } from 'astro';
import { citedWork } from '../../citations/cited-work.ts';
import { ris } from '../../citations/ris.ts';
import { readoutPaths } from '../../lib/archive.ts';
import type { Readout } from '../../lib/readout.ts';

export const getStaticPaths = readoutPaths satisfies GetStaticPaths;

/** A readout's citation as an RIS file, for EndNote, Mendeley and the like to import. */
export const GET: APIRoute<{ readout: Readout }> = ({ props: { readout } }) =>
  new Response(`${ris(citedWork(readout))}\n`, {
    headers: { 'content-type': 'application/x-research-info-systems; charset=utf-8' },
  });
