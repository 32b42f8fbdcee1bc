import { z } from 'astro/zod';
import { siteName } from '../lib/site-name.ts';
import { attendance } from './attendance.ts';
import { idPattern } from './id.ts';

const day = (description: string) => z.iso.date().describe(description);
const address = (description: string) => z.url().describe(description);

/** A topic as the export names it. */
const topic = z
  .strictObject({ id: z.string(), title: z.string().describe('Editorial.') })
  .meta({ id: 'topic' });

/** A paragraph of the text. */
const paragraph = z
  .strictObject({
    id: z.string().describe("The paragraph's anchor on the readout's page."),
    number: z
      .number()
      .int()
      .min(1)
      .describe("The paragraph's place in its section (or in the lead), from 1."),
    text: z.string().describe("The paragraph's text exactly as published."),
    topics: z
      .array(z.string())
      .describe(
        'The topics the paragraph itself is bound to, where the readout binds paragraphs rather than sections.',
      )
      .optional(),
  })
  .meta({ id: 'paragraph' });

/** The sections of a version's text. */
const sections = z.array(
  z.strictObject({
    id: z.string().describe("The section's declared anchor: by default the id of its topic."),
    title: z.string().describe('The heading as published.'),
    topic: topic
      .nullable()
      .describe(
        'The first topic the section is bound to, or null for a section bound to none (an introduction, a closing).',
      ),
    topics: z.array(topic).describe('Every topic the section is bound to.'),
    url: address('The section in the full readout.'),
    page: address("The section's own page."),
    subsections: z.array(z.strictObject({ id: z.string(), title: z.string() })),
    paragraphs: z.array(paragraph),
  }),
);

/**
 * A readout as published at `/meetings/<id>.json`: the type of the export, and (through
 * `npm run schema`) `public/schemas/readout.schema.json`, which describes it to others.
 */
const readoutExportSchema = z
  .strictObject({
    $schema: z.url().optional(),
    id: z
      .string()
      .regex(idPattern)
      .describe("The readout's id, also its file name and the last part of its URL."),
    url: address("The readout's permanent page."),
    markdown: address("The readout's Markdown source."),
    title: z
      .string()
      .min(1)
      .describe(
        "The readout's title: the archive's own (editorial), or the publisher's headline (see titleSource).",
      ),
    titleSource: z
      .enum(['editorial', 'publisher'])
      .describe(
        "Whose title `title` is: the archive's (editorial) or the original page's (publisher).",
      ),
    kind: z.strictObject({ id: z.string(), label: z.string() }).describe('Kind of meeting.'),
    date: day('Day of the meeting, where it took place.'),
    start: z
      .strictObject({
        time: z.string().regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/),
        approximate: z.boolean(),
        timeZone: z.string().describe('IANA time zone.').optional(),
      })
      .describe('Local start time, as the readout gives it.')
      .optional(),
    duration: z
      .strictObject({ minutes: z.number().int().min(1), approximate: z.boolean() })
      .optional(),
    place: z.string().optional(),
    participants: z
      .array(
        z.strictObject({
          id: z.string(),
          name: z.string(),
          role: z.string().describe('Role at the time of the meeting, as the readout writes it.'),
          attendance,
        }),
      )
      .min(1),
    topics: z.array(topic).min(1),
    series: z
      .string()
      .describe("The ministry's series the readout was published in, when its page names one.")
      .optional(),
    source: z.strictObject({
      publisher: z.string(),
      url: address('The original page.'),
      published: day('Dateline of the original.'),
      language: z.string(),
      captured: day('The day the archive captured this text from the page.').optional(),
      revised: day(
        "The publisher's own date of revision of this text, where its page gives one.",
      ).optional(),
    }),
    photoCredit: z
      .string()
      .describe('Photo credit as the source states it; the photograph is not reproduced.')
      .optional(),
    counterparts: z
      .array(
        z.strictObject({
          id: z.string(),
          publisher: z.string(),
          url: address("The other readout's page."),
          comparison: address('The two readouts side by side, topic by topic.'),
        }),
      )
      .describe(
        "The other readouts of the same meeting (e.g. the other government's account), each with the page where the two stand side by side.",
      )
      .optional(),
    lead: z.array(paragraph).describe('Paragraphs before the first section.'),
    sections: sections.describe('The sections of the current text.'),
    versions: z
      .array(
        z.strictObject({
          captured: day('The day the archive captured this version; it names the version.'),
          revised: day("The publisher's own date of revision of this version.").optional(),
          current: z.boolean().describe('True for the current text.'),
          url: address("This version's own page, with the anchors it had."),
          changes: address('What changed from the version before it.').optional(),
          title: z.string(),
          lead: z.array(paragraph),
          sections,
        }),
      )
      .describe(
        'Every version of the text the archive has captured, oldest first, each verbatim: present when the publisher has revised the readout.',
      )
      .optional(),
  })
  .meta({
    title: `${siteName}: a readout`,
    description:
      'A readout as published at /meetings/<id>.json: its metadata, and its text section by section and paragraph by paragraph, exactly as the ministry published it. Titles, topics and meeting facts are editorial.',
  });

/** The JSON of `/meetings/<id>.json`. */
export type ReadoutExport = z.infer<typeof readoutExportSchema>;

/** The export's JSON Schema, as `public/schemas/readout.schema.json` publishes it. */
export function readoutJsonSchema(): Record<string, unknown> {
  const { $schema, title, description, ...schema } = z.toJSONSchema(readoutExportSchema, {
    target: 'draft-2020-12',
  });
  return { $schema, $id: 'readout.schema.json', title, description, ...schema };
}
