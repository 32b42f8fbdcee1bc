import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { builtFiles } from '../checks/built-files.ts';
import { pageWeight, siteReader, withinBudget } from '../checks/page-weight.ts';

/** Every page of a build weighed against the budget: the heaviest, and how many are over. */
export interface PagesWeighed {
  maxPageBytesGzip: number;
  maxPagePath: string;
  pagesOverBudget: number;
}

/** Weighs every page of a built site (HTML and CSS, gzip), as `npm run check:budget` does. */
export async function weighPages(dist: string): Promise<PagesWeighed> {
  const load = siteReader(dist, '/');
  const weighed: PagesWeighed = { maxPageBytesGzip: 0, maxPagePath: '', pagesOverBudget: 0 };
  for (const page of await builtFiles(dist, ['.html'])) {
    const weight = pageWeight(await readFile(join(dist, page), 'utf8'), load);
    const { htmlAndCssGzip } = weight;
    if (!withinBudget(weight)) weighed.pagesOverBudget += 1;
    if (htmlAndCssGzip > weighed.maxPageBytesGzip)
      Object.assign(weighed, { maxPageBytesGzip: htmlAndCssGzip, maxPagePath: `/${page}` });
  }
  return weighed;
}
