import { ImportError } from '../import-error.ts';
import type { BodyBlock } from '../source/sections.ts';
import { idMaker } from './slugger.ts';
import { newTopic, topicOfTitle, topicsInText } from './topics.ts';
import type { Topic } from './vocabulary.ts';

/** The topics of a readout, in section order, and those of them that are new to the vocabulary. */
export interface ReadoutTopics {
  sectionTopics: Topic[];
  newTopics: Topic[];
}

/**
 * The topics of a readout: one per titled section, by title or alias, created when none
 * matches; without titled sections, those whose names occur in the text, and failing that the
 * ministry's series (its own subject heading for the page).
 */
export function readoutTopics(
  blocks: readonly BodyBlock[],
  text: string,
  series: string,
  known: readonly Topic[],
  file: string,
): ReadoutTopics {
  const newTopics: Topic[] = [];
  const makeId = idMaker(known.map((topic) => topic.id));
  const topicOf = (title: string, description: string): Topic => {
    const found = topicOfTitle(title, [...known, ...newTopics]);
    if (found) return found;
    const created = newTopic(title, description, makeId);
    newTopics.push(created);
    return created;
  };
  const sections = blocks.flatMap((block) => (block.type === 'section' ? [block] : []));
  const sectionTopics = sections.map((section) =>
    topicOf(section.title, `Sections headed “${section.title}” in the readouts.`),
  );
  const twice = sectionTopics.find((topic, index) => sectionTopics.indexOf(topic) !== index);
  if (twice)
    throw new ImportError(
      file,
      `two sections are both about the topic "${twice.title}" (${twice.id}); a readout has one section per topic, so a section's anchor is its topic`,
    );
  if (sectionTopics.length > 0) return { sectionTopics, newTopics };
  const found = topicsInText(text, known);
  return {
    sectionTopics:
      found.length > 0 ? found : [topicOf(series, `Readouts of the series “${series}”.`)],
    newTopics,
  };
}
