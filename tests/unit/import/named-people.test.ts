import { describe, expect, it } from 'vitest';
import { namedPeople } from '../../../src/import/english/named-people.ts';

const person = (name: string, role: string) => ({
  name,
  role,
  attendance: 'principal' as const,
});

describe('the people of a lead that names them in full', () => {
  it('are on the side the lead puts them, named by the words of the lead', () => {
    expect(
      namedPeople({
        hosts: [person('Ken Sato', 'Prime Minister of Japan')],
        guests: [person('Jane Doe', 'President of Ruritania'), person('Tom Roe', '')],
        spokespeople: [person('Bob Poe', 'a teacher')],
        alsoPresent: [{ ...person('Al Coe', 'Adviser'), attendance: 'also-present' }],
        verbPhrase: 'met',
        clauses: [],
        preamble: '',
      }),
    ).toEqual([
      { words: 'Ken Sato', name: 'Ken Sato', role: 'Prime Minister of Japan', side: 'host' },
      { words: 'Jane Doe', name: 'Jane Doe', role: 'President of Ruritania', side: 'guest' },
      { words: 'Tom Roe', name: 'Tom Roe', role: '', side: 'guest' },
      { words: 'Bob Poe', name: 'Bob Poe', role: 'a teacher', side: 'spokesperson' },
      { words: 'Al Coe', name: 'Al Coe', role: 'Adviser', side: 'also-present' },
    ]);
  });

  it('are none when the lead names no one', () => {
    expect(namedPeople(undefined)).toEqual([]);
  });
});
