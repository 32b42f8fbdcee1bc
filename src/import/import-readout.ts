import { ImportError, MissingFields } from './import-error.ts';
import { checkMeetingDay, pageDates } from './page-dates.ts';
import type { Inferred } from './inferred.ts';
import { readoutFileText, UnwritableFields, type MeetingFields } from './output/frontmatter.ts';
import { toReadoutMarkdown } from './output/markdown.ts';
import { readoutBlocks } from './output/readout-blocks.ts';
import { editorialTitle } from './output/title.ts';
import { findShape } from './publishers/publishers.ts';
import { labelledLines } from './source/labelled-lines.ts';
import type { SourceFile } from './source/source-file.ts';
import type { GivenFields } from './given-fields.ts';
import { kindOf } from './vocabulary/kinds.ts';
import { participantsGiven, participantsOfDraft } from './vocabulary/participants.ts';
import { unsaidWords } from './vocabulary/unsaid-words.ts';
import { meetingFields } from './output/meeting-fields.ts';
import { readoutAnchors } from './readout-anchors.ts';
import type { ReadoutOutline } from '../markdown/outline.ts';
import { readoutTopics } from './vocabulary/readout-topics.ts';
import { idSlug } from './vocabulary/slugger.ts';
import type { Kind, Person, Topic, Vocabulary } from './vocabulary/vocabulary.ts';

/** What the importer needs besides the text. */
export interface ImportOptions {
  /** The original page; otherwise a `Source: <url>` line of the text. */
  url?: string;
  /** The publisher, by name; otherwise a `Publisher:` line, the page's host or its furniture. */
  publisher?: string;
  given?: GivenFields;
  /** The archive's current version of the readout, when this text revises it: its anchors stay. */
  previous?: ReadoutOutline;
  /** The day the text was captured from its page, when the editor says (`--captured`). */
  captured?: string;
}

/** A readout ready to be written, with the vocabulary entries it needs. */
export interface ImportedReadout {
  /** The source file it comes from. */
  file: string;
  /** The readout's id: its file name without `.md`, e.g. 2016-09-21-abe-biden. */
  id: string;
  /** The whole readout file: frontmatter and Markdown. */
  text: string;
  /** The Markdown of the text alone, to write the file again with more fields. */
  markdown: string;
  fields: MeetingFields;
  newTopics: Topic[];
  newPeople: Person[];
  newKinds: Kind[];
  /** Lines dropped as page furniture beyond the expected ones, for the report. */
  skipped: string[];
  /** What an editor should know: more than one meeting on the page, people left out. */
  notes: string[];
  /** The facts inferred rather than read, for the editor to review. */
  inferred: Inferred[];
  /** Each paragraph bound to topics by the importer, for the report: "p3 → north-korea". */
  bindings: string[];
}

/**
 * Turns a publisher's plain-text readout into a readout of the archive: the publisher's reader
 * gives a neutral draft, and what follows is the same for every publisher. Pure: it reads only
 * its arguments, so that every input can be checked before anything is written. Every fact the
 * text does not give is named in one error, with the flag that supplies it.
 */
export function importReadout(
  { file, text }: SourceFile,
  vocabulary: Vocabulary,
  options: ImportOptions,
): ImportedReadout {
  const given = options.given ?? {};
  const missing = new MissingFields();
  const labelled = labelledLines(text);
  const urlGiven = options.url ?? labelled.url;
  const { shape, publisher } = findShape(
    file,
    labelled.text,
    options.publisher ?? labelled.publisher,
    urlGiven,
  );
  const draft = shape.read({ file, text: labelled.text, publisher, lexicon: vocabulary }, missing);
  const { url, published, date } = pageDates(file, draft, given, urlGiven, missing);
  const notes = [...draft.notes];
  const inferred = [...draft.inferred];
  const bodyText = [draft.lead, ...draft.blocks.map((block) => block.text)].join('\n');
  const participants = given.participants
    ? participantsGiven(given.participants, vocabulary.people, file)
    : participantsOfDraft(draft.people, draft.subject, {
        date,
        known: vocabulary.people,
        lexicon: vocabulary,
        text: bodyText,
        missing,
        notes,
        inferred,
      });
  const kind = kindOf(given.kind, draft.kind, draft.lead, vocabulary.kinds, missing);
  const series = given.series ?? draft.series;
  const counterpart = participants
    ?.map(({ person }) => person.country)
    .find((country) => country !== undefined && country !== draft.publisher.country);
  const paragraphs = [
    draft.lead,
    ...draft.blocks.flatMap((block) => (block.type === 'paragraph' ? [block.text] : [])),
  ];
  const topics = readoutTopics(
    paragraphs,
    draft.blocks,
    {
      series,
      home: draft.publisher.country,
      counterpart,
      unsaid: unsaidWords(draft, participants ?? [], vocabulary),
    },
    vocabulary.topics,
  );
  const anchors = readoutAnchors(topics, draft.blocks, paragraphs, given.topics, options.previous);
  const topicIds = anchors.topics;
  if (topicIds.length === 0)
    missing.add(
      '--topic',
      'no topic in the text, its series or its participants’ countries: give one with --topic <topic-id>',
    );
  missing.check(file);
  // MissingFields has thrown if any of these is missing; this tells TypeScript so.
  if (!url || !published || !date || !participants || !kind)
    throw new Error(`${file}: a missing field was not reported: this is a bug of the importer.`);
  checkMeetingDay(file, date, published, given);

  const fields = meetingFields(draft, vocabulary, inferred, {
    title: given.title ?? draft.title ?? editorialTitle(participants, draft, kind.kind.label),
    titleSource: given.title === undefined && draft.title ? 'publisher' : 'editorial',
    kind: kind.kind.id,
    date,
    participants: participants.map(({ field }) => field),
    topics: topicIds,
    ...(series ? { series } : {}),
    source: {
      publisher: draft.publisher.name,
      url,
      published,
      language: draft.publisher.language,
      ...(options.captured ? { captured: options.captured } : {}),
      ...(draft.revised ? { revised: draft.revised } : {}),
    },
    ...(given.counterparts ? { counterparts: given.counterparts } : {}),
    ...(given.notCounterparts ? { notCounterparts: given.notCounterparts } : {}),
  });
  const principals = participants.filter(({ field }) => field.attendance !== 'also-present');
  const id = `${date}-${principals.map(({ person }) => idSlug(person.familyName) || 'person').join('-')}`;
  const markdown = toReadoutMarkdown(
    readoutBlocks(draft.lead, draft.blocks, anchors.sections, anchors.paragraphs),
  );
  let readoutText: string;
  try {
    readoutText = readoutFileText(fields, markdown);
  } catch (error) {
    if (!(error instanceof UnwritableFields)) throw error;
    throw new ImportError(file, `the readout would not load in the build: ${error.message}`);
  }
  return {
    file,
    id,
    text: readoutText,
    markdown,
    fields,
    newTopics: anchors.newTopics,
    newPeople: participants.flatMap(({ person, isNew }) => (isNew ? [person] : [])),
    newKinds: kind.isNew ? [kind.kind] : [],
    skipped: draft.skipped,
    notes,
    inferred,
    bindings: anchors.paragraphs.flatMap((anchor, index) =>
      anchor ? [`paragraph ${String(index + 1)} (#${anchor.id}): ${anchor.topics.join(', ')}`] : [],
    ),
  };
}
