import { idMaker } from './slugger.ts';
import { topicsInText } from './topics.ts';
import type { Topic } from './vocabulary.ts';

/** A paragraph's declared anchor and the topics it is bound to. */
export interface ParagraphAnchor {
  id: string;
  topics: string[];
}

/**
 * The paragraphs of a readout without titled sections bound to the topics each names by title
 * or alias, in the order it names them; `undefined` for a paragraph that names none. Its
 * anchor is its first topic's id, numbered when an earlier paragraph has it (`north-korea-1`),
 * so that the topic pages, the Topic filter and the comparison of two accounts find it.
 */
export function paragraphAnchors(
  paragraphs: readonly string[],
  topics: readonly Topic[],
  unsaid: readonly string[],
): (ParagraphAnchor | undefined)[] {
  const makeId = idMaker([]);
  return paragraphs.map((text) => {
    const named = topicsInText(text, topics, unsaid).map((topic) => topic.id);
    const [first] = named;
    return first === undefined ? undefined : { id: makeId(first, 'topic'), topics: named };
  });
}
