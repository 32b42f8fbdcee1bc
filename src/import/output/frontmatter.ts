import yaml from 'js-yaml';
import type { z } from 'astro/zod';
import type { meetingSchema } from '../../schemas/meeting.ts';
import { yamlLines, type YamlValue } from './yaml-text.ts';

/** The frontmatter of a readout as written in its file: the meeting schema's input. */
export type MeetingFields = z.input<typeof meetingSchema>;

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
    photoCredit: fields.photoCredit,
  };
}

/** A readout file: the frontmatter between `---` lines, a blank line, then the Markdown text. */
export function readoutFileText(fields: MeetingFields, markdown: string): string {
  const frontmatter = yamlLines(frontmatterValue(fields)).join('\n');
  // The site reads frontmatter with YAML's core schema: check that it reads back what was meant.
  const readBack = JSON.stringify(yaml.load(frontmatter, { schema: yaml.CORE_SCHEMA }));
  if (readBack !== JSON.stringify(frontmatterValue(fields)))
    throw new Error(
      `The frontmatter would not read back as written: this is a bug of the importer.\n${frontmatter}`,
    );
  return `---\n${frontmatter}\n---\n\n${markdown}`;
}
