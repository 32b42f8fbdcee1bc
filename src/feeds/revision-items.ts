import { utcDay } from '../lib/dates.ts';
import { excerpt } from '../stored/excerpt.ts';
import type { Readout } from '../lib/readout.ts';
import { absoluteUrl, changesPath } from '../lib/urls.ts';
import { changesBetween } from '../lib/version-changes.ts';
import { changesSummary } from '../versions/paragraph-changes.ts';
import { feedLength, type FeedItem } from './feed-item.ts';

/** A revision of a readout waiting to be an item: only the newest of a feed are written out. */
interface Revision {
  readout: Readout;
  index: number;
  published: Date;
}

/** "Revised: <title>", with what changed and where: a feed item of a readout's revision. */
function revisionItem({ readout, index }: Revision): FeedItem {
  const from = readout.versions[index - 1];
  const to = readout.versions[index];
  if (!from || !to) throw new Error(`Readout "${readout.id}" has no version ${String(index)}.`);
  const changes = changesBetween(from, to);
  const first = changes[0];
  const words = first && (first.change === 'removed' ? first.before.text : first.after.text);
  return {
    title: `Revised: ${to.readout.data.title}`,
    url: absoluteUrl(changesPath(readout.id, from.captured, to.captured)),
    published: utcDay(to.revised ?? to.captured),
    summary: `The publisher revised the readout: ${changesSummary(changes)}.${words ? ` ${excerpt(words, 300)}` : ''}`,
    tags: to.readout.topics.map((topic) => topic.data.title),
  };
}

/**
 * A feed's items with the revisions of its readouts among them, by date: each revision an item
 * ("Revised: <title>") of the day the publisher revised the text (or the archive captured it),
 * pointing at what changed. The items keep their order; only the newest of the feed are made.
 */
export function withRevisions(
  items: readonly FeedItem[],
  readouts: readonly Readout[],
): FeedItem[] {
  const revisions: Revision[] = [...new Set(readouts)]
    .flatMap((readout) =>
      readout.versions.slice(1).map((version, index) => ({
        readout,
        index: index + 1,
        published: utcDay(version.revised ?? version.captured),
      })),
    )
    .sort((a, b) => b.published.getTime() - a.published.getTime());
  const merged: (FeedItem | Revision)[] = [];
  let next = 0;
  for (const item of items) {
    for (let revision = revisions[next]; revision && revision.published > item.published;) {
      merged.push(revision);
      next += 1;
      revision = revisions[next];
    }
    merged.push(item);
    if (merged.length >= feedLength) break;
  }
  merged.push(...revisions.slice(next));
  return merged
    .slice(0, feedLength)
    .map((entry) => ('readout' in entry ? revisionItem(entry) : entry));
}
