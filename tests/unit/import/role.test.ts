import { describe, expect, it } from 'vitest';
import { countryOfRole, roleOfOffice, roleTitle } from '../../../src/import/english/role.ts';

describe('the country a role serves', () => {
  it('is what follows an “of” that no ministry’s remit opens', () => {
    for (const remit of [
      'Foreign Affairs',
      'Economic and Social Affairs',
      'External Relations',
      'Foreign Trade',
      'Affairs',
      'State',
      'Defence',
      'Defense',
      'Finance',
      'Economy',
      'Trade',
      'Commerce',
      'Home Affairs',
      'Interior',
      'Justice',
      'Health',
      'Education',
      'Agriculture',
      'Industry',
      'Land',
      'Environment',
      'the Cabinet',
      'the Government',
      'the Ministry',
      'the Department',
      'the Office',
    ])
      expect(countryOfRole(`Minister of ${remit} of Ruritania`), remit).toBe('Ruritania');
  });

  it('is none when only a remit or lower-case words follow “of”', () => {
    expect(countryOfRole('Minister of Foreign Affairs')).toBeUndefined();
    expect(countryOfRole('Head of the Office')).toBeUndefined();
    expect(countryOfRole('a former prisoner of war')).toBeUndefined();
    expect(countryOfRole('Minister')).toBeUndefined();
  });

  it('is named without “the”, and a word that only starts like a remit is a country', () => {
    expect(countryOfRole('President of the Republic of Korea')).toBe('Republic of Korea');
    expect(countryOfRole('Ambassador of Statesland')).toBe('Statesland');
  });
});

describe('the title of a role', () => {
  it('is what comes before its first “ of ”', () => {
    expect(roleTitle('Prime Minister of Japan')).toBe('Prime Minister');
    expect(roleTitle(' Prime Minister ')).toBe('Prime Minister');
  });
});

describe('a role made of an office and its country', () => {
  it('reads the country with “the” where English does', () => {
    for (const country of [
      'United Kingdom',
      'Republic of Korea',
      'Democratic Republic of the Congo',
      'Federal Republic of Germany',
      'Islamic Republic of Iran',
      'Commonwealth of Australia',
      'Kingdom of Spain',
      'Russian Federation',
      'People’s Republic of China',
      'Philippines',
      'Netherlands',
      'State of Qatar',
    ])
      expect(roleOfOffice('Prime Minister', country)).toBe(`Prime Minister of the ${country}`);
  });

  it('reads other countries without “the”, and an office without a country alone', () => {
    expect(roleOfOffice('Prime Minister', 'Japan')).toBe('Prime Minister of Japan');
    expect(roleOfOffice('Prime Minister', 'Unitedia')).toBe('Prime Minister of Unitedia');
    expect(roleOfOffice('Prime Minister', undefined)).toBe('Prime Minister');
  });
});

describe('the country a role serves, further', () => {
  it('is named with a capital right after “of”, and keeps its own “the”', () => {
    expect(countryOfRole('a former prisoner of war in Korea')).toBeUndefined();
    expect(countryOfRole('Prime Minister of the  Netherlands')).toBe('Netherlands');
    expect(countryOfRole('President of Democratic Republic of the Congo')).toBe(
      'Democratic Republic of the Congo',
    );
  });
});
