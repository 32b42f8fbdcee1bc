import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { compressIndex } from './compress-index.ts';
import { indexVolume } from './index-volume.ts';
import { readoutPages } from './readout-pages.ts';
import { searchVolumes, volumesFile, type SearchVolume, type VolumesFile } from './volumes.ts';

/**
 * The most readouts a volume holds, unless a single year has more: at 10,000 a first search
 * fetches about 75 KB of metadata, and Pagefind's binary holds about 2.6 GB while it indexes
 * them. READOUTS_SEARCH_VOLUME sets another (tests make volumes of a few readouts).
 */
const readoutsPerVolume = (): number => Number(process.env['READOUTS_SEARCH_VOLUME'] ?? 10_000);

/**
 * Builds the Pagefind search index of a built site, in volumes of consecutive years
 * (src/search/volumes.ts), one after another, and returns the number of pages indexed. The
 * newest volume is in the site's `pagefind/` folder, with the list of volumes the search page
 * reads; page addresses are relative to the site (the search page gives Pagefind the base
 * path). Brotli copies of the files are written beside them.
 */
export async function indexSite(site: string): Promise<number> {
  const pages = await readoutPages(site);
  const perYear = new Map<string, number>();
  for (const { year } of pages) perYear.set(year, (perYear.get(year) ?? 0) + 1);
  const planned = searchVolumes(perYear, readoutsPerVolume());
  // An archive without readouts still has an index, which finds nothing.
  const volumes: SearchVolume[] =
    planned.length > 0 ? planned : [{ path: 'pagefind/', years: [], readouts: 0 }];
  let indexed = 0;
  for (const volume of volumes) {
    const years = new Set(volume.years);
    indexed += await indexVolume(
      site,
      volume,
      pages.filter(({ year }) => years.has(year)),
    );
  }
  await writeFile(
    join(site, 'pagefind', volumesFile),
    JSON.stringify({ volumes } satisfies VolumesFile),
  );
  await compressIndex(join(site, 'pagefind'));
  return indexed;
}
