import type { StoredParagraph } from '../stored/outline.ts';
import type { ReadoutExport } from '../schemas/readout-export.ts';
import type { Readout } from './readout.ts';
import { paragraphText } from '../stored/html.ts';
import {
  absoluteUrl,
  changesPath,
  comparePath,
  meetingJsonPath,
  meetingMarkdownPath,
  meetingPath,
  path,
  sectionInReadoutPath,
  sectionPath,
  versionPath,
} from './urls.ts';

/**
 * The JSON of `/meetings/<id>.json`, of the type its schema (src/schemas/readout-export.ts)
 * describes, with the other readouts of the same meeting.
 */
export function readoutExport(
  readout: Readout,
  counterparts: readonly Readout[] = [],
): ReadoutExport {
  const { data } = readout;
  return {
    $schema: absoluteUrl(path('schemas/readout.schema.json')),
    id: readout.id,
    url: absoluteUrl(meetingPath(readout.id)),
    markdown: absoluteUrl(meetingMarkdownPath(readout.id)),
    title: data.title,
    titleSource: data.titleSource,
    kind: { id: readout.kind.id, label: readout.kind.data.label },
    date: data.date,
    ...(data.start ? { start: data.start } : {}),
    ...(data.duration ? { duration: data.duration } : {}),
    ...(data.place ? { place: data.place } : {}),
    participants: readout.participants.map(({ person, role, attendance }) => ({
      id: person.id,
      name: person.data.name,
      role,
      attendance,
    })),
    topics: readout.topics.map((topic) => ({ id: topic.id, title: topic.data.title })),
    ...(data.series ? { series: data.series } : {}),
    source: data.source,
    ...(data.photoCredit ? { photoCredit: data.photoCredit } : {}),
    ...(counterparts.length > 0
      ? {
          counterparts: counterparts.map((other) => ({
            id: other.id,
            publisher: other.data.source.publisher,
            url: absoluteUrl(meetingPath(other.id)),
            comparison: absoluteUrl(comparePath(readout.id, other.id)),
          })),
        }
      : {}),
    ...textExport(readout),
    ...(readout.versions.length > 0
      ? {
          versions: readout.versions.map((version, index) => {
            const before = readout.versions[index - 1];
            return {
              captured: version.captured,
              ...(version.revised ? { revised: version.revised } : {}),
              current: version.current,
              url: absoluteUrl(versionPath(readout.id, version.captured)),
              ...(before
                ? {
                    changes: absoluteUrl(
                      changesPath(readout.id, before.captured, version.captured),
                    ),
                  }
                : {}),
              title: version.readout.data.title,
              ...textExport(version.readout, versionPath(readout.id, version.captured)),
            };
          }),
        }
      : {}),
  };
}

/**
 * A readout's text, section by section and paragraph by paragraph, as one version has it: the
 * current one's sections at their places in the readout and on their own pages, an earlier
 * one's on its version's page (`page`), where its anchors are as they were.
 */
function textExport(readout: Readout, page?: string): Pick<ReadoutExport, 'lead' | 'sections'> {
  return {
    lead: readout.lead.map((paragraph) => paragraphExport(readout, paragraph)),
    sections: readout.sections.map((section) => ({
      id: section.id,
      title: section.title,
      // `topic` as first published (one topic a section); `topics` since sections may have none or several.
      topic: section.topics[0]
        ? { id: section.topics[0].id, title: section.topics[0].data.title }
        : null,
      topics: section.topics.map((topic) => ({ id: topic.id, title: topic.data.title })),
      url: absoluteUrl(
        page ? `${page}#${section.id}` : sectionInReadoutPath(readout.id, section.id),
      ),
      page: absoluteUrl(page ?? sectionPath(readout.id, section.id)),
      subsections: section.subsections,
      paragraphs: section.paragraphs.map((paragraph) => paragraphExport(readout, paragraph)),
    })),
  };
}

/** A paragraph as exported: what a reader of the data needs, not where it stood in the file. */
function paragraphExport(readout: Readout, { id, number, topics }: StoredParagraph) {
  return { id, number, text: paragraphText(readout, id), ...(topics ? { topics } : {}) };
}

/** An entry of the archive-wide `/meetings.json`. */
export function readoutSummary(readout: Readout) {
  return {
    id: readout.id,
    title: readout.data.title,
    date: readout.data.date,
    kind: readout.kind.data.label,
    participants: readout.participants.map(({ person, role }) => ({
      id: person.id,
      name: person.data.name,
      role,
    })),
    topics: readout.topics.map((topic) => topic.id),
    url: absoluteUrl(meetingPath(readout.id)),
    json: absoluteUrl(meetingJsonPath(readout.id)),
    markdown: absoluteUrl(meetingMarkdownPath(readout.id)),
  };
}
