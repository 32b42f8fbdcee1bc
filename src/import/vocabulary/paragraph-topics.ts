import { normalise } from '../english/normalise.ts';
import { idMaker } from './slugger.ts';
import { topicsInText } from './topics.ts';
import type { Topic } from './vocabulary.ts';

/** A topic named only by its names that are not in `forms` ("Japan-U.S. Alliance", not "China"). */
const withoutForms = (topic: Topic, forms: ReadonlySet<string>): Topic => ({
  ...topic,
  title: forms.has(normalise(topic.title)) ? '' : topic.title,
  aliases: topic.aliases.filter((alias) => !forms.has(normalise(alias))),
});

/** A paragraph's declared anchor and the topics it is bound to. */
export interface ParagraphAnchor {
  id: string;
  topics: string[];
}

/** Words that name no topic, or name one only when nothing more specific is named. */
export interface Unsaid {
  /** Who met: the participants' names and roles ("Xi Jinping noted ..." is not on China). */
  people: readonly string[];
  /** The participants' countries: in a talk with China, "China's support" is on China only where
   * nothing else is named ("Regarding North Korea, ... China's support" is on North Korea). */
  countries: readonly string[];
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
  unsaid: Unsaid,
): (ParagraphAnchor | undefined)[] {
  const makeId = idMaker([]);
  const countries = new Set(unsaid.countries.map(normalise));
  return paragraphs.map((text) => {
    const all = topicsInText(text, topics, unsaid.people);
    const specific = all.filter(
      (topic) => topicsInText(text, [withoutForms(topic, countries)], unsaid.people).length > 0,
    );
    const named = (specific.length > 0 ? specific : all).map((topic) => topic.id);
    const [first] = named;
    return first === undefined ? undefined : { id: makeId(first, 'topic'), topics: named };
  });
}
