import { boundTopicsOf, passagesOf, type Passage } from './passages.ts';
import type { Readout, Topic } from './readout.ts';

/** What one account says on a topic. */
export interface Account {
  readout: Readout;
  /** Its paragraphs on the topic, verbatim and in reading order; none when it is silent. */
  passages: Passage[];
  /** True when the readout lists the topic but binds none of its text to it. */
  listedOnly: boolean;
}

/** One topic, and what each account says on it. */
interface ComparedTopic {
  topic: Topic;
  sides: [Account, Account];
}

/** Two readouts of one meeting aligned topic by topic. */
export interface Comparison {
  readouts: [Readout, Readout];
  /** Every topic of either account: those its text is bound to, in the first account's order
   * and then the second's, then any it lists without binding text to them. */
  topics: ComparedTopic[];
  /** Each account's text before its first paragraph on a topic (who met, when). */
  opening: [Account, Account];
  /** The rest of each account's text on no topic (courtesies, a closing). */
  other: [Account, Account];
}

/** Aligns two accounts of a meeting by topic. */
export function compareReadouts(first: Readout, second: Readout): Comparison {
  const sides = [first, second] as const;
  const passages = sides.map(passagesOf) as [Passage[], Passage[]];
  // Topics a readout lists without binding text to them are compared too, and said to be so.
  const topics = [
    ...boundTopicsOf(first),
    ...boundTopicsOf(second),
    ...first.topics,
    ...second.topics,
  ].filter((topic, index, all) => all.findIndex(({ id }) => id === topic.id) === index);
  const account = (side: 0 | 1, topic: Topic): Account => {
    const on = passages[side].filter((p) => p.topics.some(({ id }) => id === topic.id));
    return {
      readout: sides[side],
      passages: on,
      listedOnly: on.length === 0 && sides[side].topics.some(({ id }) => id === topic.id),
    };
  };
  const unbound = (side: 0 | 1, part: 'opening' | 'other'): Account => {
    const all = passages[side];
    const firstBound = all.findIndex((p) => p.topics.length > 0);
    const end = firstBound < 0 ? all.length : firstBound;
    const text = part === 'opening' ? all.slice(0, end) : all.slice(end);
    return {
      readout: sides[side],
      passages: text.filter((p) => p.topics.length === 0),
      listedOnly: false,
    };
  };
  return {
    readouts: [first, second],
    topics: topics.map((topic) => ({ topic, sides: [account(0, topic), account(1, topic)] })),
    opening: [unbound(0, 'opening'), unbound(1, 'opening')],
    other: [unbound(0, 'other'), unbound(1, 'other')],
  };
}

/** Whether an account says anything on its topic. */
export const speaks = (account: Account): boolean => account.passages.length > 0;
