import { topicSides, type Coverage } from './counterpart-coverage.ts';
import { yearOf } from './dates.ts';
import type { Readout, Topic } from './readout.ts';
import { revisedValue, type FacetName } from './search-record.ts';

const titles = (topics: Topic[]) => topics.map((topic) => topic.data.title);

/**
 * The filters a readout's search record carries (the facets a reader narrows by) and their
 * values, given how the other accounts of its meeting cover its topics. The search page lists
 * every value of the archive from the same function (src/pages/search/filters.json.ts).
 */
export function searchFiltersOf(
  readout: Readout,
  coverage: Coverage[],
): (readonly [FacetName, string])[] {
  // A topic only one side reported is what a reader comparing accounts looks for first.
  const { oneSide, bothSides } = topicSides(readout.topics, coverage);
  return [
    ...titles(readout.topics).map((title) => ['topic', title] as const),
    ...readout.participants.map(({ person }) => ['participant', person.data.name] as const),
    ['year', yearOf(readout.data.date)],
    ['kind', readout.kind.data.label],
    ['publisher', readout.data.source.publisher],
    ...titles(oneSide).map((title) => ['one-side', title] as const),
    ...titles(bothSides).map((title) => ['both-sides', title] as const),
    ...(readout.versions.length > 1 ? [['versions', revisedValue] as const] : []),
  ];
}
