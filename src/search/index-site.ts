import * as pagefind from 'pagefind';
import { compressIndex } from './compress-index.ts';

/**
 * Builds the Pagefind search index of a built site into its `pagefind/` folder and returns
 * the number of pages indexed. Its page addresses are relative to the site; the search page
 * gives Pagefind the base path. Brotli copies of its files are written beside them.
 */
export async function indexSite(site: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: site });
  if (added.errors.length > 0)
    throw new Error(`Pagefind could not index ${site}: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
  if (written.errors.length > 0)
    throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
  await pagefind.close();
  await compressIndex(`${site}/pagefind`);
  return added.page_count;
}
