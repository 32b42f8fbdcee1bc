import type { ReadoutDraft, StartTime } from '../../draft.ts';
import { dateOfLead, isNumberedLead, type LeadDate } from '../../english/day-opening.ts';
import { meetingDate } from '../../english/meeting-date.ts';
import type { Inferred } from '../../inferred.ts';
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
  const inferred: Inferred[] = [];
  const date = meetingDay(leadDate, start, page.published, inferred);
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
    ...(date ? { date } : { dateMissing: 'missing' in leadDate ? leadDate.missing : '' }),
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
    inferred,
  };
}

/**
 * The meeting's day where it took place: a note's local day ("6:00 a.m. (5:00 p.m. on May 23,
 * local time)", of a lead in Japan time) over the lead's, each with its year from the dateline
 * when it gives none (reported as inferred).
 */
function meetingDay(
  lead: LeadDate,
  start: StartTime | undefined,
  published: string | undefined,
  inferred: Inferred[],
): string | undefined {
  const local = start?.day && published ? meetingDate(start.day, published) : undefined;
  if (local) {
    inferred.push({
      field: 'date',
      value: local,
      how: 'the local day of the time’s note, the year of the dateline',
      words: start?.words ?? '',
    });
    return local;
  }
  if (!('date' in lead)) return undefined;
  if (lead.yearFrom)
    inferred.push({
      field: 'date',
      value: lead.date,
      how: 'the year of the dateline',
      words: lead.yearFrom,
    });
  return lead.date;
}
