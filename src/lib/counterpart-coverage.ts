import { boundTopicsOf } from './passages.ts';
import type { Readout, Topic } from './readout.ts';
import { comparePath } from './urls.ts';

/** Whether another account of a meeting speaks of some text's topics, and where to compare. */
export interface Coverage {
  other: Readout;
  /** True when the other account has text on at least one of the topics. */
  reports: boolean;
  /** The topics the other account has no text on. */
  unreported: Topic[];
  /** The comparison, at the row of the first topic. */
  href: string;
}

/** How each other account of the readout's meeting covers the topics of a section or paragraph. */
export function coverageOf(readout: Readout, topics: Topic[], others: Readout[]): Coverage[] {
  if (topics.length === 0) return [];
  return others.map((other) => {
    const covered = new Set(boundTopicsOf(other).map(({ id }) => id));
    const unreported = topics.filter(({ id }) => !covered.has(id));
    return {
      other,
      reports: unreported.length < topics.length,
      unreported,
      href: `${comparePath(readout.id, other.id)}#${topics[0]?.id ?? ''}`,
    };
  });
}

/** What a reader is told of a coverage: "Also reported by …" or "Not mentioned by …". */
export const coverageNote = ({ other, reports }: Coverage): string =>
  `${reports ? 'Also reported by' : 'Not mentioned by'} ${other.data.source.publisher}`;

/** Topics split by the other accounts' coverage of them: no other account reports them, or one does. */
export interface TopicSides {
  oneSide: Topic[];
  bothSides: Topic[];
}

/** Which of the topics only this side reported, and which another account reports too. */
export function topicSides(topics: Topic[], coverage: Coverage[]): TopicSides {
  if (coverage.length === 0) return { oneSide: [], bothSides: [] };
  const oneSide = topics.filter((topic) =>
    coverage.every(({ unreported }) => unreported.some(({ id }) => id === topic.id)),
  );
  return { oneSide, bothSides: topics.filter((topic) => !oneSide.includes(topic)) };
}
