import { storedTextOf } from '../stored/text.ts';
import type { StoredOutline } from '../stored/outline.ts';
import type { Kind, MeetingEntry, Person, Readout, Topic } from './readout.ts';

/** The vocabularies a readout refers to, by id. */
export interface Vocabularies {
  topics: Map<string, Topic>;
  people: Map<string, Person>;
  kinds: Map<string, Kind>;
}

// The loader has checked every reference against the vocabularies: a miss here is a bug.
function find<T>(map: Map<string, T>, id: string): T {
  const found = map.get(id);
  if (!found) throw new Error(`"${id}" was checked by the readouts' loader but is not loaded.`);
  return found;
}

/** Resolves a readout's references to topics, people and kinds, and finds where its HTML is. */
export function resolveReadout(entry: MeetingEntry, vocabularies: Vocabularies): Readout {
  const { outline, htmlFile, versions } = storedTextOf(entry.rendered?.metadata?.frontmatter);
  const readout = resolveText(entry, entry.data, outline, htmlFile, vocabularies);
  if (versions.length === 0) return readout;
  const earlier = versions.map(({ captured, revised, data, outline: then, htmlFile: file }) => ({
    captured,
    revised,
    readout: resolveText(entry, data, then, file, vocabularies),
    current: false,
  }));
  const { captured, revised } = entry.data.source;
  readout.versions = [
    ...earlier,
    { captured: captured ?? entry.data.source.published, revised, readout, current: true },
  ];
  for (const { readout: then } of earlier) then.versions = readout.versions;
  return readout;
}

/** A readout's data and text, as one of its versions had them, with references resolved. */
function resolveText(
  entry: MeetingEntry,
  data: MeetingEntry['data'],
  outline: StoredOutline,
  htmlFile: string,
  vocabularies: Vocabularies,
): Readout {
  return {
    id: entry.id,
    entry,
    data,
    kind: find(vocabularies.kinds, data.kind.id),
    participants: data.participants.map(({ person, role, attendance }) => ({
      person: find(vocabularies.people, person.id),
      role,
      attendance,
    })),
    topics: data.topics.map(({ id }) => find(vocabularies.topics, id)),
    lead: outline.lead,
    htmlFile,
    sections: outline.sections.map((section) => ({
      ...section,
      topics: section.topics.map((id) => find(vocabularies.topics, id)),
    })),
    versions: [],
  };
}
