import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { mapInTurn } from '../lib/in-turn.ts';

/** A readout's page in a built site, and the year its search record files it under. */
export interface ReadoutPage {
  /** Its folder, relative to the site: `meetings/<readout>`. */
  folder: string;
  year: string;
}

// The search record's year (src/components/SearchRecord.astro): the year the search filters by.
const yearFilter = /\sdata-pagefind-filter="year:(\d{4})"/;

/**
 * The readout pages of a built site (each readout's own page, `meetings/<readout>/index.html`:
 * its sections are sub-results of its record), with their years, read a few at a time.
 */
export async function readoutPages(site: string): Promise<ReadoutPage[]> {
  const entries = await readdir(join(site, 'meetings'), { withFileTypes: true }).catch(
    (error: unknown) => {
      // A site without readouts has no folder of them.
      if ((error as { code?: string }).code === 'ENOENT') return [];
      throw error;
    },
  );
  const folders = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => `meetings/${entry.name}`)
    .sort();
  return mapInTurn(folders, 16, async (folder) => {
    const page = join(folder, 'index.html');
    const year = yearFilter.exec(await readFile(join(site, page), 'utf8'))?.[1];
    if (year === undefined)
      throw new Error(`${page} has no search record with a year: is SearchRecord on the page?`);
    return { folder, year };
  });
}
