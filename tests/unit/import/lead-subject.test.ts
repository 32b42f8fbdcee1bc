import { describe, expect, it } from 'vitest';
import type { DraftPerson } from '../../../src/import/draft.ts';
import { MissingFields } from '../../../src/import/import-error.ts';
import { subjectAsPerson } from '../../../src/import/vocabulary/lead-subject.ts';
import { repositoryVocabulary } from '../../support/import.ts';

const vocabulary = await repositoryVocabulary();
const guest: DraftPerson = {
  words: 'Mr. Joe Biden, President of the United States',
  name: 'Joe Biden',
  role: 'President of the United States',
  side: 'guest',
};
const subject = (words: string, date: string | undefined, people: DraftPerson[] = [guest]) =>
  subjectAsPerson(words, people, {
    date,
    known: vocabulary.people,
    lexicon: vocabulary,
    text: '',
    missing: new MissingFields(),
    notes: [],
    inferred: [],
  });

describe('a subject the lead names by title and family name', () => {
  it('is the person the vocabulary knows by that form of the name, on the host’s side', () => {
    expect(subject('Prime Minister Kishida', undefined)).toEqual({
      words: 'Prime Minister Kishida',
      familyName: 'Kishida',
      name: 'Fumio Kishida',
      role: 'Prime Minister',
      side: 'host',
    });
  });

  it('is whoever of that family name held the office that day', () => {
    expect(subject('Prime Minister Suga of Japan', '2021-01-27')).toEqual({
      words: 'Prime Minister Suga of Japan',
      familyName: 'Suga',
      name: 'Yoshihide Suga',
      role: 'Prime Minister',
      side: 'host',
    });
    expect(subject('Prime Minister Suga of Japan', '2016-09-21')).toBeUndefined();
    expect(subject('Prime Minister Suga of Japan', undefined)).toBeUndefined();
  });

  it('is named by the name the vocabulary knows, without a family name it does not say', () => {
    expect(subject('President Lee Jae-myung', undefined)).toEqual({
      words: 'President Lee Jae-myung',
      name: 'Lee Jae-myung',
      role: 'President',
      side: 'host',
    });
  });

  it('is no one when the lead already names a host', () => {
    expect(
      subject('Prime Minister Kishida', undefined, [guest, { ...guest, side: 'host' }]),
    ).toBeUndefined();
  });

  it('is no one for words without a title, or a title without a name', () => {
    expect(subject('a delegation of former prisoners of war', '2016-09-21')).toBeUndefined();
    expect(subject('Fumio Kishida', '2023-01-01')).toBeUndefined();
    expect(subject('The Prime Minister', '2016-09-21')).toBeUndefined();
    expect(subject('The Prime Minister', undefined)).toBeUndefined();
  });
});
