import { describe, expect, it } from 'vitest';
import {
  familyNameOf,
  findPerson,
  newPerson,
  shortForms,
} from '../../../src/import/vocabulary/people.ts';
import { idMaker } from '../../../src/import/vocabulary/slugger.ts';
import { repositoryVocabulary } from '../../support/import.ts';

const { people } = await repositoryVocabulary();
const idOf = (name: string) => findPerson(name, people)?.id;
const named = (name: string, role = 'Envoy', text = '') =>
  newPerson({ name, role, attendance: 'principal' }, text, idMaker([]));

describe('a person of the vocabulary named another way', () => {
  it('is found by the same words in another order, compared word by word', () => {
    expect(idOf('Jae-in Moon')).toBe('moon-jae-in');
    expect(idOf('Injae Moon')).toBeUndefined();
    expect(idOf('Shinza Obe')).toBeUndefined();
  });

  it('is found without the initials one of the two names has, in any order', () => {
    expect(idOf('TRUMP Donald')).toBe('donald-trump');
    expect(idOf('Donaldt Rump')).toBeUndefined();
  });
});

describe('the family name of a new person', () => {
  it('is never a generation’s suffix, with or without its comma', () => {
    expect(familyNameOf('Joseph R. Biden, Jr.', '')).toBe('Biden');
    expect(familyNameOf('Joseph R. Biden Jr.', '')).toBe('Biden');
    expect(familyNameOf('Joseph R. Biden,  Sr.', '')).toBe('Biden');
  });

  it('is never a word written in lower case, however often the text uses it', () => {
    expect(
      familyNameOf(
        'Ursula von der Leyen',
        'President von der Leyen said; von der Leyen agreed; the von family left.',
      ),
    ).toBe('Leyen');
    expect(familyNameOf('Sabah al-Ahmad al-Jaber', '')).toBe('Sabah');
  });

  it('is a family name in capitals, though it looks like a numeral at one end', () => {
    expect(familyNameOf('LI Keqiang', '')).toBe('Li');
    expect(familyNameOf('IVANOV Sergei', '')).toBe('Ivanov');
    // A family name spelt as a numeral is one when it opens the name.
    expect(familyNameOf('XI Jinping', 'President Xi said.')).toBe('Xi');
    expect(familyNameOf('VI Tran', '')).toBe('Vi');
    expect(familyNameOf('Benigno S. Aquino III', 'President Aquino said.')).toBe('Aquino');
  });

  it('is counted as a whole word of the text only', () => {
    expect(familyNameOf('Anna Lee', 'Anna said. Lee said. Annabel and Annapolis.')).toBe('Lee');
    expect(familyNameOf('Anna Lee', 'Anna said. Anna met Lee.')).toBe('Anna');
    // An initial counts only where the text writes it with its stop.
    expect(familyNameOf('Anna Q. Lee', 'Q. Lee said. Q said yes. Q said no.')).toBe('Lee');
  });
});

describe('the forms of a new person’s name', () => {
  it('take a title only from the words of their role', () => {
    expect(
      shortForms(
        'Kishida',
        'Prime Minister of Japan',
        'Then Kishida spoke. Prime Minister Kishida agreed.',
      ),
    ).toEqual(['Prime Minister Kishida']);
  });

  it('join the words of a title with single spaces', () => {
    expect(
      shortForms('Kishida', 'Minister for Foreign Affairs', 'Foreign  Minister Kishida said.'),
    ).toEqual(['Foreign Minister Kishida']);
  });

  it('are none for a role that is a description', () => {
    expect(shortForms('Tanaka', 'a member of the House of Representatives', 'No mention.')).toEqual(
      [],
    );
  });
});

describe('a new person', () => {
  it('is written in running text’s capitals, a numeral kept', () => {
    expect(named('LI Keqiang').name).toBe('Li Keqiang');
    expect(named('IVANOV Sergei').name).toBe('Ivanov Sergei');
    expect(named('XI Jinping').name).toBe('Xi Jinping');
    expect(named('Benigno S. AQUINO III').name).toBe('Benigno S. Aquino III');
    expect(named('Benigno S. AQUINO III').mentions).toContain('Benigno S. AQUINO III');
  });

  it('has the id "person" when the name gives no letters an id can use', () => {
    expect(named('王毅').id).toBe('person');
  });
});
