import { readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';

/** The files of a built site with one of the extensions, as paths relative to the site. */
export async function builtFiles(site: string, extensions: string[]): Promise<string[]> {
  const entries = await readdir(site, { recursive: true, withFileTypes: true });
  return entries
    .filter(
      (entry) => entry.isFile() && extensions.some((extension) => entry.name.endsWith(extension)),
    )
    .map((entry) => relative(site, join(entry.parentPath, entry.name)))
    .filter((path) => !path.startsWith('pagefind/'))
    .sort();
}
