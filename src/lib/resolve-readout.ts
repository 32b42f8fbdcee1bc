import { outlineOf, partsOf } from '../markdown/outline.ts';
import { ContentError } from '../loaders/content-error.ts';
import type { Kind, MeetingEntry, Person, Readout, Topic } from './readout.ts';

/** The vocabularies a readout refers to, by id. */
export interface Vocabularies {
  topics: Map<string, Topic>;
  people: Map<string, Person>;
  kinds: Map<string, Kind>;
}

/**
 * Resolves a readout's references to topics, people and kinds. Astro's `reference()` checks
 * only the shape of an id, so an unknown id is caught here, with the file and line.
 */
export function resolveReadout(entry: MeetingEntry, vocabularies: Vocabularies): Readout {
  const find = <T>(map: Map<string, T>, id: string, field: string, file: string): T => {
    const found = map.get(id);
    if (!found) {
      const known = [...map.keys()].join(', ');
      throw new ContentError(
        entry.filePath ?? entry.id,
        lineOf(entry.body ?? '', id),
        `${field}: "${id}" is not in content/${file} (known: ${known}).`,
      );
    }
    return found;
  };
  const outline = outlineOf(entry.rendered?.metadata?.frontmatter);
  const parts = partsOf(entry.rendered?.metadata?.frontmatter);
  const topics = entry.data.topics.map(({ id }) =>
    find(vocabularies.topics, id, 'topics', 'topics.yaml'),
  );
  return {
    id: entry.id,
    entry,
    data: entry.data,
    kind: find(vocabularies.kinds, entry.data.kind.id, 'kind', 'kinds.yaml'),
    participants: entry.data.participants.map(({ person, role, attendance }) => ({
      person: find(vocabularies.people, person.id, 'participants.person', 'people.yaml'),
      role,
      attendance,
    })),
    topics,
    lead: outline.lead,
    leadHtml: parts.leadHtml,
    sections: outline.sections.map((section) => ({
      ...section,
      topics: section.topics.map((id) => find(vocabularies.topics, id, 'section', 'topics.yaml')),
      headingHtml: parts.sections[section.id]?.headingHtml ?? '',
      bodyHtml: parts.sections[section.id]?.bodyHtml ?? '',
    })),
  };
}

/** The line of the file where a value first stands as a YAML value, for error messages. */
function lineOf(text: string, value: string): number | undefined {
  const index = text
    .split('\n')
    .findIndex((line) =>
      new RegExp(`(:|-)\\s*${value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`).test(line),
    );
  return index < 0 ? undefined : index + 1;
}
