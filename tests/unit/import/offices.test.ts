import { describe, expect, it } from 'vitest';
import { holdersOn, officeOfRole } from '../../../src/import/vocabulary/offices.ts';
import { repositoryVocabulary } from '../../support/import.ts';

const vocabulary = await repositoryVocabulary();
const holders = (title: string, country: string | undefined, date: string): string[] =>
  holdersOn({ title, country }, date, vocabulary.people, vocabulary).map(({ id }) => id);

describe('the office a role names', () => {
  it('is its title and the country it serves, by the country’s name', () => {
    expect(officeOfRole('Secretary of State of the United States of America', vocabulary)).toEqual({
      title: 'Secretary of State',
      country: 'United States of America',
    });
    expect(officeOfRole('the Prime Minister of the U.K.', vocabulary)).toEqual({
      title: 'Prime Minister',
      country: 'United Kingdom',
    });
    expect(officeOfRole('Former Prime Minister of Japan', vocabulary)).toEqual({
      title: 'Prime Minister',
      country: 'Japan',
    });
  });

  it('keeps a country the vocabulary does not know as written, and none where none is named', () => {
    expect(officeOfRole('Prime Minister of Ruritania', vocabulary)).toEqual({
      title: 'Prime Minister',
      country: 'Ruritania',
    });
    expect(officeOfRole('Foreign Secretary', vocabulary)).toEqual({
      title: 'Foreign Secretary',
      country: undefined,
    });
  });

  it('is none for a role that opens with no office', () => {
    expect(officeOfRole('a former prisoner of war', vocabulary)).toBeUndefined();
    expect(officeOfRole('Ambassador of Japan', vocabulary)).toBeUndefined();
  });
});

describe('who held an office on a day', () => {
  it('is the holder of that title in the country named', () => {
    expect(holders('Prime Minister', 'Japan', '2016-09-21')).toEqual(['shinzo-abe']);
    expect(holders('Prime Minister', 'Japanese', '2016-09-21')).toEqual(['shinzo-abe']);
    expect(holders('Prime Minister', 'United Kingdom', '2016-09-21')).toEqual(['theresa-may']);
  });

  it('counts both days of a term', () => {
    expect(holders('Prime Minister', 'Japan', '2020-09-16')).toEqual([
      'shinzo-abe',
      'yoshihide-suga',
    ]);
    expect(holders('Prime Minister', 'Japan', '2012-12-25')).toEqual([]);
    expect(holders('Prime Minister', 'Japan', '2020-09-17')).toEqual(['yoshihide-suga']);
  });

  it('finds a term that has not ended', () => {
    expect(holders('President', 'China', '2030-01-01')).toEqual(['xi-jinping']);
  });

  it('knows an office by another of its forms', () => {
    expect(holders('Foreign Minister', 'Japan', '2016-09-21')).toEqual(['fumio-kishida']);
  });

  it('is everyone who held it, in any country, when none is named', () => {
    expect(holders('Secretary of State', undefined, '2016-09-21')).toEqual(
      holders('Minister for Foreign Affairs', undefined, '2016-09-21'),
    );
    expect(holders('President', undefined, '2016-09-21')).toEqual([
      'xi-jinping',
      'vladimir-putin',
      'barack-obama',
      'park-geun-hye',
    ]);
  });
});

describe('the office of a role, by the archive’s own offices', () => {
  it('is the longest office the role opens with, a "the" inside it kept', async () => {
    const { countries, offices } = await repositoryVocabulary();
    const lexicon = {
      countries,
      offices: [...offices, { title: 'Chancellor of the Exchequer', forms: [] }],
    };
    expect(officeOfRole('Chancellor of the Exchequer', lexicon)?.title).toBe(
      'Chancellor of the Exchequer',
    );
  });
});
