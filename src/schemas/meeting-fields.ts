import { z } from 'astro/zod';
import { attendance } from './attendance.ts';
import { calendarDate } from './calendar-date.ts';
import { idPattern } from './id.ts';
import { timeZone } from './time-zone.ts';

/** An id of an entry of a vocabulary of `content/` (checked against it by the loader and the importer). */
const entryId = z.string().regex(idPattern, 'An id is lowercase words joined by hyphens.');

/** One person at the meeting, with the role the readout gives them at that time. */
export const participantFields = z.strictObject({
  /** Id of the person in `content/people.yaml`. */
  person: entryId,
  /**
   * Role as the readout gives it, e.g. "Prime Minister of Japan": as written, or, where the
   * readout names the person by office ("The Prime Minister"), that office and its country.
   */
  role: z.string().min(1),
  /** Principals met; others were "also present". Default: principal. */
  attendance: attendance.default('principal'),
});

/**
 * The frontmatter of a readout in `content/meetings/`: editorial metadata, but for a title of
 * `titleSource: publisher`. Its references to the vocabularies are ids here; the collection's
 * schema (`meeting.ts`) makes them Astro references. The importer checks what it writes with
 * this one, so that it never writes a readout the build refuses.
 */
export const meetingFieldsSchema = z.strictObject({
  /** The readout's title: the archive's own (editorial), or the publisher's headline as its page shows it. */
  title: z.string().min(1),
  /**
   * Whose title `title` is: `editorial` (the archive's, marked as such on every page) or
   * `publisher` (the headline of the original page, reproduced as published). Default: editorial.
   */
  titleSource: z.enum(['editorial', 'publisher']).default('editorial'),
  /** Kind of meeting: an id from `content/kinds.yaml`. */
  kind: entryId,
  /** Day of the meeting where it took place, YYYY-MM-DD. */
  date: calendarDate,
  /** Local start time as the readout gives it. Optional: not every readout states one. */
  start: z
    .strictObject({
      /** 24-hour local time, HH:MM. */
      time: z
        .string()
        .regex(
          /^([01]\d|2[0-3]):[0-5]\d$/,
          'Write the time as HH:MM on a 24-hour clock, e.g. 12:45.',
        ),
      /** True when the readout says "around". Default: false. */
      approximate: z.boolean().default(false),
      /** IANA time zone of the place of the meeting, when known; it places the time on the world's clock. */
      timeZone: timeZone.optional(),
    })
    .optional(),
  /** Duration as the readout gives it. Optional. */
  duration: z
    .strictObject({
      minutes: z.number().int().positive(),
      /** True when the readout says "approximately". Default: false. */
      approximate: z.boolean().default(false),
    })
    .optional(),
  /** Where the meeting took place, when the readout says. */
  place: z.string().min(1).optional(),
  /** Who met, principals first. */
  participants: z.array(participantFields).min(1, 'A readout names at least one participant.'),
  /** The topics of the readout; every `##` section is bound to one of them. */
  topics: z.array(entryId).min(1, 'A readout has at least one topic.'),
  /** The ministry's series the readout was published in ("Japan-New Zealand Relations"), when its page names one. */
  series: z.string().min(1).optional(),
  /** Where the text comes from. */
  source: z.strictObject({
    publisher: z.string().min(1),
    /** The original page. */
    url: z.url({ protocol: /^https?$/ }),
    /** The dateline of the original page, YYYY-MM-DD; it can differ from the meeting's date. */
    published: calendarDate,
    /** Language of the text, BCP 47. Default: en. */
    language: z.string().default('en'),
    /**
     * The day the archive captured this text from the page, YYYY-MM-DD; it names the version.
     * Default: the page's date (`published`).
     */
    captured: calendarDate.optional(),
    /** The publisher's own date of revision of this text, where its page gives one. */
    revised: calendarDate.optional(),
  }),
  /**
   * The earlier versions of the text the archive has captured, oldest first: each is kept
   * verbatim, as it was when current, in `<id>.versions/<captured>.md` beside this file, and
   * never edited (the build checks each file against its `sha256`).
   */
  versions: z
    .array(
      z.strictObject({
        /** The day the archive captured that version. */
        captured: calendarDate,
        /** The publisher's date of revision of that version, where its page gave one. */
        revised: calendarDate.optional(),
        /** The SHA-256 of the version's file, hex: a version is never edited once recorded. */
        sha256: z.string().regex(/^[0-9a-f]{64}$/, 'Write the SHA-256 of the version file, hex.'),
      }),
    )
    .optional(),
  /**
   * Other readouts of the same meeting (their file names without `.md`), e.g. the other
   * government's account. Naming it on one side is enough: the build links both ways.
   */
  counterparts: z.array(z.string().min(1)).optional(),
  /**
   * Readouts that look like other accounts of this meeting (the same principals, a day apart,
   * another publisher) but are not: an editor's word that the importer and the build never
   * pair them.
   */
  notCounterparts: z.array(z.string().min(1)).optional(),
  /** The photo credit as the source states it, without its "Photo:" label. */
  photoCredit: z.string().min(1).optional(),
});
