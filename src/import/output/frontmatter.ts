import type { z } from 'astro/zod';
import { splitReadoutFile } from '../../loaders/readout-file.ts';
import { meetingFieldsSchema } from '../../schemas/meeting-fields.ts';
import { yamlLines, type YamlValue } from './yaml-text.ts';

/** The frontmatter of a readout as written in its file: the meeting schema's input. */
export type MeetingFields = z.input<typeof meetingFieldsSchema>;

/** A participant as the frontmatter records them. */
export type ParticipantField = MeetingFields['participants'][number];

/** The frontmatter's fields in the order of the schema; defaults (attendance: principal, an editorial title) left unsaid. */
function frontmatterValue(fields: MeetingFields): YamlValue {
  const { start, duration } = fields;
  return {
    title: fields.title,
    titleSource: fields.titleSource === 'editorial' ? undefined : fields.titleSource,
    kind: fields.kind,
    date: fields.date,
    start: start && { time: start.time, approximate: start.approximate, timeZone: start.timeZone },
    duration: duration && { minutes: duration.minutes, approximate: duration.approximate },
    place: fields.place,
    participants: fields.participants.map(({ person, role, attendance }) => ({
      person,
      role,
      attendance: attendance === 'principal' ? undefined : attendance,
    })),
    topics: fields.topics,
    series: fields.series,
    source: fields.source,
    counterparts: fields.counterparts,
    notCounterparts: fields.notCounterparts,
    versions: fields.versions?.map(({ captured, revised, sha256 }) => ({
      captured,
      revised,
      sha256,
    })),
    photoCredit: fields.photoCredit,
  };
}

/** A mistake in what the importer would write: a bug, or a fact the build refuses. */
export class UnwritableFields extends Error {
  constructor(reasons: readonly string[]) {
    super(reasons.join('; '));
    this.name = 'UnwritableFields';
  }
}

/**
 * A readout file: the frontmatter between `---` lines, a blank line, then the Markdown text.
 * The file is read back as the build reads it (the same YAML reader and the same schema), so
 * that what the importer writes is what the build loads, or nothing is written.
 */
export function readoutFileText(fields: MeetingFields, markdown: string): string {
  const text = `---\n${yamlLines(frontmatterValue(fields)).join('\n')}\n---\n\n${markdown}`;
  const { data } = splitReadoutFile(text, 'the imported readout');
  if (JSON.stringify(data) !== JSON.stringify(frontmatterValue(fields)))
    throw new Error(
      `The frontmatter would not read back as written: this is a bug of the importer.\n${text}`,
    );
  const checked = meetingFieldsSchema.safeParse(data);
  if (!checked.success)
    throw new UnwritableFields(
      checked.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`),
    );
  return text;
}
