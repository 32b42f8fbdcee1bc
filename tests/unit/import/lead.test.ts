import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../../src/import/english/duration.ts';
import { leadPeople } from '../../../src/import/english/who-met.ts';
import { meetingPlace } from '../../../src/import/english/place.ts';
import { meetingDay } from '../../../src/import/english/day-opening.ts';
import { duration, startTime } from '../../../src/import/english/timing.ts';
import { splitSourcePage } from '../../../src/import/publishers/mofa/furniture.ts';
import { fixtureText } from '../../support/import.ts';

const leadOf = (name: string): string => splitSourcePage(fixtureText(name), name).lead;
const seedLead =
  'On September 21, commencing at around 12:45 p.m. for approximately one hour, Mr. Shinzo Abe, Prime Minister of Japan, who was visiting New York, received a courtesy call from Mr. Joe Biden, Vice President of the United States of America. The overview of the meeting is as follows:';

describe('when the meeting took place and how long it lasted', () => {
  it('reads the day from the opening "On September 21"', () => {
    expect(meetingDay(seedLead)).toEqual({ month: 9, day: 21 });
    expect(meetingDay('On Wednesday, March 2, the two ministers ...')).toEqual({
      month: 3,
      day: 2,
    });
    expect(meetingDay('On December 30, 2016, commencing at ...')).toEqual({
      month: 12,
      day: 30,
      year: 2016,
    });
  });

  it('reads a start time on a 24-hour clock, approximate when the lead says "around"', () => {
    expect(startTime('commencing at around 12:45 p.m. for')).toEqual({
      time: '12:45',
      approximate: true,
      words: 'around 12:45 p.m.',
    });
    expect(startTime('commencing at 9:10 p.m. for')).toEqual({
      time: '21:10',
      approximate: false,
      words: '9:10 p.m.',
    });
    expect(startTime('from 12:10 a.m.')).toMatchObject({ time: '00:10' });
    expect(startTime('from 9 a.m.')).toMatchObject({ time: '09:00' });
    expect(startTime('at 12 noon')).toMatchObject({ time: '12:00' });
    expect(startTime('from 9:10 pm (Japan time)')).toEqual({
      time: '21:10',
      approximate: false,
      clock: { kind: 'place', place: 'Japan' },
      words: '9:10 pm (Japan time)',
    });
    expect(startTime('On March 3, from 14:30')).toMatchObject({ time: '14:30' });
    expect(startTime('On March 3, the two ministers')).toBeUndefined();
  });

  it('takes the local time of a local-time note, and knows a time given as Japan time', () => {
    expect(startTime(leadOf('local-time-note.txt'))).toMatchObject({
      time: '09:00',
      approximate: false,
      clock: { kind: 'local' },
    });
    expect(startTime(leadOf('dateline-differs.txt'))).toMatchObject({
      time: '22:30',
      approximate: false,
      clock: { kind: 'place', place: 'Japan' },
    });
  });

  it('reads durations in words or figures', () => {
    expect(duration(seedLead)).toEqual({ minutes: 60, approximate: true });
    expect(duration('for 25 minutes, Mr.')).toEqual({ minutes: 25, approximate: false });
    expect(parseMinutes('1 hour and 10 minutes')).toBe(70);
    expect(parseMinutes('one hour and a half')).toBe(90);
    expect(parseMinutes('one and a half hours')).toBe(90);
    expect(parseMinutes('an hour')).toBe(60);
    expect(parseMinutes('half an hour')).toBe(30);
    expect(parseMinutes('twenty-five minutes')).toBe(25);
    expect(parseMinutes('two hours')).toBe(120);
    expect(parseMinutes('the first time')).toBeUndefined();
  });
});

describe('who met whom', () => {
  it('reads the host, the guest, their roles as written, and the verb phrase', () => {
    const people = leadPeople(seedLead);
    expect(people?.hosts).toEqual([
      { name: 'Shinzo Abe', role: 'Prime Minister of Japan', attendance: 'principal' },
    ]);
    expect(people?.guests).toEqual([
      {
        name: 'Joe Biden',
        role: 'Vice President of the United States of America',
        attendance: 'principal',
      },
    ]);
    expect(people?.alsoPresent).toEqual([]);
    expect(people?.verbPhrase).toBe('received a courtesy call from');
  });

  it('reads two guests and a person also present in the next sentence', () => {
    const people = leadPeople(leadOf('three-participants.txt'));
    expect(people?.hosts.map(({ name }) => name)).toEqual(['Shinzo Abe']);
    expect(people?.guests).toEqual([
      {
        name: 'Barack Obama',
        role: 'President of the United States of America',
        attendance: 'principal',
      },
      {
        name: 'Park Geun-hye',
        role: 'President of the Republic of Korea',
        attendance: 'principal',
      },
    ]);
    expect(people?.alsoPresent).toEqual([
      {
        name: 'Koichi Hagiuda',
        role: 'Deputy Chief Cabinet Secretary',
        attendance: 'also-present',
      },
    ]);
    expect(people?.verbPhrase).toBe('held a Japan-U.S.-ROK Trilateral Summit Meeting with');
  });

  it('reads "also present" people named within the first sentence', () => {
    const people = leadPeople(
      'On May 2, Mr. Taro Kono, Minister for Foreign Affairs of Japan, held a meeting with Mr. Wang Yi, Minister of Foreign Affairs of the People’s Republic of China, with Mr. Kazuyuki Nakane, Parliamentary Vice-Minister for Foreign Affairs, also present.',
    );
    expect(people?.guests.map(({ name }) => name)).toEqual(['Wang Yi']);
    expect(people?.alsoPresent).toEqual([
      {
        name: 'Kazuyuki Nakane',
        role: 'Parliamentary Vice-Minister for Foreign Affairs',
        attendance: 'also-present',
      },
    ]);
  });

  it('reads several people also present, listed after "Also present were"', () => {
    const people = leadPeople(
      'On May 2, Mr. Taro Kono, Minister for Foreign Affairs of Japan, held a meeting with Mr. Wang Yi, Minister of Foreign Affairs of China. Also present were Mr. Kazuyuki Nakane, Parliamentary Vice-Minister for Foreign Affairs, and Ms. Yoko Kamikawa, Member of the House of Representatives. The overview is as follows.',
    );
    expect(people?.alsoPresent.map(({ name, role }) => `${name}, ${role}`)).toEqual([
      'Kazuyuki Nakane, Parliamentary Vice-Minister for Foreign Affairs',
      'Yoko Kamikawa, Member of the House of Representatives',
    ]);
  });

  it('drops honorifics and post-nominals from names, and keeps initials and suffixes', () => {
    expect(leadPeople(leadOf('titled-sections.txt'))?.guests[0]).toEqual({
      name: 'Julie Bishop',
      role: 'Minister for Foreign Affairs of Australia',
      attendance: 'principal',
    });
    expect(leadPeople(leadOf('sub-items.txt'))?.guests[0]?.name).toBe('Donald J. Trump');
    expect(
      leadPeople(
        'On January 5, H.E. Mr. Joseph R. Biden, Jr., President of the United States of America, held a telephone talk with Mr. Fumio Kishida, Prime Minister of Japan.',
      )?.hosts[0],
    ).toEqual({
      name: 'Joseph R. Biden, Jr.',
      role: 'President of the United States of America',
      attendance: 'principal',
    });
  });

  it('keeps a role that has commas of its own', () => {
    const people = leadPeople(
      'On June 1, Mr. Taro Kono, Minister for Foreign Affairs of Japan, held a meeting with Ms. Chrystia Freeland, Minister of Foreign Affairs, Trade and Development of Canada.',
    );
    expect(people?.guests[0]?.role).toBe(
      'Minister of Foreign Affairs, Trade and Development of Canada',
    );
  });

  it('finds nobody in a lead without honorifics', () => {
    expect(leadPeople('On April 10, the two foreign ministers met in Tokyo.')).toBeUndefined();
  });
});

describe('where the meeting took place', () => {
  const placeOf = (lead: string) => {
    const people = leadPeople(lead);
    return people && meetingPlace([people.preamble, ...people.clauses]);
  };

  it('reads the principal’s visit', () => {
    expect(placeOf(seedLead)).toBe('New York');
    expect(placeOf(leadOf('sub-items.txt'))).toBe('Washington, D.C.');
    expect(placeOf(leadOf('local-time-note.txt'))).toBe('Hamburg, Germany');
  });

  it('reads a visit told as "on an official visit to"', () => {
    expect(
      placeOf(
        'On May 2, Mr. Taro Kono, Minister for Foreign Affairs of Japan, who is on an official visit to Canberra, held a meeting with Ms. Marise Payne, Minister for Foreign Affairs of Australia.',
      ),
    ).toBe('Canberra');
  });

  it('reads a place after the guest ("..., in Tokyo.")', () => {
    expect(placeOf(leadOf('titled-sections.txt'))).toBe('Tokyo');
  });

  it('states no place when the lead states none', () => {
    expect(placeOf(leadOf('untitled-numbered-paragraphs.txt'))).toBeUndefined();
  });
});
