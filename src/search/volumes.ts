/**
 * A part of the search index: the readouts of some consecutive years, in an index of its own.
 * Pagefind's metadata, which a search fetches whole before it looks up a word, holds a few
 * bytes for every page of its index (about 7.5 KB per 1,000 readouts), and its binary holds
 * every page's words until it writes the index: split into volumes, a first search fetches
 * the newest volume's, and the index is made one volume at a time.
 */
export interface SearchVolume {
  /** Its folder in the built site: `pagefind/` for the newest, `pagefind/<first>-<last>/` for others. */
  path: string;
  /** Its years, newest first. */
  years: string[];
  /** How many readouts it holds. */
  readouts: number;
}

/** What the search page reads of the volumes (`pagefind/volumes.json`). */
export interface VolumesFile {
  volumes: SearchVolume[];
}

/** The file, in the newest volume's folder, that lists the volumes. */
export const volumesFile = 'volumes.json';

const folderOf = (years: string[], newest: boolean): string => {
  if (newest) return 'pagefind/';
  const first = years.at(-1) ?? '';
  const last = years[0] ?? '';
  return `pagefind/${first === last ? first : `${first}-${last}`}/`;
};

/**
 * Splits the archive's years into volumes, newest first: each takes whole years, from the
 * newest, while it holds at most `most` readouts (a year alone may hold more). `perYear`
 * counts the readouts of each year.
 */
export function searchVolumes(perYear: ReadonlyMap<string, number>, most: number): SearchVolume[] {
  const volumes: { years: string[]; readouts: number }[] = [];
  for (const year of [...perYear.keys()].sort().reverse()) {
    const count = perYear.get(year) ?? 0;
    const last = volumes.at(-1);
    if (last && last.readouts + count <= most) {
      last.years.push(year);
      last.readouts += count;
    } else volumes.push({ years: [year], readouts: count });
  }
  return volumes.map((volume, index) => ({ ...volume, path: folderOf(volume.years, index === 0) }));
}
