import { readFileSync } from 'node:fs';
import type { APIRoute, GetStaticPaths } from 'astro';
import { readoutPaths } from '../../lib/archive.ts';
import type { Readout } from '../../lib/readout.ts';

export const getStaticPaths = readoutPaths satisfies GetStaticPaths;

/** A readout's Markdown source, exactly the file in `content/meetings/`. */
export const GET: APIRoute<{ readout: Readout }> = ({ props: { readout } }) => {
  // Read from the file, not the content store, which keeps no copy of the text.
  const file = readout.entry.filePath;
  if (!file) throw new Error(`Readout "${readout.id}" was loaded without its file's path.`);
  return new Response(readFileSync(file, 'utf8'), {
    headers: { 'content-type': 'text/markdown; charset=utf-8' },
  });
};
