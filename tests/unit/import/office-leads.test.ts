import { describe, expect, it } from 'vitest';
import { readOfficeLead } from '../../../src/import/english/office-lead.ts';
import { readReference } from '../../../src/import/english/person-reference.ts';
import { relativeDay } from '../../../src/import/english/relative-day.ts';
import { repositoryVocabulary } from '../../support/import.ts';

const lexicon = await repositoryVocabulary();
const publisher = (country: string) => ({ name: 'P', country, language: 'en', timeZone: 'UTC' });

describe('how a readout names a person by office', () => {
  const cases: [string, Record<string, string>][] = [
    ['The Prime Minister', { title: 'Prime Minister' }],
    [
      'Prime Minister Abe of Japan',
      { title: 'Prime Minister', familyName: 'Abe', country: 'Japan' },
    ],
    [
      'Japanese Prime Minister Suga',
      { title: 'Prime Minister', familyName: 'Suga', country: 'Japan' },
    ],
    [
      'Japanese Foreign Minister Hayashi Yoshimasa',
      { title: 'Foreign Minister', name: 'Hayashi Yoshimasa', country: 'Japan' },
    ],
    [
      'the Prime Minister of Japan, Kishida Fumio',
      { title: 'Prime Minister', name: 'Kishida Fumio', country: 'Japan' },
    ],
    [
      'Prime Minister of Japan Suga Yoshihide',
      { title: 'Prime Minister', name: 'Suga Yoshihide', country: 'Japan' },
    ],
    [
      'Fumio Kishida, the Prime Minister of Japan',
      { title: 'Prime Minister', name: 'Fumio Kishida', country: 'Japan' },
    ],
    ['President Joseph R. Biden, Jr.', { title: 'President', name: 'Joseph R. Biden, Jr.' }],
    [
      'Secretary of State Antony J. Blinken',
      { title: 'Secretary of State', name: 'Antony J. Blinken' },
    ],
    [
      'President Moon Jae-in of the Republic of Korea (ROK)',
      { title: 'President', name: 'Moon Jae-in', country: 'Republic of Korea' },
    ],
    [
      'UK Foreign Secretary Truss',
      { title: 'Foreign Secretary', familyName: 'Truss', country: 'United Kingdom' },
    ],
    [
      'State Councilor and Foreign Minister Wang Yi',
      { title: 'State Councilor and Foreign Minister', name: 'Wang Yi' },
    ],
    ['Yoshihide Suga', { name: 'Yoshihide Suga' }],
  ];
  for (const [phrase, expected] of cases)
    it(`“${phrase}”`, () => {
      expect(readReference(phrase, lexicon)).toEqual({ words: phrase, ...expected });
    });

  it('names no one in words that are no office or name', () => {
    expect(readReference('the leaders of the region', lexicon)).toBeUndefined();
  });
});

describe('a lead that names people by office', () => {
  const read = (lead: string, country = 'United Kingdom') =>
    readOfficeLead(lead, publisher(country), lexicon);
  const who = (lead: string, country?: string) =>
    read(lead, country)?.people.map(({ words, side, office }) => [side, words, office?.country]);

  it('takes the subject for the publisher’s side, of the publisher’s country', () => {
    expect(who('The Prime Minister spoke to Prime Minister Abe of Japan this morning.')).toEqual([
      ['host', 'The Prime Minister', 'United Kingdom'],
      ['guest', 'Prime Minister Abe of Japan', 'Japan'],
    ]);
  });

  it('reads the verb whatever comes between it and the people met', () => {
    expect(
      read(
        'Prime Minister Justin Trudeau today spoke with the Prime Minister of Japan, Kishida Fumio.',
        'Canada',
      ),
    ).toMatchObject({ verbPhrase: 'spoke with', kind: 'telephone talk' });
    expect(
      read(
        'President Biden met virtually today with Prime Minister Kishida Fumio of Japan to discuss trade.',
        'United States of America',
      ),
    ).toMatchObject({ kind: 'video conference' });
    expect(
      read(
        'On the afternoon of October 8, 2021, President Xi Jinping had a phone conversation with Japanese Prime Minister Fumio Kishida.',
        'China',
      ),
    ).toMatchObject({ verbPhrase: 'had a phone conversation with', kind: 'telephone talk' });
  });

  it('stops the people met at when, where and why, and takes the place', () => {
    expect(
      read(
        'Prime Minister Anthony Albanese met Prime Minister Kishida Fumio of Japan in Perth today for the annual leaders’ meeting.',
        'Australia',
      ),
    ).toMatchObject({ kind: 'meeting', place: 'Perth' });
    expect(
      who(
        'The Prime Minister hosted Japanese Prime Minister Fumio Kishida at Downing Street this morning to discuss trade.',
      ),
    ).toEqual([
      ['host', 'The Prime Minister', 'United Kingdom'],
      ['guest', 'Japanese Prime Minister Fumio Kishida', 'Japan'],
    ]);
  });

  it('reads two people met, and two principals as the subject', () => {
    expect(
      who(
        'The Prime Minister spoke to Prime Minister Kishida of Japan and President Yoon of the Republic of Korea.',
      ),
    ).toEqual([
      ['host', 'The Prime Minister', 'United Kingdom'],
      ['guest', 'Prime Minister Kishida of Japan', 'Japan'],
      ['guest', 'President Yoon of the Republic of Korea', 'Republic of Korea'],
    ]);
    expect(
      who(
        'Prime Minister Turnbull and Prime Minister Abe held a productive working meeting in Sydney today.',
        'Australia',
      ),
    ).toEqual([
      ['host', 'Prime Minister Turnbull', 'Australia'],
      ['guest', 'Prime Minister Abe', undefined],
    ]);
  });

  it('takes a place dateline before the first words for the place', () => {
    expect(
      read(
        'WASHINGTON — President Joseph R. Biden, Jr. spoke today with Prime Minister Fumio Kishida of Japan.',
        'United States of America',
      ),
    ).toMatchObject({ place: 'Washington', kind: 'telephone talk' });
  });

  it('says nothing of a sentence that does not say who met whom', () => {
    expect(read('The below is attributable to Spokesperson Ned Price:')).toBeUndefined();
  });
});

describe('a day said relative to the page’s date', () => {
  it('“today”, “this morning”: the page’s day; “yesterday”: the day before', () => {
    expect(relativeDay('The Prime Minister spoke to him this morning.', '2020-09-02')?.date).toBe(
      '2020-09-02',
    );
    expect(relativeDay('Yesterday, the Prime Minister spoke with her.', '2021-03-01')?.date).toBe(
      '2021-02-28',
    );
  });

  it('a weekday: the last such day on or before the page’s date', () => {
    // 2024-05-17 was a Friday.
    expect(relativeDay('The President spoke on Tuesday with him.', '2024-05-17')?.date).toBe(
      '2024-05-14',
    );
    expect(relativeDay('The President spoke on Friday with him.', '2024-05-17')?.date).toBe(
      '2024-05-17',
    );
  });

  it('words that name no one day come back without a date; none at all, undefined', () => {
    expect(relativeDay('They spoke earlier this week.', '2022-07-14')).toEqual({
      words: 'earlier this week',
      how: 'no one day',
    });
    expect(relativeDay('They spoke.', '2022-07-14')).toBeUndefined();
  });
});
