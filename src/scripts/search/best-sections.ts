import { topicsMetaPrefix } from '../../lib/search-record.ts';
import type { ResultData, SubResult } from './pagefind-api.ts';

const anchorOf = (url: string): string => url.split('#')[1] ?? '';
const weightOf = (part: SubResult): number =>
  (part.weighted_locations ?? []).reduce((sum, { weight }) => sum + weight, 0);

/** The topics of each section (or bound paragraph) of a result, by its id. */
function sectionTopics(result: ResultData): Map<string, string[]> {
  return new Map(
    Object.entries(result.meta).flatMap(([key, titles]) =>
      key.startsWith(topicsMetaPrefix) && titles
        ? [[key.slice(topicsMetaPrefix.length), JSON.parse(titles) as string[]] as const]
        : [],
    ),
  );
}

/**
 * The sections of a readout that a result should offer, best first: those of the topics the
 * reader narrowed to, or else those where the words weigh most. The readout's own part (its
 * lead, without an anchor) comes only when no section holds the words.
 */
export function bestSections(result: ResultData, topics: string[]): SubResult[] {
  const parts = (result.sub_results ?? []).filter((part) => part.url !== result.url);
  if (topics.length > 0) {
    const topicsOf = sectionTopics(result);
    const onTopic = (id: string) => (topicsOf.get(id) ?? []).some((t) => topics.includes(t));
    const found = parts.filter((part) => onTopic(anchorOf(part.url)));
    if (found.length > 0) return found;
    // Narrowed to a topic without words to find, there is no sub-result: open the section anyway.
    return [...topicsOf.keys()].filter(onTopic).map((id) => ({
      title: topicsOf.get(id)?.join(', ') ?? id,
      url: `${result.url}#${id}`,
      excerpt: '',
    }));
  }
  const sorted = parts.sort((a, b) => weightOf(b) - weightOf(a));
  return sorted.length > 0 ? sorted : (result.sub_results ?? []);
}
