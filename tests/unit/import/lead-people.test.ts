import { describe, expect, it } from 'vitest';
import { leadPeople } from '../../../src/import/english/who-met.ts';

describe('the people of a lead named by a title', () => {
  it('count in the first sentence only, where the participants are', () => {
    const people = leadPeople(
      'On April 2, Prime Minister Ken Sato held a summit meeting with President Jane Doe. Afterwards, President Tom Roe also attended the dinner.',
    );
    expect(people?.hosts.map(({ name }) => name)).toEqual(['Ken Sato']);
    expect(people?.guests.map(({ name }) => name)).toEqual(['Jane Doe']);
    expect(people?.alsoPresent).toEqual([]);
  });

  it('count after a sentence of honorifics too, when the lead is one sentence', () => {
    const people = leadPeople(
      'On April 2, Mr. Ken Sato, Minister for Foreign Affairs, held a meeting with President Jane Doe',
    );
    expect(people?.guests).toEqual([
      { name: 'Jane Doe', role: 'President', attendance: 'principal' },
    ]);
  });
});
