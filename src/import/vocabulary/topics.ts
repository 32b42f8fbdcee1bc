import { isReservedAnchor } from '../../markdown/anchor-ids.ts';
import { normalise, phraseIndex } from '../english/normalise.ts';
import { idSlug, type MakeId } from './slugger.ts';
import type { Topic } from './vocabulary.ts';

const namesOf = (topic: Topic): string[] => [topic.title, ...topic.aliases];

/** The topic a section title names, by the topic's title or one of its aliases, compared normalised. */
export function topicOfTitle(title: string, topics: readonly Topic[]): Topic | undefined {
  const wanted = normalise(title);
  return topics.find((topic) => namesOf(topic).some((name) => normalise(name) === wanted));
}

/**
 * The topics whose title or an alias occurs in the text, in the order the text first names
 * them. Words in `unsaid` are not read (who is speaking is no topic: "Xi Jinping noted ..."
 * names the topic China only by its speaker).
 */
export function topicsInText(
  text: string,
  topics: readonly Topic[],
  unsaid: readonly string[] = [],
): Topic[] {
  let normalisedText = ` ${normalise(text)} `;
  for (const words of unsaid
    .map(normalise)
    .filter(Boolean)
    .sort((a, b) => b.length - a.length))
    normalisedText = normalisedText.replaceAll(` ${words} `, ' | ');
  normalisedText = normalisedText.trim();
  return topics
    .map((topic) => ({
      topic,
      at: Math.min(
        ...namesOf(topic)
          .map((name) => phraseIndex(normalisedText, name))
          .filter((at) => at >= 0),
      ),
    }))
    .filter(({ at }) => Number.isFinite(at))
    .sort((a, b) => a.at - b.at)
    .map(({ topic }) => topic);
}

/**
 * A new topic for a title no topic matches. Its id is the title's slug (the project's one
 * slug function), but never one the build refuses as an anchor: "P5" is `p5-topic`, since
 * `topic-p5` has a paragraph id's form too, and "Changes" is `changes-topic`.
 */
export function newTopic(title: string, description: string, makeId: MakeId): Topic {
  // A title without letters an id can use gets the fallback, "topic".
  const id = isReservedAnchor(idSlug(title))
    ? makeId(`${title} topic`, 'topic')
    : makeId(title, 'topic');
  return { id, title, description, aliases: [] };
}
