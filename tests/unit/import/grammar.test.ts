import { describe, expect, it } from 'vitest';
import { meetingDay } from '../../../src/import/english/day-opening.ts';
import { kindPhrase } from '../../../src/import/english/kind-phrase.ts';
import { duration, rangeDuration, startTime } from '../../../src/import/english/timing.ts';
import { leadPeople } from '../../../src/import/english/who-met.ts';
import { parseWrittenDate as parseDateline } from '../../../src/lib/dates.ts';
import { classifyBlocks } from '../../../src/import/publishers/mofa/sections.ts';
import { findPerson } from '../../../src/import/vocabulary/people.ts';
import { sectionTitleKind } from '../../../src/import/english/section-titles.ts';
import { repositoryVocabulary } from '../../support/import.ts';

// The grammar of the ministry's readouts, one rule at a time, in words the fixtures do not use.
describe('the day a lead opens with', () => {
  const cases: [string, ReturnType<typeof meetingDay>][] = [
    ['On November 8 (Saturday), commencing at', { month: 11, day: 8 }],
    ['On the evening of March 2, the Prime Minister', { month: 3, day: 2 }],
    ['On December 3rd, Mr.', { month: 12, day: 3 }],
    ['1. On July 1, Ms.', { month: 7, day: 1 }],
    ['On 21 September, Mr.', { month: 9, day: 21 }],
    ['From May 19 to 21, Mr.', { month: 5, day: 19 }],
    ['Mr. X met Mr. Y on July 1.', undefined],
  ];
  for (const [lead, day] of cases)
    it(`“${lead}”`, () => {
      expect(meetingDay(lead)).toEqual(day);
    });

  it('and a dateline with its weekday', () => {
    expect(parseDateline('Friday, December 13, 2019')).toBe('2019-12-13');
  });
});

describe('the start time and its clock', () => {
  const local = { kind: 'local' };
  const japan = { kind: 'place', place: 'Japan' };
  const zone = (abbreviation: string, iana: string) => ({ kind: 'zone', zone: iana, abbreviation });
  const cases: [string, Record<string, unknown>][] = [
    ['at 3:00 p.m. (local time)', { time: '15:00', approximate: false, clock: local }],
    ['at 3:00 p.m. local time for', { time: '15:00', approximate: false, clock: local }],
    ['at 9:05 a.m. (local time; 4:05 p.m. JST)', { time: '09:05', clock: local }],
    ['at 2:10 p.m. (local time; same day, 9:10 p.m. Japan time)', { time: '14:10', clock: local }],
    ['at 10:50 p.m. (12:50 p.m., June 4, Japan time)', { time: '22:50', clock: local }],
    ['On June 3 (7:15 p.m. Japan time), for', { time: '19:15', clock: japan }],
    ['from 7:15 p.m. (JST)', { time: '19:15', clock: zone('JST', 'Asia/Tokyo') }],
    [
      'from 4:20 p.m. (Germany time)',
      { time: '16:20', clock: { kind: 'place', place: 'Germany' } },
    ],
    ['from 11:00 a.m. (same time in Japan)', { time: '11:00', clock: japan }],
    ['at 6:45 p.m. Japanese Standard Time', { time: '18:45', clock: japan }],
    // Japan time first, the local time in the note, on the day before: the local one is the start.
    [
      'commencing at around 6:00 a.m. (5:00 p.m. on May 23, local time)',
      { time: '17:00', approximate: true, clock: local, day: { month: 5, day: 23 } },
    ],
    [
      'commencing at 1:00 a.m. (11:00 a.m. on December 31, local time)',
      { time: '11:00', clock: local, day: { month: 12, day: 31 } },
    ],
    // Zones by abbreviation, whatever the note says in another.
    [
      'commencing at 11:05 a.m. EST (0:05 a.m. on September 22nd, JST)',
      { time: '11:05', clock: zone('EST', 'America/New_York') },
    ],
    [
      'from 6:30 p.m. CET (2:30 a.m. on March 5, JST)',
      { time: '18:30', clock: zone('CET', 'Europe/Paris') },
    ],
    ['at 2:00 p.m. KST', { time: '14:00', clock: zone('KST', 'Asia/Seoul') }],
    ['from 10:00 a.m. GMT (7:00 p.m. JST)', { time: '10:00', clock: zone('GMT', 'Europe/London') }],
    ['at 09:05 a.m.', { time: '09:05', approximate: false }],
    ['at 0:45 p.m.', { time: '12:45', approximate: false }],
    ['at 2:15p.m. for', { time: '14:15', approximate: false }],
    ['commencing from just after 10:30 p.m.', { time: '22:30', approximate: true }],
    ['from 3:15 to 4:00 p.m.', { time: '15:15', approximate: false, until: '16:00' }],
  ];
  for (const [text, time] of cases)
    it(`“${text}”`, () => {
      expect(startTime(text)).toMatchObject(time);
      if (!('clock' in time)) expect(startTime(text)?.clock).toBeUndefined();
      if (!('day' in time)) expect(startTime(text)?.day).toBeUndefined();
    });

  it('and a duration that a time follows', () => {
    expect(duration('for approximately 30 minutes from 10:00 a.m. (local time).')).toEqual({
      minutes: 30,
      approximate: true,
    });
  });

  it('and the length of a time range', () => {
    expect(rangeDuration({ time: '23:40', approximate: false, until: '00:25', words: '' })).toEqual(
      {
        minutes: 45,
        approximate: false,
      },
    );
  });
});

describe('names, honorifics and roles', () => {
  const cases: [string, string, string][] = [
    ['the Honorable Jane Doe, Secretary of Energy,', 'Jane Doe', 'Secretary of Energy'],
    ['the Hon. Jane Doe MP, Minister for Trade,', 'Jane Doe', 'Minister for Trade'],
    ['Hon. Jane Doe, Minister of Health,', 'Jane Doe', 'Minister of Health'],
    ['Rt. Hon. Jane Doe, Foreign Secretary,', 'Jane Doe', 'Foreign Secretary'],
    ['the Right Honourable Jane Doe, Prime Minister,', 'Jane Doe', 'Prime Minister'],
    ['Senator the Hon. Jane Doe, Minister for Defence,', 'Jane Doe', 'Minister for Defence'],
    ["Dato' Seri Ahmad bin Ali, Minister of Trade,", 'Ahmad bin Ali', 'Minister of Trade'],
    ['Tan Sri Ahmad Ali, Speaker,', 'Ahmad Ali', 'Speaker'],
    ['H.E. Ms. Jane DOE, Minister of Culture,', 'Jane DOE', 'Minister of Culture'],
    [
      'the Hon. Jane Doe, MP, Prime Minister of Ruritania,',
      'Jane Doe',
      'Prime Minister of Ruritania',
    ],
    ['Mr.John Doe, Governor,', 'John Doe', 'Governor'],
    ['Ms Jane Doe, Minister for Trade,', 'Jane Doe', 'Minister for Trade'],
  ];
  for (const [named, name, role] of cases)
    it(`“${named}”`, () => {
      const people = leadPeople(
        `On May 1, Mr. SATO Ken, Minister, received a courtesy call from ${named} in Tokyo.`,
      );
      expect(people?.guests[0]).toEqual({ name, role, attendance: 'principal' });
    });

  it('ends a role where the sentence goes on without a comma', () => {
    const people = leadPeople(
      'On May 1, Mr. Ken Sato, Prime Minister of Japan held a meeting with Ms. Jane Doe, President of Ruritania.',
    );
    expect(people?.hosts[0]?.role).toBe('Prime Minister of Japan');
    expect(people?.verbPhrase).toBe('held a meeting with');
  });

  it('reads a title before a full name as the role, where a participant stands', () => {
    const people = leadPeople(
      'On April 2, commencing at 11:00 a.m., Prime Minister Ken Sato held a summit meeting with President Jane Doe, who is visiting Japan at the invitation of Emperor Taro Yamada. The overview is as follows.',
    );
    expect(people?.hosts).toEqual([
      { name: 'Ken Sato', role: 'Prime Minister', attendance: 'principal' },
    ]);
    expect(people?.guests).toEqual([
      { name: 'Jane Doe', role: 'President', attendance: 'principal' },
    ]);
    expect(people?.verbPhrase).toBe('held a summit meeting with');
  });

  it('reads a group as the subject, and who spoke for it', () => {
    const people = leadPeople(
      'On May 1, a group of ten students from Ruritania paid a courtesy call on Mr. Ken Sato, Minister for Foreign Affairs. Ms. Jane Doe, a teacher, spoke on behalf of the group.',
    );
    expect(people?.subject).toBe('a group of ten students from Ruritania');
    expect(people?.hosts).toEqual([]);
    expect(people?.guests.map(({ name }) => name)).toEqual(['Ken Sato']);
    expect(people?.spokespeople.map(({ name }) => name)).toEqual(['Jane Doe']);
  });

  it('finds one person under either order of the name and with or without initials', async () => {
    const { people } = await repositoryVocabulary();
    expect(findPerson('BIDEN Joe', people)?.id).toBe('joe-biden');
    expect(findPerson('Joe R. Biden', people)?.id).toBe('joe-biden');
    const bushes = [
      {
        id: 'george-h-w-bush',
        name: 'George H. W. Bush',
        familyName: 'Bush',
        mentions: [],
        offices: [],
      },
    ];
    expect(findPerson('George W. Bush', bushes)).toBeUndefined();
  });
});

describe('kinds of meeting', () => {
  const cases: [string, string | undefined][] = [
    ['received a courtesy call from', 'courtesy call'],
    ['held a Japan-Ruritania Summit Telephone Talk with', 'summit telephone talk'],
    ['had a telephone call with', 'telephone call'],
    ['held informal talks with', 'informal talks'],
    ['had a breakfast meeting with', 'breakfast meeting'],
    [
      'held a Japan-Ruritania Foreign Ministers’ Meeting, followed by a working dinner, with',
      'foreign ministers’ meeting',
    ],
    ['held the 5th Japan-Ruritania Annual Summit Meeting with', 'summit meeting'],
    [
      'held a Japan-Ruritania-New Freedonia-Republic of Elbonia (RNE) Leaders’ Meeting',
      'leaders’ meeting',
    ],
    ['paid a courtesy call on', 'courtesy call'],
    ['met', 'meeting'],
    ['spoke on the telephone with', 'telephone talk'],
    ['talked with', 'meeting'],
    ['Spoke  by phone with', 'telephone talk'],
    ['welcomed', undefined],
    ['discussed trade with', undefined],
    ['metered', undefined],
    ['held a Bilateral Meeting with', 'meeting'],
    ['held a Trilateral Summit Meeting with', 'summit meeting'],
    ['held a Quadrilateral Foreign Ministers’ Meeting with', 'foreign ministers’ meeting'],
    ['held the First Japan-Ruritania Strategic Dialogue with', 'strategic dialogue'],
    ['held the Second Annual Dialogue with', 'dialogue'],
    ['held the Third Dialogue with', 'dialogue'],
    ['held a Japanese Language Meeting with', 'language meeting'],
    ['held the 2nd Japan-Ruritania  Summit Meeting in Tokyo', 'summit meeting'],
    ['held  a  G7  Summit  Meeting  and  a working lunch', 'G7 summit meeting'],
    ['held a Summit Meeting (one-on-one) and a dinner', 'summit meeting'],
    ['held a Summit Meeting,followed by a dinner', 'summit meeting'],
    ['  had a TICAD Ministers’ Meeting with', 'TICAD ministers’ meeting'],
  ];
  for (const [phrase, kind] of cases)
    it(`“${phrase}”`, () => {
      expect(kindPhrase(phrase)).toBe(kind);
    });
});

describe('section titles and numbering', () => {
  const kinds: [string, ReturnType<typeof sectionTitleKind>][] = [
    ['Introduction', 'general'],
    ['Opening Remarks', 'general'],
    ['Regional and International Affairs', 'general'],
    ['Exchange of views', 'general'],
    ['Closing', 'general'],
    ['Bilateral Relations', 'bilateral'],
    ['Working dinner', 'meeting'],
    ['Summit meeting (one-on-one)', 'meeting'],
    ['North Korea', 'subject'],
    ['Economic security', 'subject'],
  ];
  for (const [title, kind] of kinds)
    it(`“${title}” names ${kind === 'subject' ? 'a subject' : `no subject (${kind})`}`, () => {
      expect(sectionTitleKind(title)).toBe(kind);
    });

  it('reads the slips “2. 2.” and “3..” as the numbers they mean, and goes on from a lead that is item 1', () => {
    expect(
      classifyBlocks(['2. 2. Economy', 'Text.', '3..Security', 'Text.'], true).map((block) =>
        block.type === 'section' ? `${block.number} ${block.title}` : block.type,
      ),
    ).toEqual(['2 Economy', 'paragraph', '3 Security', 'paragraph']);
  });

  it('keeps what follows “[Reference]” or “(Note)” as paragraphs', () => {
    expect(
      classifyBlocks(['1. Economy', '[Reference]', '2. Security']).map(({ type }) => type),
    ).toEqual(['section', 'paragraph', 'paragraph']);
  });
});
