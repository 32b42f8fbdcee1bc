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
