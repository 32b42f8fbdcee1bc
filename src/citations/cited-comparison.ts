import type { Readout } from '../lib/readout.ts';
import { absoluteUrl, comparePath } from '../lib/urls.ts';
import { citedWork, type CitedWork } from './cited-work.ts';

/** The work a citation of the comparison of two accounts of a meeting describes: both sources. */
export function citedComparison(first: Readout, second: Readout): CitedWork {
  const other = citedWork(second);
  return {
    ...citedWork(first),
    key: `${first.id}-compared-${second.id}`,
    url: absoluteUrl(comparePath(first.id, second.id)),
    comparedWith: {
      publisher: other.publisher,
      title: other.title,
      published: other.published,
      originalUrl: other.originalUrl,
    },
  };
}
