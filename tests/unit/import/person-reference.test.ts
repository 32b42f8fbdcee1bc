import { describe, expect, it } from 'vitest';
import { readReference } from '../../../src/import/english/person-reference.ts';
import { repositoryVocabulary } from '../../support/import.ts';

const lexicon = await repositoryVocabulary();
const read = (phrase: string) => readReference(phrase, lexicon);

describe('a person named by office or by name', () => {
  it('is read without the full stop, semicolon or colon that ends its sentence', () => {
    for (const end of ['.', ';', ':'])
      expect(read(`Prime Minister Abe${end}`), end).toEqual({
        words: 'Prime Minister Abe',
        title: 'Prime Minister',
        familyName: 'Abe',
      });
  });

  it('is named without honorifics and post-nominals', () => {
    expect(read('Mr. Fumio Kishida')).toEqual({
      words: 'Mr. Fumio Kishida',
      name: 'Fumio Kishida',
    });
    expect(read('Fumio Kishida MP')).toEqual({ words: 'Fumio Kishida MP', name: 'Fumio Kishida' });
    expect(read('the Rt Hon Fumio Kishida MP,')).toEqual({
      words: 'the Rt Hon Fumio Kishida MP,',
      name: 'Fumio Kishida',
    });
    expect(read('the Prime Minister of Japan, Mr. Kishida')).toEqual({
      words: 'the Prime Minister of Japan, Mr. Kishida',
      title: 'Prime Minister',
      country: 'Japan',
      familyName: 'Kishida',
    });
  });

  it('keeps the particles, apostrophes and hyphens of names', () => {
    for (const name of [
      'Ursula von der Leyen',
      'Mohamad bin Abdullah',
      'Ahmad binti Ali',
      'Ali al Said',
      'Ruud van Dijk',
      'Ana de Souza',
      'Ana da Silva',
      'Ana la Rosa',
      'Jean le Pen',
      'J. Smith',
    ])
      expect(read(name), name).toEqual({ words: name, name });
    for (const familyName of ['O’Neill', "O'Neill", 'Smith-Jones', 'Smith‑Jones'])
      expect(read(`Prime Minister ${familyName}`), familyName).toEqual({
        words: `Prime Minister ${familyName}`,
        title: 'Prime Minister',
        familyName,
      });
  });

  it('keeps a generational suffix, with or without its comma and full stop', () => {
    for (const name of ['Joseph R. Biden, Jr.', 'Joseph Biden Sr.', 'Joseph Biden, Sr'])
      expect(read(name), name).toEqual({ words: name, name });
  });

  it('gives the name after its office and country, or before them after a comma', () => {
    expect(read('Kishida Fumio, Prime Minister of Japan')).toEqual({
      words: 'Kishida Fumio, Prime Minister of Japan',
      title: 'Prime Minister',
      country: 'Japan',
      name: 'Kishida Fumio',
    });
    expect(read('the Prime Minister of Japan, Kishida')).toEqual({
      words: 'the Prime Minister of Japan, Kishida',
      title: 'Prime Minister',
      country: 'Japan',
      familyName: 'Kishida',
    });
    expect(read('Prime Minister of the Republic of Korea (ROK) Han')).toEqual({
      words: 'Prime Minister of the Republic of Korea (ROK) Han',
      title: 'Prime Minister',
      country: 'Republic of Korea',
      familyName: 'Han',
    });
  });

  it('names the country by its name in the lexicon, with or without “the”', () => {
    expect(read('President of the United States')).toEqual({
      words: 'President of the United States',
      title: 'President',
      country: 'United States of America',
    });
    expect(read('Foreign Minister of the Republic of Korea')).toMatchObject({
      title: 'Foreign Minister',
      country: 'Republic of Korea',
    });
  });

  it('is no one when the words are no office and no name', () => {
    for (const phrase of [
      '',
      'the',
      'smith',
      'Prime Minister abe',
      'Prime Minister Abe of Atlantis',
      'Prime Minister Abe and President Moon',
      'Prime Minister Kishida, President Yoon',
      'Prime Minister Kishida of Japan, the Prime Minister',
    ])
      expect(read(phrase), phrase).toBeUndefined();
  });
});

describe('a person named by office, written with runs of spaces', () => {
  it('is read with its country, its name and its suffix', () => {
    expect(read('Prime Minister Abe  of  Japan')).toMatchObject({
      title: 'Prime Minister',
      country: 'Japan',
      familyName: 'Abe',
    });
    expect(read('Prime Minister of  the  Republic of Korea Han')).toMatchObject({
      country: 'Republic of Korea',
      familyName: 'Han',
    });
    expect(read('Prime Minister Abe of  the  Republic of Korea')).toMatchObject({
      country: 'Republic of Korea',
      familyName: 'Abe',
    });
    expect(read('Prime Minister of the Republic of Korea (ROK)  Han')).toMatchObject({
      country: 'Republic of Korea',
      familyName: 'Han',
    });
    expect(read('the  Prime Minister')).toEqual({
      words: 'the  Prime Minister',
      title: 'Prime Minister',
    });
    for (const name of ['Joseph Biden  Jr.', 'Joseph Biden,  Jr.', 'Ursula  von  der  Leyen'])
      expect(read(name), name).toEqual({ words: name, name });
  });

  it('is read on either side of a comma', () => {
    expect(read('the Prime Minister of Japan,  Kishida Fumio')).toMatchObject({
      country: 'Japan',
      name: 'Kishida Fumio',
    });
    expect(read('Fumio Kishida,  the  Prime Minister of Japan')).toMatchObject({
      country: 'Japan',
      name: 'Fumio Kishida',
    });
  });
});

describe('a person named by office and one name', () => {
  it('has that name as the family name, with its suffix', () => {
    expect(read('President Biden, Jr.')).toEqual({
      words: 'President Biden, Jr.',
      title: 'President',
      familyName: 'Biden, Jr.',
    });
    expect(read('President Biden Sr.')).toMatchObject({ familyName: 'Biden Sr.' });
  });

  it('is no one when a name stands on both sides of the comma', () => {
    expect(read('Prime Minister Abe, Kishida Fumio')).toBeUndefined();
    expect(read('Kishida Fumio, Prime Minister Abe')).toBeUndefined();
  });

  it('has a country from an adjective before the office, and none from an unknown one', () => {
    expect(read('Japanese Prime Minister')).toEqual({
      words: 'Japanese Prime Minister',
      title: 'Prime Minister',
      country: 'Japan',
    });
    expect(read('Prime Minister of Atlantis')).toBeUndefined();
    expect(read('Prime Minister of Japan, Kishida Fumio, MP')).toMatchObject({
      country: 'Japan',
      name: 'Kishida Fumio',
    });
  });
});

describe('a name typed with a space before its semicolon', () => {
  it('is read without the space', () => {
    expect(read('Fumio Kishida ;')).toMatchObject({ name: 'Fumio Kishida' });
  });
});

describe('a person named by office, at the edges of the phrase', () => {
  it('is read without spaces around the phrase, or the full stop after a name', () => {
    expect(read(' Prime Minister Abe ')).toEqual({
      words: 'Prime Minister Abe',
      title: 'Prime Minister',
      familyName: 'Abe',
    });
    expect(read('Mr. Joe Biden.')).toEqual({ words: 'Mr. Joe Biden', name: 'Joe Biden' });
  });

  it('is no one when a note in brackets follows the name', () => {
    expect(read('Prime Minister of Japan Kishida (LDP)')).toBeUndefined();
  });
});
