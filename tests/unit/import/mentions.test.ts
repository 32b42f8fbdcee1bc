import { describe, expect, it } from 'vitest';
import { readMention } from '../../../src/import/english/mention.ts';

describe('a person named in a lead', () => {
  it('keeps the lower-case words that belong to names', () => {
    const particles = [
      'bin',
      'binti',
      'bint',
      'al',
      'el',
      'de',
      'da',
      'di',
      'do',
      'dos',
      'du',
      'van',
      'von',
      'der',
      'den',
      'ter',
      'la',
      'le',
      'y',
      'ibn',
    ];
    for (const particle of particles)
      expect(
        readMention(`Amir ${particle} Rahman, Minister of Foreign Affairs of Malaysia, held talks`)
          .person,
        particle,
      ).toEqual({
        name: `Amir ${particle} Rahman`,
        role: 'Minister of Foreign Affairs of Malaysia',
        attendance: 'principal',
      });
    expect(
      readMention('Ursula von der Leyen, President of the European Commission, met').person,
    ).toMatchObject({ name: 'Ursula von der Leyen', role: 'President of the European Commission' });
  });

  it('ends the name at a lower-case word that belongs to no name', () => {
    expect(readMention('Joe Biden met with the Prime Minister')).toEqual({
      person: { name: 'Joe Biden', role: '', attendance: 'principal' },
      after: 'met with the Prime Minister',
    });
  });

  it('keeps a generational suffix after a comma with the name', () => {
    for (const suffix of ['Jr.', 'Sr.', 'II', 'III', 'IV'])
      expect(
        readMention(`Mr. Robert Smith, ${suffix}, Secretary of the Treasury, held talks`).person,
        suffix,
      ).toMatchObject({ name: `Mr. Robert Smith, ${suffix}`, role: 'Secretary of the Treasury' });
    expect(readMention('with Mr. Robert Smith, Jr.').person.name).toBe(
      'with Mr. Robert Smith, Jr.',
    );
    expect(readMention('Robert Smith, III held talks')).toMatchObject({
      person: { name: 'Robert Smith, III', role: '' },
      after: ' held talks',
    });
    // A word that starts with I is no suffix, but the start of the role.
    expect(readMention('Robert Smith, Interior Minister of Ruritania, met').person).toMatchObject({
      name: 'Robert Smith',
      role: 'Interior Minister of Ruritania',
    });
  });

  it('ends a name at the end of its sentence, keeping an initial’s full stop', () => {
    expect(readMention('Mr. Joe Biden.').person.name).toBe('Mr. Joe Biden');
    expect(readMention('Mr. Donald J.').person.name).toBe('Mr. Donald J.');
  });

  it('ends a role that names its country before the place or occasion of the meeting', () => {
    for (const [after, place] of [
      [' at the Prime Minister’s Office', 'at'],
      [' in Tokyo', 'in'],
      [' during his visit to Japan', 'during'],
      [' while visiting Japan', 'while'],
      [' on the occasion of the summit', 'on the occasion of'],
      [' on the margins of the G20', 'on the margins of'],
      [' on the sidelines of the UN General Assembly', 'on the sidelines of'],
    ] as const) {
      const mention = readMention(`Joe Biden, Vice President of the United States${after}.`);
      expect(mention.person.role, place).toBe('Vice President of the United States');
      expect(mention.after.trimStart(), place).toMatch(new RegExp(`^${place}`));
    }
    // A role whose "in" is part of it, before its country is named, goes on.
    expect(readMention('Anna Lind, Minister in charge of Trade of Sweden, met').person.role).toBe(
      'Minister in charge of Trade of Sweden',
    );
  });

  it('reads text pasted with runs of spaces as with one', () => {
    expect(
      readMention('Joe Biden, Vice President of the United States  on  the  margins  of  the G20.')
        .person.role,
    ).toBe('Vice President of the United States');
    expect(readMention('Joe Biden, Vice President of the United States  and').person.role).toBe(
      'Vice President of the United States',
    );
  });

  it('ends a role before “and” closing the text, and at a semicolon', () => {
    expect(readMention('Joe Biden, Vice President of the United States and').person.role).toBe(
      'Vice President of the United States',
    );
    expect(
      readMention('Joe Biden, Vice President of the United States; Prime Minister Abe').person.role,
    ).toBe('Vice President of the United States');
  });
});
