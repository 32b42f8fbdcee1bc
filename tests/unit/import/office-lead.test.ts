import { describe, expect, it } from 'vitest';
import { readOfficeLead } from '../../../src/import/english/office-lead.ts';
import { repositoryVocabulary } from '../../support/import.ts';

const lexicon = await repositoryVocabulary();
const publisher = { name: 'P', country: 'United Kingdom', language: 'en', timeZone: 'UTC' };
const read = (lead: string) => readOfficeLead(lead, publisher, lexicon);
const who = (lead: string) =>
  read(lead)?.people.map(({ side, words, office, name, familyName }) => ({
    side,
    words,
    title: office?.title,
    country: office?.country,
    name: name ?? familyName,
  }));
const kishida = 'Prime Minister Kishida of Japan';
const ownPrimeMinister = (words = 'The Prime Minister') => ({
  side: 'host',
  words,
  title: 'Prime Minister',
  country: 'United Kingdom',
  name: undefined,
});
const guestKishida = {
  side: 'guest',
  words: kishida,
  title: 'Prime Minister',
  country: 'Japan',
  name: 'Kishida',
};

describe('the verb of a lead that names people by office', () => {
  const between: [string, string][] = [
    ['today', 'spoke with'],
    ['yesterday', 'spoke with'],
    ['this morning', 'spoke with'],
    ['this afternoon', 'spoke with'],
    ['this evening', 'spoke with'],
    ['tonight', 'spoke with'],
    ['again', 'spoke with'],
    ['separately', 'spoke with'],
    ['by phone', 'spoke by phone with'],
    ['by telephone', 'spoke by telephone with'],
    ['over the phone', 'spoke over the phone with'],
    ['over the telephone', 'spoke over the telephone with'],
  ];
  for (const [words, phrase] of between)
    it(`is a call, said without when: “spoke ${words} with”`, () => {
      const lead = read(`The Prime Minister spoke ${words} with ${kishida}.`);
      expect(lead).toMatchObject({ verbPhrase: phrase, kind: 'telephone talk' });
      expect(lead).not.toHaveProperty('place');
      expect(who(`The Prime Minister spoke ${words} with ${kishida}.`)).toEqual([
        ownPrimeMinister(),
        guestKishida,
      ]);
    });

  for (const words of ['virtually', 'by video', 'by video conference', 'by videoconference'])
    it(`is a video conference when the lead says “${words}”`, () => {
      expect(read(`The Prime Minister spoke ${words} with ${kishida}.`)?.kind).toBe(
        'video conference',
      );
    });

  const phrases: [string, string][] = [
    ['talked with', 'telephone talk'],
    ['met with', 'meeting'],
    ['held a meeting with', 'meeting'],
    ['had a call with', 'telephone talk'],
    ['hosted a dinner with', 'meeting'],
    ['welcomed a delegation with', 'meeting'],
    ['received a call with', 'telephone talk'],
    ['took a phone call from', 'telephone talk'],
    ['called with', 'telephone talk'],
    ['joined a call with', 'telephone talk'],
    ['had a telephone conversation with', 'telephone talk'],
    ['held a virtual meeting with', 'video conference'],
    ['held a video call with', 'video conference'],
    ['spoke to', 'telephone talk'],
  ];
  for (const [phrase, kind] of phrases)
    it(`“${phrase}” names a ${kind}`, () => {
      expect(read(`The Prime Minister ${phrase} ${kishida}.`)).toMatchObject({
        verbPhrase: phrase,
        kind,
      });
      expect(who(`The Prime Minister ${phrase} ${kishida}.`)).toEqual([
        ownPrimeMinister(),
        guestKishida,
      ]);
    });

  for (const verb of ['met', 'hosted', 'welcomed', 'received', 'visited'])
    it(`“${verb}” takes the people met right after it`, () => {
      expect(read(`The Prime Minister ${verb} ${kishida}.`)).toMatchObject({
        verbPhrase: verb,
        kind: 'meeting',
      });
      expect(who(`The Prime Minister ${verb} ${kishida}.`)).toEqual([
        ownPrimeMinister(),
        guestKishida,
      ]);
    });

  it('reads when and how before the verb, and a video conference from them', () => {
    expect(read(`The Prime Minister today met ${kishida}.`)?.verbPhrase).toBe('met');
    expect(read(`The Prime Minister yesterday met ${kishida}.`)?.verbPhrase).toBe('met');
    expect(read(`The Prime Minister virtually met with ${kishida}.`)).toMatchObject({
      verbPhrase: 'met with',
      kind: 'video conference',
    });
  });

  it('takes “the” before the people met right after the verb', () => {
    expect(who('The Prime Minister met the Prime Minister of Japan.')).toEqual([
      ownPrimeMinister(),
      {
        side: 'guest',
        words: 'the Prime Minister of Japan',
        title: 'Prime Minister',
        country: 'Japan',
        name: undefined,
      },
    ]);
  });
});

describe('the people met, in a lead that names people by office', () => {
  const ends = [
    'today',
    'yesterday',
    'this morning',
    'this afternoon',
    'this evening',
    'tonight',
    'earlier',
    'on Tuesday',
    'on the margins of the summit',
    'on the sidelines of the summit',
    'on margin of the summit',
    'on the occasion of the summit',
    'at the summit',
    'to discuss trade',
    'about trade',
    'ahead of the summit',
    'who is visiting',
    'during the summit',
    'via video',
    'for talks',
    'by phone',
    'by telephone',
    'over the phone',
    'virtually',
    'following the summit',
    'after the summit',
    'when they met',
    'where they met',
    'as part of the summit',
  ];
  for (const end of ends)
    it(`end before “${end}”`, () => {
      expect(who(`The Prime Minister spoke with ${kishida} ${end}.`)).toEqual([
        ownPrimeMinister(),
        guestKishida,
      ]);
    });

  for (const [end, label] of [
    [', discussing trade.', 'a comma before a small letter'],
    ['; they discussed trade.', 'a semicolon'],
    [' (by phone).', 'a bracket'],
    ['.', 'the full stop'],
    ['', 'the end of the text'],
  ])
    it(`end at ${label}`, () => {
      expect(who(`The Prime Minister spoke with ${kishida}${end}`)).toEqual([
        ownPrimeMinister(),
        guestKishida,
      ]);
    });

  it('are a list of people, split at “and” and at commas', () => {
    expect(
      who(
        `The Prime Minister spoke with ${kishida}, President Yoon of the Republic of Korea and President Biden.`,
      )?.map(({ side, name, country }) => [side, name, country]),
    ).toEqual([
      ['host', undefined, 'United Kingdom'],
      ['guest', 'Kishida', 'Japan'],
      ['guest', 'Yoon', 'Republic of Korea'],
      ['guest', 'Biden', undefined],
    ]);
  });

  it('are no one when a part of the list names no one', () => {
    expect(read('The Prime Minister spoke with the leaders of the region.')).toBeUndefined();
    expect(read(`The Prime Minister spoke with ${kishida} and discussed trade.`)).toBeUndefined();
  });

  it('are named in full or by family name', () => {
    expect(who('The Prime Minister met Fumio Kishida.')).toEqual([
      ownPrimeMinister(),
      {
        side: 'guest',
        words: 'Fumio Kishida',
        title: undefined,
        country: undefined,
        name: 'Fumio Kishida',
      },
    ]);
    expect(read('The Prime Minister met Fumio Kishida.')?.people[1]).toEqual({
      words: 'Fumio Kishida',
      name: 'Fumio Kishida',
      role: '',
      side: 'guest',
    });
    expect(read(`The Prime Minister met ${kishida}.`)?.people[1]).toEqual({
      words: kishida,
      familyName: 'Kishida',
      role: '',
      office: { title: 'Prime Minister', country: 'Japan' },
      side: 'guest',
    });
  });
});

describe('the subject of a lead that names people by office', () => {
  it('is the publisher’s side; others beside it are hosts of no country said', () => {
    expect(who('The Prime Minister and the Foreign Secretary met with President Biden.')).toEqual([
      ownPrimeMinister(),
      {
        side: 'host',
        words: 'the Foreign Secretary',
        title: 'Foreign Secretary',
        country: undefined,
        name: undefined,
      },
      {
        side: 'guest',
        words: 'President Biden',
        title: 'President',
        country: undefined,
        name: 'Biden',
      },
    ]);
  });

  it('is read after the opening words of the day', () => {
    for (const opening of [
      'Today, ',
      'Yesterday, ',
      'Earlier today, ',
      'This morning, ',
      'On March 16, ',
      'On the afternoon of October 8, 2021, ',
      'On March 16 local time, ',
    ])
      expect(who(`${opening}the Prime Minister spoke with ${kishida}.`), opening).toEqual([
        ownPrimeMinister('the Prime Minister'),
        guestKishida,
      ]);
  });

  it('alone, with no one met, says nothing of who met whom', () => {
    expect(read('The Prime Minister held a meeting in Sydney today.')).toBeUndefined();
    expect(read(`The leaders of the region met with ${kishida}.`)).toBeUndefined();
  });
});

describe('the place of a lead that names people by office', () => {
  it('is the dateline’s, in running text’s capitals, with an em or en dash', () => {
    expect(read(`OTTAWA, Ontario – The Prime Minister spoke with ${kishida}.`)?.place).toBe(
      'Ottawa, Ontario',
    );
    expect(read(`NEW YORK — The Prime Minister met ${kishida}.`)?.place).toBe('New York');
  });

  it('is the one the sentence says, before the dateline’s', () => {
    expect(read(`WASHINGTON — The Prime Minister met ${kishida} in New York.`)?.place).toBe(
      'New York',
    );
    expect(read(`The Prime Minister spoke with ${kishida} in London.`)?.place).toBe('London');
  });

  it('is not said when neither says one', () => {
    expect(read(`The Prime Minister met ${kishida}.`)).not.toHaveProperty('place');
  });
});

describe('a list of people met with a serial comma', () => {
  it('keeps the last person, after “, and”', () => {
    expect(
      who(
        `The Prime Minister spoke with ${kishida}, President Yoon of the Republic of Korea, and President Biden.`,
      )?.map(({ side, name }) => [side, name]),
    ).toEqual([
      ['host', undefined],
      ['guest', 'Kishida'],
      ['guest', 'Yoon'],
      ['guest', 'Biden'],
    ]);
  });

  it('still ends at “, and” before a clause', () => {
    expect(who(`The Prime Minister spoke with ${kishida}, and they discussed trade.`)).toEqual([
      ownPrimeMinister(),
      guestKishida,
    ]);
  });
});

describe('a lead that names people by office, written with runs of spaces', () => {
  it('reads its verb phrase without when, and its people met up to where they end', () => {
    for (const [between, end] of [
      ['today', '  today'],
      ['this  morning', ' this  morning'],
      ['today', ' on  Tuesday'],
      ['today', ' on the  margins of the summit'],
      ['today', ' on the sideline of the summit'],
      ['today', ' by  phone'],
      ['today', ' over  the phone'],
      ['today', ',  discussing trade'],
    ]) {
      const lead = `The Prime Minister spoke  ${between} with ${kishida}${end}.`;
      expect(read(lead)?.verbPhrase, lead).toBe('spoke with');
      expect(who(lead), lead).toEqual([ownPrimeMinister(), guestKishida]);
    }
  });

  it('splits its list of people met at “and” and commas', () => {
    expect(
      who(
        'The Prime Minister,  the  Foreign Secretary  and  the  Home Secretary met with President Biden.',
      )?.map(({ side, words }) => [side, words]),
    ).toEqual([
      ['host', 'The Prime Minister'],
      ['host', 'the  Foreign Secretary'],
      ['host', 'the  Home Secretary'],
      ['guest', 'President Biden'],
    ]);
    expect(
      who(
        `The Prime Minister spoke with ${kishida},  President  Yoon of the Republic of Korea,  and  the  Foreign Secretary.`,
      )?.map(({ side, name }) => [side, name]),
    ).toEqual([
      ['host', undefined],
      ['guest', 'Kishida'],
      ['guest', 'Yoon'],
      ['guest', undefined],
    ]);
  });

  it('reads a dateline with its spaces', () => {
    expect(read(`NEW YORK  —  The Prime Minister met ${kishida}.`)?.place).toBe('New York');
    expect(read(`OTTAWA,Ontario – The Prime Minister met ${kishida}.`)?.place).toBe(
      'Ottawa,Ontario',
    );
  });
});

describe('the place a dateline gives', () => {
  it('is a place in any capitals, before an em or en dash at the start of the text', () => {
    expect(read(`Ottawa, Ontario – The Prime Minister met ${kishida}.`)?.place).toBe(
      'Ottawa, Ontario',
    );
  });

  it('is none when its region does not start with a capital, or the dash comes later', () => {
    expect(read(`NEW YORK, ontario – The Prime Minister met ${kishida}.`)).toBeUndefined();
    const later = read(
      `On May 3, the Prime Minister spoke with ${kishida} today — their first call.`,
    );
    expect(later).not.toHaveProperty('place');
    expect(later?.people.map(({ words }) => words)).toEqual(['the Prime Minister', kishida]);
  });
});

describe('people met', () => {
  it('are no one when any of them is no one', () => {
    expect(
      read(`The Prime Minister spoke with ${kishida} and President Yoon of Atlantis.`),
    ).toBeUndefined();
  });

  it('are read to the end of a text without a full stop, and the place after them', () => {
    expect(who(`The Prime Minister spoke with ${kishida}`)).toEqual([
      ownPrimeMinister(),
      guestKishida,
    ]);
    expect(read(`The Prime Minister met ${kishida} in Tokyo`)?.place).toBe('Tokyo');
  });

  it('follow when and how before the verb, even a weekday', () => {
    expect(
      who('The Prime Minister and President Biden on Tuesday held a meeting.')?.map(
        ({ side, words }) => [side, words],
      ),
    ).toEqual([
      ['host', 'The Prime Minister'],
      ['guest', 'President Biden'],
    ]);
  });

  it('follow a subject whose “Today” is written with a capital', () => {
    expect(who(`The Prime Minister Today spoke with ${kishida}.`)).toEqual([
      ownPrimeMinister(),
      guestKishida,
    ]);
  });
});
