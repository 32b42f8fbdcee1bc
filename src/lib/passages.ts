import type { StoredParagraph } from '../stored/outline.ts';
import type { Readout, Section, Topic } from './readout.ts';

/** A paragraph of a readout, where it stands, and the topics it is on. */
export interface Passage {
  readout: Readout;
  /** The section it stands in; none for a paragraph before the first section. */
  section?: Section;
  paragraph: StoredParagraph;
  /** Its section's topics and those it declares itself. */
  topics: Topic[];
}

/** Every paragraph of a readout in reading order, with the topics it is on. */
export function passagesOf(readout: Readout): Passage[] {
  const topicById = new Map(readout.topics.map((topic) => [topic.id, topic]));
  const passage = (paragraph: StoredParagraph, section?: Section): Passage => {
    const own = (paragraph.topics ?? []).flatMap((id) => topicById.get(id) ?? []);
    const topics = [...(section?.topics ?? []), ...own];
    return {
      readout,
      ...(section ? { section } : {}),
      paragraph,
      topics: topics.filter((topic, index) => topics.indexOf(topic) === index),
    };
  };
  return [
    ...readout.lead.map((paragraph) => passage(paragraph)),
    ...readout.sections.flatMap((section) =>
      section.paragraphs.map((paragraph) => passage(paragraph, section)),
    ),
  ];
}

/**
 * The paragraphs outside any section that declare their topics: in a readout without
 * sections they are what a section is elsewhere, with a page, a search record and a place
 * on their topics' pages.
 */
export const boundParagraphsOf = (readout: Readout): Passage[] =>
  passagesOf(readout).filter(({ section, topics }) => !section && topics.length > 0);

/** The topics a readout's text is bound to, in the order the text first takes them up. */
export function boundTopicsOf(readout: Readout): Topic[] {
  const topics = passagesOf(readout).flatMap((passage) => passage.topics);
  return topics.filter((topic, index) => topics.indexOf(topic) === index);
}

/** The editorial title of a paragraph bound to topics: "Para. 3: Energy, Trade". */
export const passageTitle = ({ paragraph, topics }: Passage): string =>
  `Para. ${String(paragraph.number)}: ${topics.map((topic) => topic.data.title).join(', ')}`;
