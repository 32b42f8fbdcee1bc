import type { ResultData, SubResult } from './pagefind-api.ts';

/** A result's meta `section-<id>` holds the title of the topic of its section `#<id>`. */
export const sectionMetaPrefix = 'section-';

const anchorOf = (url: string): string => url.split('#')[1] ?? '';
const weightOf = (part: SubResult): number =>
  (part.weighted_locations ?? []).reduce((sum, { weight }) => sum + weight, 0);

/**
 * The sections of a readout that a result should offer, best first: those of the topics the
 * reader narrowed to, or else those where the words weigh most. The readout's own part (its
 * lead, without an anchor) comes only when no section holds the words.
 */
export function bestSections(result: ResultData, topics: string[]): SubResult[] {
  const sectionTopics = new Map(
    Object.entries(result.meta).flatMap(([key, topic]) =>
      key.startsWith(sectionMetaPrefix) && topic
        ? [[key.slice(sectionMetaPrefix.length), topic]]
        : [],
    ),
  );
  const parts = (result.sub_results ?? []).filter((part) => part.url !== result.url);
  if (topics.length > 0) {
    const wanted = (part: SubResult) =>
      topics.includes(sectionTopics.get(anchorOf(part.url)) ?? '');
    const found = parts.filter(wanted);
    // Narrowed to a topic without words to find, the section has no sub-result: open it all the same.
    if (found.length > 0) return found;
    return [...sectionTopics]
      .filter(([, topic]) => topics.includes(topic))
      .map(([id, topic]) => ({ title: topic, url: `${result.url}#${id}`, excerpt: '' }));
  }
  const sorted = parts.sort((a, b) => weightOf(b) - weightOf(a));
  return sorted.length > 0 ? sorted : (result.sub_results ?? []);
}
