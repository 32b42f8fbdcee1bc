import { describe, expect, it } from 'vitest';
import {
  countryAtStart,
  countryNamed,
  officeAtStart,
  sameOffice,
  type Lexicon,
} from '../../../src/import/english/lexicon.ts';

const lexicon: Lexicon = {
  countries: [
    { name: 'United Kingdom', forms: ['UK', 'British'], familyNameFirst: false },
    { name: 'Republic of Korea', forms: ['ROK', 'South Korea'], familyNameFirst: true },
  ],
  offices: [
    { title: 'Minister for Foreign Affairs', forms: ['Foreign Minister', 'Foreign Secretary'] },
    { title: 'Minister', forms: [] },
    { title: 'Prime Minister', forms: ['PM'] },
  ],
};

describe('a country named in a readout', () => {
  it('is found by its name or any of its forms, compared without case or punctuation', () => {
    expect(countryNamed('United Kingdom', lexicon)?.name).toBe('United Kingdom');
    expect(countryNamed('british', lexicon)?.name).toBe('United Kingdom');
    expect(countryNamed('South-Korea', lexicon)?.name).toBe('Republic of Korea');
  });

  it('is found without “the” before it or an abbreviation in brackets after it', () => {
    expect(countryNamed('the Republic of Korea (ROK)', lexicon)?.name).toBe('Republic of Korea');
    expect(countryNamed('The United Kingdom', lexicon)?.name).toBe('United Kingdom');
  });

  it('is not found when the words name none, or more than one', () => {
    expect(countryNamed('Ruritania', lexicon)).toBeUndefined();
    expect(countryNamed('United Kingdom and ROK', lexicon)).toBeUndefined();
    expect(countryNamed('', lexicon)).toBeUndefined();
  });
});

describe('a country or office that a text opens with', () => {
  it('is the longest form the text starts with, on whole words, and the words after it', () => {
    expect(officeAtStart('Minister for Foreign Affairs Jane Doe', lexicon)).toEqual({
      entry: lexicon.offices[0],
      words: 'Minister for Foreign Affairs',
      rest: 'Jane Doe',
    });
    expect(officeAtStart('Minister Jane Doe', lexicon)).toEqual({
      entry: lexicon.offices[1],
      words: 'Minister',
      rest: 'Jane Doe',
    });
    expect(countryAtStart('  British   Foreign Secretary  Doe', lexicon)).toEqual({
      entry: lexicon.countries[0],
      words: 'British',
      rest: 'Foreign Secretary Doe',
    });
    expect(officeAtStart('PM', lexicon)).toEqual({
      entry: lexicon.offices[2],
      words: 'PM',
      rest: '',
    });
  });

  it('is none when the text does not start with one, or only with part of a word', () => {
    expect(officeAtStart('Jane Doe, Minister', lexicon)).toBeUndefined();
    expect(officeAtStart('Ministerial talks', lexicon)).toBeUndefined();
    expect(countryAtStart('UKRAINE', lexicon)).toBeUndefined();
  });

  it('is found within the first twelve words only', () => {
    const office = { title: 'a b c d e f g h i j k l', forms: [] };
    const long = { countries: [], offices: [office] };
    expect(officeAtStart('a b c d e f g h i j k l m', long)?.rest).toBe('m');
    const longer = { countries: [], offices: [{ title: 'a b c d e f g h i j k l m', forms: [] }] };
    expect(officeAtStart('a b c d e f g h i j k l m', longer)).toBeUndefined();
  });
});

describe('two titles', () => {
  it('name one office when they are the same words, or forms of one office', () => {
    expect(sameOffice('Foreign Minister', 'foreign minister', lexicon)).toBe(true);
    expect(sameOffice('Vice-Minister', 'Vice Minister', lexicon)).toBe(true);
    expect(sameOffice('Foreign Minister', 'Minister for Foreign Affairs', lexicon)).toBe(true);
    expect(sameOffice('Foreign Secretary', 'Foreign Minister', lexicon)).toBe(true);
  });

  it('name two offices otherwise', () => {
    expect(sameOffice('Foreign Minister', 'Prime Minister', lexicon)).toBe(false);
    expect(sameOffice('Minister', 'Foreign Minister', lexicon)).toBe(false);
    expect(sameOffice('Defence Minister', 'Foreign Minister', lexicon)).toBe(false);
  });
});

describe('a country named with runs of spaces', () => {
  it('is found without its “the” and its bracketed abbreviation', () => {
    expect(countryNamed('the  Republic of Korea', lexicon)?.name).toBe('Republic of Korea');
    expect(countryNamed('Republic of Korea  (ROK)  ', lexicon)?.name).toBe('Republic of Korea');
    expect(countryNamed('Republic of Korea (ROK) extra', lexicon)).toBeUndefined();
  });
});
