import { link, mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { mapInTurn } from '../lib/in-turn.ts';
import type { ReadoutPage } from './readout-pages.ts';
import type { SearchVolume } from './volumes.ts';

/**
 * Indexes a volume's readout pages with Pagefind into the volume's folder of the site, and
 * returns how many pages it indexed. Pagefind reads a folder by a glob, and the readouts' ids
 * need not say their year: the pages are linked (hard links, no copy) into a folder of their
 * own first. Pagefind's binary is closed once the volume is written, so that it holds one
 * volume's words at a time, not the archive's.
 */
export async function indexVolume(
  site: string,
  volume: SearchVolume,
  pages: readonly ReadoutPage[],
): Promise<number> {
  const staging = join(site, '.search-volume');
  await rm(staging, { recursive: true, force: true });
  try {
    await mapInTurn(pages, 16, async ({ folder }) => {
      await mkdir(join(staging, folder), { recursive: true });
      await link(join(site, folder, 'index.html'), join(staging, folder, 'index.html'));
    });
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: staging, glob: 'meetings/*/index.html' });
    if (added.errors.length > 0)
      throw new Error(`Pagefind could not index ${site}: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: join(site, volume.path) });
    if (written.errors.length > 0)
      throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    return added.page_count;
  } finally {
    await pagefind.close();
    await rm(staging, { recursive: true, force: true });
  }
}
