import { storedTextOf } from '../markdown/readout-text.ts';
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
  const { outline, htmlFile } = storedTextOf(entry.rendered?.metadata?.frontmatter);
  return {
    id: entry.id,
    entry,
    data: entry.data,
    kind: find(vocabularies.kinds, entry.data.kind.id),
    participants: entry.data.participants.map(({ person, role, attendance }) => ({
      person: find(vocabularies.people, person.id),
      role,
      attendance,
    })),
    topics: entry.data.topics.map(({ id }) => find(vocabularies.topics, id)),
    lead: outline.lead,
    htmlFile,
    sections: outline.sections.map((section) => ({
      ...section,
      topics: section.topics.map((id) => find(vocabularies.topics, id)),
    })),
  };
}
