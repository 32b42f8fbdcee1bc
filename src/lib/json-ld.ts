import type { CitedWork } from '../citations/cited-work.ts';
import { utcOffset } from './dates.ts';
import { isoDuration } from './durations.ts';
import type { Readout, Topic } from './readout.ts';
import { absoluteUrl, personPath, topicPath } from './urls.ts';

/** The meeting a readout gives an account of, as a schema.org Event with its participants in their roles. */
function meetingEvent(readout: Readout): Record<string, unknown> {
  const { date, start, duration, place } = readout.data;
  const startDate = start
    ? `${date}T${start.time}${start.timeZone ? utcOffset(date, start.time, start.timeZone) : ''}`
    : date;
  return {
    '@type': 'Event',
    name: readout.data.title,
    startDate,
    ...(duration ? { duration: isoDuration(duration.minutes) } : {}),
    ...(place ? { location: { '@type': 'Place', name: place } } : {}),
    attendee: readout.participants.map(({ person, role }) => ({
      '@type': 'Role',
      roleName: role,
      attendee: {
        '@type': 'Person',
        name: person.data.name,
        url: absoluteUrl(personPath(person.id)),
      },
    })),
  };
}

/**
 * schema.org JSON-LD for a readout, or for one section of it: the document, its publisher, the
 * topics it speaks of (a section's own, not the whole readout's), and the meeting.
 */
export function readoutJsonLd(
  readout: Readout,
  work: CitedWork,
  topics: Topic[],
): Record<string, unknown> {
  const publisher = { '@type': 'GovernmentOrganization', name: work.publisher };
  return {
    '@context': 'https://schema.org',
    '@type': 'Report',
    '@id': work.url,
    url: work.url,
    name: work.section ? `${work.title}: ${work.section}` : work.title,
    inLanguage: work.language,
    datePublished: work.published,
    author: publisher,
    publisher,
    isBasedOn: work.originalUrl,
    ...(work.series ? { isPartOf: { '@type': 'CreativeWorkSeries', name: work.series } } : {}),
    about: [
      meetingEvent(readout),
      ...topics.map((topic) => ({
        '@type': 'Thing',
        name: topic.data.title,
        url: absoluteUrl(topicPath(topic.id)),
      })),
    ],
  };
}

/** JSON for a `<script type="application/ld+json">`, safe inside HTML. */
export const jsonForScript = (data: unknown): string =>
  JSON.stringify(data).replace(/</g, '\\u003c');
