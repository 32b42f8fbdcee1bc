import { meetingDate } from './source/calendar.ts';
import { readoutFileText, type MeetingFields } from './output/frontmatter.ts';
import { ImportError } from './import-error.ts';
import { findKind } from './vocabulary/kinds.ts';
import { leadPeople } from './lead/who-met.ts';
import { meetingPlace } from './lead/place.ts';
import { duration, meetingDay, startTime } from './lead/timing.ts';
import { splitSourcePage } from './source/furniture.ts';
import { toReadoutMarkdown } from './output/markdown.ts';
import { resolveParticipants, type ResolvedParticipant } from './vocabulary/participants.ts';
import { roleTitle } from './vocabulary/people.ts';
import { timeZoneOf } from './vocabulary/places.ts';
import { readoutBlocks } from './output/readout-blocks.ts';
import { readoutTopics } from './vocabulary/readout-topics.ts';
import { classifyBlocks } from './source/sections.ts';
import { idSlug } from './vocabulary/slugger.ts';
import type { SourceFile } from './source/source-file.ts';
import { readoutTitle } from './output/title.ts';
import type { Person, Topic, Vocabulary } from './vocabulary/vocabulary.ts';

/** What the importer needs besides the text. */
export interface ImportOptions {
  /** The original page; otherwise a `Source: <url>` line of the text. */
  url?: string;
  /** The publisher of the text. */
  publisher: string;
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
  /** Lines dropped as page furniture beyond the expected ones, for the report. */
  skipped: string[];
}

/**
 * Turns a ministry's plain-text readout into a readout of the archive. Pure: it reads only its
 * arguments, so that every input can be checked before anything is written.
 */
export function importReadout(
  { file, text }: SourceFile,
  vocabulary: Vocabulary,
  options: ImportOptions,
): ImportedReadout {
  const page = splitSourcePage(text, file);
  const url = options.url ?? page.url;
  if (!url)
    throw new ImportError(
      file,
      'no source URL: give the original page with --url <url> (one file at a time), or add a line "Source: https://..." to the text',
    );
  if (!/^https?:\/\/[^\s/]+/.test(url) || !URL.canParse(url))
    throw new ImportError(file, `the source URL "${url}" is not an http(s) address`);
  const day = meetingDay(page.lead);
  const date = day && meetingDate(day, page.published);
  if (!date)
    throw new ImportError(
      file,
      `the lead paragraph's day is not on the calendar of ${page.published.slice(0, 4)}`,
    );
  const people = leadPeople(page.lead);
  if (!people)
    throw new ImportError(
      file,
      'the lead paragraph names no participants: expected names with an honorific and a role, such as "Mr. Shinzo Abe, Prime Minister of Japan,"',
    );
  for (const person of [...people.hosts, ...people.guests, ...people.alsoPresent]) {
    if (!person.role)
      throw new ImportError(
        file,
        `the lead paragraph gives no role for ${person.name}: expected "${person.name}, <role>,"`,
      );
  }
  const kind = findKind(people.verbPhrase, page.lead, vocabulary.kinds);
  if (!kind) {
    throw new ImportError(
      file,
      `the lead paragraph names no kind of meeting of content/kinds.yaml (${vocabulary.kinds.map((k) => k.label).join(', ')}): add the kind it names there`,
    );
  }
  const blocks = classifyBlocks(page.blocks);
  const bodyText = [page.lead, ...page.blocks].join('\n');
  const topics = readoutTopics(blocks, bodyText, page.series, vocabulary.topics, file);
  const participants = resolveParticipants(people, bodyText, vocabulary.people);
  const principals = participants.filter(({ field }) => field.attendance === 'principal');
  const label = ({ person, named }: ResolvedParticipant): string =>
    `${roleTitle(named.role)} ${person.familyName}`;
  const hosts = participants.filter(({ side }) => side === 'host');
  const guests = participants.filter(({ side }) => side === 'guest');
  const start = startTime(people.preamble) ?? startTime(people.clauses.join(' '));
  const place = meetingPlace([people.preamble, ...people.clauses]);
  const timeZone = start?.japanTime
    ? timeZoneOf('Japan', vocabulary.places)
    : place && timeZoneOf(place, vocabulary.places);
  const length = duration(people.preamble) ?? duration(people.clauses.join(' '));
  const fields: MeetingFields = {
    title: readoutTitle(hosts.map(label), people.verbPhrase, guests.map(label), kind.label),
    kind: kind.id,
    date,
    ...(start ? { start: { ...start, ...(timeZone ? { timeZone } : {}) } } : {}),
    ...(length ? { duration: length } : {}),
    ...(place ? { place } : {}),
    participants: participants.map(({ field }) => field),
    topics: topics.sectionTopics.map((topic) => topic.id),
    series: page.series,
    source: { publisher: options.publisher, url, published: page.published, language: 'en' },
    ...(page.photoCredit ? { photoCredit: page.photoCredit } : {}),
  };
  const id = `${date}-${principals.map(({ person }) => idSlug(person.familyName) || 'person').join('-')}`;
  const markdown = toReadoutMarkdown(readoutBlocks(page.lead, blocks, topics.sectionTopics));
  return {
    file,
    id,
    text: readoutFileText(fields, markdown),
    fields,
    newTopics: topics.newTopics,
    newPeople: participants.flatMap(({ person, isNew }) => (isNew ? [person] : [])),
    skipped: page.skipped,
  };
}
