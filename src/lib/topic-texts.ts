import { newestFirst } from './newest-first.ts';
import { countedTexts } from './counted.ts';
import type { Passage } from './passages.ts';
import type { SectionInReadout } from './readout.ts';

/** What the archive holds on a topic: a section, or a paragraph bound to it in a readout without sections. */
export type TopicText = SectionInReadout | Passage;

/** A topic's sections and bound paragraphs in one list, newest first. */
export const textsOnTopic = (sections: SectionInReadout[], paragraphs: Passage[]): TopicText[] =>
  [...sections, ...paragraphs].sort((a, b) => newestFirst(a.readout, b.readout));

/** "3 sections and 1 paragraph": what a list of a topic's texts holds. */
export const countTopicTexts = (items: TopicText[]): string =>
  countedTexts(
    items.filter((item) => !('paragraph' in item)).length,
    items.filter((item) => 'paragraph' in item).length,
  );
