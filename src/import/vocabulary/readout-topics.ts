import { paragraphIdPattern } from '../../markdown/anchor-ids.ts';
import type { BodyBlock } from '../source/sections.ts';
import { sectionTitleKind } from './section-titles.ts';
import { idMaker, idSlug } from './slugger.ts';
import { newTopic, topicOfTitle, topicsInText } from './topics.ts';
import type { Topic } from './vocabulary.ts';

/** A titled section's permanent anchor and the topics it is bound to (none for "Introduction"). */
export interface SectionAnchor {
  id: string;
  topics: string[];
}

/** What a page says of its subject besides its text. */
export interface PageSubjects {
  /** The ministry's series ("Japan-New Zealand Relations", "Press Releases"), if named. */
  series?: string | undefined;
  /** The country of the counterpart, other than Japan ("New Zealand"), if known. */
  counterpart?: string | undefined;
}

/** The topics of a readout and the anchors of its sections. */
export interface ReadoutTopics {
  /** One per titled section, in order. */
  sections: SectionAnchor[];
  /** The readout's topics, in the order the text first takes them up. */
  topics: Topic[];
  /** Those of them that are new to the vocabulary. */
  newTopics: Topic[];
  /** Titles of sections that name one of the page's meetings ("Working lunch"). */
  meetingSections: string[];
}

/**
 * The topics of a readout and its sections' anchors. A section whose title names a subject is
 * bound to the topic of that title or alias (created when none matches), and its anchor is the
 * topic's id. A section whose title names no subject ("Introduction", "Regional affairs",
 * "Working lunch") keeps an anchor, the slug of its title, bound to no topic; "Bilateral
 * relations" is bound to the relations its series names ("Japan-New Zealand Relations"), and
 * to none without such a series. Without bound sections, the topics are those the text names
 * by alias, or else the series, or else Japan's relations with the counterpart's country.
 */
export function readoutTopics(
  blocks: readonly BodyBlock[],
  text: string,
  page: PageSubjects,
  known: readonly Topic[],
): ReadoutTopics {
  const { series, counterpart } = page;
  const newTopics: Topic[] = [];
  const makeTopicId = idMaker(known.map((topic) => topic.id));
  const topicOf = (title: string, description: string): Topic => {
    const found = topicOfTitle(title, [...known, ...newTopics]);
    if (found) return found;
    const created = newTopic(title, description, makeTopicId);
    newTopics.push(created);
    return created;
  };
  const seriesTopic = (): Topic | undefined =>
    series && !/^Press Releases?$/i.test(series)
      ? topicOf(series, `Readouts of the series “${series}”.`)
      : undefined;
  // The last resort of a page without series or topics: Japan's relations with the counterpart's country.
  const relationsTopic = (): Topic | undefined =>
    counterpart
      ? topicOf(`Japan-${counterpart} Relations`, `Japan’s relations with ${counterpart}.`)
      : undefined;
  const titled = blocks.flatMap((block) => (block.type === 'section' ? [block] : []));
  const bound = titled.map((section): Topic | undefined => {
    const kind = sectionTitleKind(section.title);
    if (kind === 'subject')
      return topicOf(section.title, `Sections headed “${section.title}” in the readouts.`);
    return kind === 'bilateral' && series && /\bRelations$/i.test(series)
      ? seriesTopic()
      : undefined;
  });
  // A section bound to its own topic is anchored at the topic's id; every other at its title's slug.
  const anchorOwner = bound.map((topic, index) =>
    topic && sectionTitleKind(titled[index]?.title ?? '') === 'subject' ? topic : undefined,
  );
  const makeAnchor = idMaker(anchorOwner.flatMap((topic) => (topic ? [topic.id] : [])));
  const sections = titled.map((section, index): SectionAnchor => {
    const topic = bound[index];
    const owner = anchorOwner[index];
    if (owner && anchorOwner.indexOf(owner) === index) return { id: owner.id, topics: [owner.id] };
    const slug = idSlug(section.title);
    const id = makeAnchor(
      slug === '' || paragraphIdPattern.test(slug) ? `section ${section.title}` : section.title,
      'section',
    );
    return { id, topics: topic ? [topic.id] : [] };
  });
  const fromSections = [...new Set(bound.flatMap((topic) => (topic ? [topic] : [])))];
  const inText = fromSections.length > 0 ? [] : topicsInText(text, known);
  const fallback =
    fromSections.length > 0 || inText.length > 0 ? undefined : (seriesTopic() ?? relationsTopic());
  return {
    sections,
    topics: [...fromSections, ...inText, ...(fallback ? [fallback] : [])],
    newTopics,
    meetingSections: titled.flatMap((section) =>
      sectionTitleKind(section.title) === 'meeting' ? [section.title] : [],
    ),
  };
}
