import { isReservedAnchor } from '../../markdown/anchor-ids.ts';
import type { BodyBlock } from '../draft.ts';
import { sectionTitleKind } from '../english/section-titles.ts';
import { paragraphAnchors, type ParagraphAnchor, type Unsaid } from './paragraph-topics.ts';
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
  /** The publisher's series ("Japan-New Zealand Relations", "Press Releases"), if named. */
  series?: string | undefined;
  /** The publisher's country ("Japan"). */
  home: string;
  /** The country of the counterpart, other than the publisher's ("New Zealand"), if known. */
  counterpart?: string | undefined;
  /** Words that name no topic: who met, and (where something else is named) their countries. */
  unsaid: Unsaid;
}

/** The topics of a readout and the anchors of its sections, or of its paragraphs. */
export interface ReadoutTopics {
  /** One per titled section, in order. */
  sections: SectionAnchor[];
  /** For a readout without titled sections: one per paragraph (the lead first), bound or not. */
  paragraphs: (ParagraphAnchor | undefined)[];
  /** The readout's topics, in the order the text first takes them up. */
  topics: Topic[];
  /** Those of them that are new to the vocabulary. */
  newTopics: Topic[];
}

/**
 * The topics of a readout and its sections' anchors. A section whose title names a subject is
 * bound to the topic of that title or alias (created when none matches), and its anchor is the
 * topic's id. A section whose title names no subject ("Introduction", "Regional affairs",
 * "Working lunch") keeps an anchor, the slug of its title, bound to no topic; "Bilateral
 * relations" is bound to the relations its series names ("Japan-New Zealand Relations"), and
 * to none without such a series. A readout without titled sections binds each paragraph that
 * names a topic by title or alias; one whose titled sections name none is on the topics its
 * text names. With none of these, its topic is its series, or else the relations of the
 * publisher's country with the counterpart's.
 */
export function readoutTopics(
  paragraphs: readonly string[],
  blocks: readonly BodyBlock[],
  page: PageSubjects,
  known: readonly Topic[],
): ReadoutTopics {
  const { series, home, counterpart } = page;
  const newTopics: Topic[] = [];
  const makeTopicId = idMaker(known.map((topic) => topic.id));
  const topicOf = (title: string, description: string, other?: string): Topic => {
    const all = [...known, ...newTopics];
    const found =
      topicOfTitle(title, all) ?? (other === undefined ? undefined : topicOfTitle(other, all));
    if (found) return found;
    const created = newTopic(title, description, makeTopicId);
    newTopics.push(created);
    return created;
  };
  const seriesTopic = (): Topic | undefined =>
    series && !/^Press Releases?$/i.test(series)
      ? topicOf(series, `Readouts of the series “${series}”.`)
      : undefined;
  // The last resort of a page without series or topics: the two countries' relations, found in
  // either order ("Japan-Canada" is "Canada-Japan").
  const relationsTopic = (): Topic | undefined =>
    counterpart
      ? topicOf(
          `${home}-${counterpart} Relations`,
          `${home}’s relations with ${counterpart}.`,
          `${counterpart}-${home} Relations`,
        )
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
  const sections = sectionAnchors(titled, bound);
  const fromSections = [...new Set(bound.flatMap((topic) => (topic ? [topic] : [])))];
  const anchors = titled.length > 0 ? [] : paragraphAnchors(paragraphs, known, page.unsaid);
  const byId = new Map(known.map((topic) => [topic.id, topic]));
  const fromParagraphs = [...new Set(anchors.flatMap((anchor) => anchor?.topics ?? []))].flatMap(
    (id) => byId.get(id) ?? [],
  );
  // Titled sections none of which names a subject ("Introduction", "Closing"): the readout is
  // on what its text names, though no section is bound to it.
  const inText =
    titled.length > 0 && fromSections.length === 0
      ? topicsInText(paragraphs.join('\n'), known, page.unsaid.people)
      : [];
  const found = [...fromSections, ...fromParagraphs, ...inText];
  const fallback = found.length > 0 ? undefined : (seriesTopic() ?? relationsTopic());
  return {
    sections,
    paragraphs: anchors,
    topics: [...found, ...(fallback ? [fallback] : [])],
    newTopics,
  };
}

/** Each titled section's anchor: its own topic's id, or else the slug of its title. */
function sectionAnchors(
  titled: readonly Extract<BodyBlock, { type: 'section' }>[],
  bound: readonly (Topic | undefined)[],
): SectionAnchor[] {
  const anchorOwner = bound.map((topic, index) =>
    topic && sectionTitleKind(titled[index]?.title ?? '') === 'subject' ? topic : undefined,
  );
  const makeAnchor = idMaker(anchorOwner.flatMap((topic) => (topic ? [topic.id] : [])));
  return titled.map((section, index): SectionAnchor => {
    const topic = bound[index];
    const owner = anchorOwner[index];
    if (owner && anchorOwner.indexOf(owner) === index) return { id: owner.id, topics: [owner.id] };
    // A title without letters an id can use gets the fallback, "section".
    const id = makeAnchor(
      isReservedAnchor(idSlug(section.title)) ? `${section.title} section` : section.title,
      'section',
    );
    return { id, topics: topic ? [topic.id] : [] };
  });
}
