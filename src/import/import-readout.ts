import { ImportError, MissingFields } from './import-error.ts';
import { dateOfLead, isNumberedLead } from './lead/day.ts';
import { meetingPlace } from './lead/place.ts';
import { duration, rangeDuration, startTime } from './lead/timing.ts';
import { leadPeople } from './lead/who-met.ts';
import {
  readoutFileText,
  type MeetingFields,
  type ParticipantField,
} from './output/frontmatter.ts';
import { toReadoutMarkdown } from './output/markdown.ts';
import { readoutBlocks } from './output/readout-blocks.ts';
import { editorialTitle } from './output/title.ts';
import { otherMeetings } from './source/other-meetings.ts';
import { splitSourcePage } from './source/furniture.ts';
import { classifyBlocks } from './source/sections.ts';
import type { SourceFile } from './source/source-file.ts';
import { kindOf } from './vocabulary/kinds.ts';
import { participantsGiven, participantsOfLead } from './vocabulary/participants.ts';
import { timeZoneOf } from './vocabulary/places.ts';
import { readoutTopics } from './vocabulary/readout-topics.ts';
import { idSlug } from './vocabulary/slugger.ts';
import type { Kind, Person, Topic, Vocabulary } from './vocabulary/vocabulary.ts';

/** Facts given on the command line for what a text does not say; each replaces what the text says. */
export interface GivenFields {
  date?: string;
  published?: string;
  /** A kind id of `content/kinds.yaml`, or a new one. */
  kind?: string;
  /** An editorial title. */
  title?: string;
  series?: string;
  /** Topic ids of `content/topics.yaml`, for a text whose topics cannot be told. */
  topics?: string[];
  /** People of `content/people.yaml` with their roles, principals first. */
  participants?: ParticipantField[];
  /** Readouts of the archive that are other accounts of the same meeting. */
  counterparts?: string[];
}

/** What the importer needs besides the text. */
export interface ImportOptions {
  /** The original page; otherwise a `Source: <url>` line of the text. */
  url?: string;
  /** The publisher of the text. */
  publisher: string;
  given?: GivenFields;
}

/** A readout ready to be written, with the vocabulary entries it needs. */
export interface ImportedReadout {
  /** The source file it comes from. */
  file: string;
  /** The readout's id: its file name without `.md`, e.g. 2016-09-21-abe-biden. */
  id: string;
  /** The whole readout file: frontmatter and Markdown. */
  text: string;
  fields: MeetingFields;
  newTopics: Topic[];
  newPeople: Person[];
  newKinds: Kind[];
  /** Lines dropped as page furniture beyond the expected ones, for the report. */
  skipped: string[];
  /** What an editor should know: more than one meeting on the page, people left out. */
  notes: string[];
}

/**
 * Turns a ministry's plain-text readout into a readout of the archive. Pure: it reads only its
 * arguments, so that every input can be checked before anything is written. Every fact the
 * text does not give is named in one error, with the flag that supplies it.
 */
export function importReadout(
  { file, text }: SourceFile,
  vocabulary: Vocabulary,
  options: ImportOptions,
): ImportedReadout {
  const given = options.given ?? {};
  const missing = new MissingFields();
  const notes: string[] = [];
  const page = splitSourcePage(text, file);
  const url = options.url ?? page.url;
  if (!url)
    missing.add(
      '--url',
      'no source URL: give the original page with --url <url>, or add a line "Source: https://..." to the text',
    );
  else if (!/^https?:\/\/[^\s/]+/.test(url) || !URL.canParse(url))
    throw new ImportError(file, `the source URL "${url}" is not an http(s) address`);
  const published = given.published ?? page.published;
  if (!published)
    missing.add(
      '--published',
      'no dateline above the lead: give the page’s date of publication with --published YYYY-MM-DD',
    );
  const date = given.date ?? dateOfLead(page.lead, published, missing);
  const people = leadPeople(page.lead);
  const bodyText = [page.lead, ...page.blocks].join('\n');
  const participants = given.participants
    ? participantsGiven(given.participants, vocabulary.people, file)
    : participantsOfLead(people, bodyText, vocabulary.people, missing, notes);
  const kind = kindOf(given.kind, people, page.lead, vocabulary.kinds, missing);
  const series = given.series ?? page.series;
  const blocks = classifyBlocks(page.blocks, isNumberedLead(page.lead));
  const counterpart = participants
    ?.map(({ person }) => person.country)
    .find((country) => country !== undefined && country !== 'Japan');
  const topics = readoutTopics(blocks, bodyText, { series, counterpart }, vocabulary.topics);
  const topicIds = given.topics ?? topics.topics.map((topic) => topic.id);
  if (topicIds.length === 0)
    missing.add(
      '--topic',
      'no topic in the text, its series or its participants’ countries: give one with --topic <topic-id>',
    );
  missing.check(file);
  // MissingFields has thrown if any of these is missing; this tells TypeScript so.
  if (!url || !published || !date || !participants || !kind)
    throw new Error(`${file}: a missing field was not reported: this is a bug of the importer.`);

  const start = people && (startTime(people.preamble) ?? startTime(people.clauses.join(' ')));
  const place = people && meetingPlace([people.preamble, ...people.clauses]);
  const timeZone = start?.clock
    ? timeZoneOf(start.clock, vocabulary.places)
    : place && timeZoneOf(place, vocabulary.places);
  const length =
    (people && (duration(people.preamble) ?? duration(people.clauses.join(' ')))) ??
    (start && rangeDuration(start));
  const moreMeetings = otherMeetings(page, topics.meetingSections);
  if (moreMeetings)
    notes.push(
      `the page holds more than one meeting (${moreMeetings}): the whole text is kept as one readout, with the first meeting’s facts`,
    );
  const publisherTitle = given.title === undefined ? page.title : undefined;
  const fields: MeetingFields = {
    title: given.title ?? page.title ?? editorialTitle(participants, people, kind.kind.label),
    ...(publisherTitle ? { titleSource: 'publisher' as const } : {}),
    kind: kind.kind.id,
    date,
    ...(start
      ? {
          start: {
            time: start.time,
            approximate: start.approximate,
            ...(timeZone ? { timeZone } : {}),
          },
        }
      : {}),
    ...(length ? { duration: length } : {}),
    ...(place ? { place } : {}),
    participants: participants.map(({ field }) => field),
    topics: topicIds,
    ...(series ? { series } : {}),
    source: { publisher: options.publisher, url, published, language: 'en' },
    ...(given.counterparts ? { counterparts: given.counterparts } : {}),
    ...(page.photoCredit ? { photoCredit: page.photoCredit } : {}),
  };
  const principals = participants.filter(({ field }) => field.attendance !== 'also-present');
  const id = `${date}-${principals.map(({ person }) => idSlug(person.familyName) || 'person').join('-')}`;
  const markdown = toReadoutMarkdown(readoutBlocks(page.lead, blocks, topics.sections));
  return {
    file,
    id,
    text: readoutFileText(fields, markdown),
    fields,
    newTopics: topics.newTopics,
    newPeople: participants.flatMap(({ person, isNew }) => (isNew ? [person] : [])),
    newKinds: kind.isNew ? [kind.kind] : [],
    skipped: page.skipped,
    notes,
  };
}
