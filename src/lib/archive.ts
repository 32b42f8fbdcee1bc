import { getCollection } from 'astro:content';
import { counterpartsOf } from './counterparts.ts';
import { once } from './memo.ts';
import { newestFirst } from './newest-first.ts';
import { boundParagraphsOf, type Passage } from './passages.ts';
import type { Kind, Person, Readout, SectionInReadout, Topic } from './readout.ts';
import { resolveReadout } from './resolve-readout.ts';

/** The whole archive, resolved once per build, with the indexes the pages look things up in. */
export interface Archive {
  /** Newest meeting first. */
  readouts: Readout[];
  /** The topics some section or paragraph is on, by title. */
  topics: Topic[];
  /** The people some readout has as participant or names, by family name. */
  people: Person[];
  /** Kinds of meeting, in the order of `content/kinds.yaml`. */
  kinds: Kind[];
  readoutById: Map<string, Readout>;
  /** Sections bound to each topic, newest first. */
  sectionsByTopic: Map<string, SectionInReadout[]>;
  /** Paragraphs outside sections bound to each topic (readouts without sections), newest first. */
  paragraphsByTopic: Map<string, Passage[]>;
  /** The other readouts of each readout's meeting (`counterparts`, both ways). */
  counterparts: Map<string, Readout[]>;
  /** Readouts each person took part in, newest first. */
  readoutsByPerson: Map<string, Readout[]>;
  /** Sections whose text names each person, newest first. */
  mentionsByPerson: Map<string, SectionInReadout[]>;
  /** Readouts of each kind of meeting, newest first. */
  readoutsByKind: Map<string, Readout[]>;
}

const byId = <T extends { id: string }>(items: T[]) =>
  new Map(items.map((item) => [item.id, item]));
const push = <K, V>(map: Map<K, V[]>, key: K, value: V): void => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};

/**
 * Loads and indexes the archive in one pass over the readouts, so that building a page
 * costs a lookup, never a scan of every readout (an archive holds thousands).
 */
export const getArchive = once(async (): Promise<Archive> => {
  const [meetings, topics, people, kinds] = await Promise.all([
    getCollection('meetings'),
    getCollection('topics'),
    getCollection('people'),
    getCollection('kinds'),
  ]);
  const vocabularies = { topics: byId(topics), people: byId(people), kinds: byId(kinds) };
  const readouts = meetings.map((entry) => resolveReadout(entry, vocabularies)).sort(newestFirst);
  const archive: Archive = {
    readouts,
    topics: [...topics].sort((a, b) => a.data.title.localeCompare(b.data.title)),
    people: [...people].sort((a, b) => a.data.familyName.localeCompare(b.data.familyName)),
    kinds,
    readoutById: byId(readouts),
    sectionsByTopic: new Map(),
    paragraphsByTopic: new Map(),
    counterparts: counterpartsOf(readouts),
    readoutsByPerson: new Map(),
    mentionsByPerson: new Map(),
    readoutsByKind: new Map(),
  };
  for (const readout of readouts) {
    for (const section of readout.sections) {
      for (const topic of section.topics)
        push(archive.sectionsByTopic, topic.id, { readout, section });
      for (const person of section.mentions)
        push(archive.mentionsByPerson, person, { readout, section });
    }
    for (const passage of boundParagraphsOf(readout))
      for (const topic of passage.topics) push(archive.paragraphsByTopic, topic.id, passage);
    for (const { person } of readout.participants)
      push(archive.readoutsByPerson, person.id, readout);
    push(archive.readoutsByKind, readout.kind.id, readout);
  }
  // The vocabularies know more than the readouts speak of (people.yaml holds who held which
  // office, for the importer; topics.yaml the aliases of subjects to come): only those a
  // readout names, as its topic, participant or in its text, get a page.
  const topicsNamed = new Set(readouts.flatMap((readout) => readout.topics.map(({ id }) => id)));
  archive.topics = archive.topics.filter(({ id }) => topicsNamed.has(id));
  archive.people = archive.people.filter(
    ({ id }) => archive.readoutsByPerson.has(id) || archive.mentionsByPerson.has(id),
  );
  return archive;
});

/** The static paths of the pages and exports made for every readout: `[meeting]` → the readout. */
export async function readoutPaths() {
  const { readouts } = await getArchive();
  return readouts.map((readout) => ({ params: { meeting: readout.id }, props: { readout } }));
}
