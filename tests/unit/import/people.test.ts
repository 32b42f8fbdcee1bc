import { describe, expect, it } from 'vitest';
import { countryOfRole, roleTitle } from '../../../src/import/english/role.ts';
import {
  familyNameOf,
  findPerson,
  newPerson,
  shortForms,
} from '../../../src/import/vocabulary/people.ts';
import { idMaker } from '../../../src/import/vocabulary/slugger.ts';
import { repositoryVocabulary } from '../../support/import.ts';

const { people } = await repositoryVocabulary();

describe('people of the vocabulary', () => {
  it('are found by name, by a form in their mentions, or by the same words in another order', () => {
    expect(findPerson('Shinzo Abe', people)?.id).toBe('shinzo-abe');
    expect(findPerson('Vice President Biden', people)?.id).toBe('joe-biden');
    expect(findPerson('ABE Shinzo', people)?.id).toBe('shinzo-abe');
    expect(findPerson('Shinzo Abeson', people)).toBeUndefined();
  });
});

describe('new people', () => {
  it('take the family name the text keeps using', () => {
    expect(familyNameOf('Park Geun-hye', 'President Park stated ... President Park agreed.')).toBe(
      'Park',
    );
    expect(familyNameOf('Joe Biden', 'Vice President Biden replied.')).toBe('Biden');
    expect(familyNameOf('Donald J. Trump', '')).toBe('Trump');
  });

  it('take the family name MOFA writes in capitals', () => {
    expect(familyNameOf('KISHIDA Fumio', '')).toBe('Kishida');
  });

  it('get the country their role serves', () => {
    expect(countryOfRole('Vice President of the United States of America')).toBe(
      'United States of America',
    );
    expect(countryOfRole('Minister of Foreign Affairs of the Russian Federation')).toBe(
      'Russian Federation',
    );
    expect(countryOfRole('Secretary of State of the United States')).toBe('United States');
    expect(countryOfRole('Deputy Chief Cabinet Secretary')).toBeUndefined();
  });

  it('are mentioned by the forms of the name the text uses', () => {
    expect(roleTitle('Minister for Foreign Affairs of Japan')).toBe('Minister for Foreign Affairs');
    expect(
      shortForms(
        'Kishida',
        'Minister for Foreign Affairs of Japan',
        'Then Foreign Minister Kishida said. Minister Kishida agreed.',
      ),
    ).toEqual(['Foreign Minister Kishida', 'Minister Kishida']);
    expect(shortForms('Hagiuda', 'Deputy Chief Cabinet Secretary', 'No mention.')).toEqual([
      'Deputy Chief Cabinet Secretary Hagiuda',
    ]);
  });

  it('get their id from the name with github-slugger, never an existing one', () => {
    const person = newPerson(
      {
        name: 'Julie Bishop',
        role: 'Minister for Foreign Affairs of Australia',
        attendance: 'principal',
      },
      'Minister Bishop stated.',
      idMaker(['julie-bishop']),
    );
    expect(person).toEqual({
      id: 'julie-bishop-1',
      name: 'Julie Bishop',
      familyName: 'Bishop',
      country: 'Australia',
      mentions: ['Julie Bishop', 'Minister Bishop'],
      offices: [],
    });
  });
});

describe('names in Chinese and Korean order', () => {
  it('take the first word as the family name where the country writes it first', () => {
    expect(familyNameOf('Wang Yi', 'Minister Wang Yi said.', true)).toBe('Wang');
    expect(familyNameOf('Yun Byung-se', '', true)).toBe('Yun');
    expect(familyNameOf('Yun Byung-se', '')).toBe('Byung-se');
  });

  it('are filed by that family name when the archive does not know them yet', async () => {
    const { importReadout } = await import('../../../src/import/import-readout.ts');
    const vocabulary = await repositoryVocabulary();
    const text = [
      'Press Releases',
      'Japan-China-ROK Foreign Ministers’ Meeting',
      'March 4, 2031',
      'On March 4, commencing at 10:00 a.m. for approximately 90 minutes, Mr. KANEDA Hiroshi, Minister for Foreign Affairs of Japan, held a Japan-China-ROK Foreign Ministers’ Meeting with Mr. Zhao Minghui, Minister of Foreign Affairs of China, and H. E. Dr. Seo Ji-yeon, Minister of Foreign Affairs of the Republic of Korea.',
      '1. The three ministers agreed to meet again next year.',
    ].join('\n\n');
    const readout = importReadout({ file: 'three.txt', text }, vocabulary, {
      url: 'https://www.mofa.go.jp/example/three.html',
    });
    expect(readout.newPeople.map(({ name, familyName }) => `${name}: ${familyName}`)).toEqual([
      'Kaneda Hiroshi: Kaneda',
      'Zhao Minghui: Zhao',
      'Seo Ji-yeon: Seo',
    ]);
    expect(readout.id).toBe('2031-03-04-kaneda-zhao-seo');
  });
});

describe('people named by office', () => {
  it('are whoever held the office that day, in the country named', async () => {
    const { holdersOn } = await import('../../../src/import/vocabulary/offices.ts');
    const vocabulary = await repositoryVocabulary();
    const holder = (title: string, country: string, date: string) =>
      holdersOn({ title, country }, date, people, vocabulary).map(({ id }) => id);
    expect(holder('Prime Minister', 'United Kingdom', '2021-06-11')).toEqual(['boris-johnson']);
    // Another form of the same office: "Foreign Secretary" and "Foreign Minister".
    expect(holder('Foreign Minister', 'UK', '2022-03-08')).toEqual(['liz-truss']);
    expect(holder('Secretary', 'United States', '2021-01-26')).toEqual(['antony-blinken']);
    // A day of handover has both.
    expect(holder('Prime Minister', 'Japan', '2020-09-16')).toEqual([
      'shinzo-abe',
      'yoshihide-suga',
    ]);
    expect(holder('Prime Minister', 'Japan', '2012-01-01')).toEqual([]);
  });
});
