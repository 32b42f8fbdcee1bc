import type { ReadoutDraft } from '../../draft.ts';
import { dateOfLead, isNumberedLead } from '../../english/day-opening.ts';
import { kindPhrase } from '../../english/kind-phrase.ts';
import { namedPeople } from '../../english/named-people.ts';
import { meetingPlace } from '../../english/place.ts';
import { duration, rangeDuration, startTime } from '../../english/timing.ts';
import { leadPeople } from '../../english/who-met.ts';
import type { PageToRead } from '../publisher.ts';
import { splitSourcePage } from './furniture.ts';
import { otherMeetings } from './other-meetings.ts';
import { classifyBlocks } from './sections.ts';
import { ministry } from './publishers.ts';

/**
 * Reads a MOFA page into a draft: the furniture above and below the text, the lead's day,
 * people, time, length and place, and the numbered sections and sub-items of the body.
 */
export function readMofaPage({ file, text, publisher }: PageToRead): ReadoutDraft {
  const page = splitSourcePage(text, file);
  const people = leadPeople(page.lead);
  const clauses = people ? [people.preamble, ...people.clauses] : [];
  const start = people && (startTime(people.preamble) ?? startTime(people.clauses.join(' ')));
  const length =
    (people && (duration(people.preamble) ?? duration(people.clauses.join(' ')))) ??
    (start && rangeDuration(start));
  const place = meetingPlace(clauses);
  const leadDate = dateOfLead(page.lead, page.published);
  const blocks = classifyBlocks(page.blocks, isNumberedLead(page.lead));
  const kind = people && kindPhrase(people.verbPhrase);
  const more = otherMeetings(page, blocks);
  return {
    publisher: publisher ?? ministry,
    ...(page.url ? { url: page.url } : {}),
    ...(page.published ? { published: page.published } : {}),
    ...(page.title ? { title: page.title } : {}),
    ...(page.series ? { series: page.series } : {}),
    ...(page.photoCredit ? { photoCredit: page.photoCredit } : {}),
    ...('date' in leadDate ? { date: leadDate.date } : { dateMissing: leadDate.missing }),
    people: namedPeople(people),
    ...(people?.subject ? { subject: people.subject } : {}),
    verbPhrase: people?.verbPhrase ?? '',
    ...(kind ? { kind } : {}),
    ...(start ? { start } : {}),
    ...(length ? { duration: length } : {}),
    ...(place ? { place } : {}),
    lead: page.lead,
    blocks,
    skipped: page.skipped,
    notes: more
      ? [
          `the page holds more than one meeting (${more}): the whole text is kept as one readout, with the first meeting’s facts`,
        ]
      : [],
    inferred: [],
  };
}
