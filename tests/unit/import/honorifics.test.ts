import { describe, expect, it } from 'vitest';
import {
  leadingPostNominals,
  withoutPostNominals,
} from '../../../src/import/english/honorifics.ts';
import { leadPeople } from '../../../src/import/english/who-met.ts';

const guestOf = (named: string) =>
  leadPeople(
    `On May 1, Mr. Ken Sato, Minister, received a courtesy call from ${named}, Ambassador of Ruritania.`,
  )?.guests;

describe('the honorifics before a name in a lead', () => {
  const honorifics = [
    'H.E.',
    'H. E.',
    'H.M.',
    'H.R.H.',
    'H.H.',
    'Rt. Hon.',
    'Rt.Hon.',
    'Hon.',
    'Mr.',
    'Ms.',
    'Mrs.',
    'Mx.',
    'Dr.',
    'Prof.',
    'Sen.',
    'Mr',
    'Ms',
    'Mrs',
    'Dr',
    'Rt Hon',
    'Rt. Hon',
    'the Hon',
    'The Hon.',
    'the Honorable',
    'the Honourable',
    'the Right Honourable',
    'His Excellency',
    'Her Excellency',
    'Their Excellency',
    'His Majesty',
    'Her Royal Highness',
    'His Highness',
    'Excellency',
    'Senator',
    'Professor',
    'Sir',
    'Dame',
    'Sheikh',
    'Sheikha',
    "Dato'",
    'Dato’',
    'Dato',
    'Datuk',
    "Dato' Seri",
    'Datuk Sri',
    'Datin',
    'Datin Seri',
    'Tan Sri',
    'Toh Puan',
    'Tun',
    'H.E. Dr.',
    'Senator the Hon.',
  ];
  for (const honorific of honorifics)
    it(`“${honorific}” are not part of the name`, () => {
      expect(guestOf(`${honorific} Jane Doe`)).toEqual([
        { name: 'Jane Doe', role: 'Ambassador of Ruritania', attendance: 'principal' },
      ]);
    });

  it('glued to the name by a typo still start it', () => {
    expect(guestOf('Mr.John Doe')?.[0]?.name).toBe('John Doe');
  });

  it('name no one when a small letter, not a name, follows', () => {
    expect(leadPeople('On May 1, the minister met Mr. smith and Dr. jones.')).toBeUndefined();
  });

  it('name no one inside a word or after a full stop', () => {
    for (const text of [
      'See ExMr Jane Doe.',
      'See SirJane Doe.',
      'See www.Mr.Jane Doe.',
      'See x.Mr. Jane Doe.',
    ])
      expect(leadPeople(text), text).toBeUndefined();
  });
});

describe('letters after a name', () => {
  const postNominals = [
    'MP',
    'MHR',
    'MLA',
    'QC',
    'KC',
    'SC',
    'AC',
    'AO',
    'OBE',
    'CBE',
    'KBE',
    'DBE',
    'MBE',
    'GCMG',
    'KCMG',
    'CMG',
    'ONZ',
    'GNZM',
    'KNZM',
    'MNZM',
    'PhD',
  ];
  it('are not part of it, with or without a comma or full stop', () => {
    for (const letters of postNominals) {
      expect(withoutPostNominals(`Jane Doe ${letters}`), letters).toBe('Jane Doe');
      expect(withoutPostNominals(`Jane Doe, ${letters}.`), letters).toBe('Jane Doe');
    }
    expect(withoutPostNominals('Jane Doe AC CMG')).toBe('Jane Doe');
  });

  it('are part of it when they are the start of a word or inside the name', () => {
    expect(withoutPostNominals('Jane MPonda')).toBe('Jane MPonda');
    expect(withoutPostNominals('Jane MP Doe')).toBe('Jane MP Doe');
    expect(withoutPostNominals('Jane DoeMP')).toBe('Jane DoeMP');
  });

  it('open a role before its title, and are measured with their commas', () => {
    expect(leadingPostNominals(' MP, Prime Minister')).toBe(4);
    expect(leadingPostNominals(' AC, CMG, Ambassador')).toBe(9);
    expect(leadingPostNominals('Prime Minister, MP')).toBe(0);
    expect(leadingPostNominals(' MPs of the House')).toBe(0);
  });
});

describe('a title before a full name in a lead', () => {
  const titles = [
    'Prime Minister',
    'Deputy Prime Minister',
    'President',
    'Vice President',
    'Foreign Minister',
    'Minister for Foreign Affairs',
    'Minister of Foreign Affairs',
    'Chief Cabinet Secretary',
    'Deputy Chief Cabinet Secretary',
    'Secretary of State',
    'Secretary-General',
    'Chancellor',
    'Premier',
    'King',
    'Queen',
    'Emperor',
    'Crown Prince',
    'Crown Princess',
    'Sultan',
    'Emir',
    'Amir',
    'Speaker',
  ];
  for (const title of titles)
    it(`“${title}” is the role of the person it names`, () => {
      const people = leadPeople(`On May 1, ${title} Ken Sato held a meeting with Ms. Jane Doe.`);
      expect(people?.hosts).toEqual([{ name: 'Ken Sato', role: title, attendance: 'principal' }]);
      expect(people?.guests.map(({ name }) => name)).toEqual(['Jane Doe']);
    });

  for (const before of ['with', 'from', 'on', 'by', 'and', 'with the'])
    it(`names a participant after “${before}”`, () => {
      const people = leadPeople(
        `On May 1, Mr. Ken Sato, Minister, paid a visit ${before} President Jane Doe.`,
      );
      expect(people?.guests).toEqual([
        { name: 'Jane Doe', role: 'President', attendance: 'principal' },
      ]);
    });

  it('names a participant whose name has a particle or an apostrophe', () => {
    expect(
      leadPeople('On May 1, Mr. Ken Sato met with President Ali bin Said.')?.guests[0]?.name,
    ).toBe('Ali bin Said');
    expect(
      leadPeople('On May 1, Mr. Ken Sato met with President Ursula von Doe.')?.guests[0]?.name,
    ).toBe('Ursula von Doe');
    expect(
      leadPeople('On May 1, Mr. Ken Sato met with President Jane O’Doe.')?.guests[0]?.name,
    ).toBe('Jane O’Doe');
  });

  it('names no participant after other words, or before a single name', () => {
    expect(
      leadPeople('On May 1, at the invitation of President Jane Doe, the two met.'),
    ).toBeUndefined();
    expect(leadPeople('On May 1, the two met with President Doe.')).toBeUndefined();
  });
});

describe('honorifics and titles written with runs of spaces', () => {
  for (const honorific of [
    'H.E.  Ms.',
    'Rt.  Hon.',
    'Rt  Hon',
    'the  Hon',
    'The  Hon.',
    'Mr.  ',
    'Sir  ',
    'the  Right  Honourable',
    'His  Excellency',
    'Her  Royal  Highness',
    "Dato'  Seri",
    'Datin  Seri',
    'Tan  Sri',
    'Toh  Puan',
    'Senator  the  Hon.',
  ])
    it(`are not part of the name: “${honorific}”`, () => {
      expect(guestOf(`${honorific.trimEnd()} Jane Doe`)?.[0]?.name).toBe('Jane Doe');
    });

  for (const title of [
    'Deputy  Prime  Minister',
    'Vice  President',
    'Minister  for  Foreign  Affairs',
    'Deputy  Chief  Cabinet  Secretary',
    'Secretary  of  State',
    'Crown  Prince',
    'Foreign  Minister',
  ])
    it(`are the role before a full name: “${title}”`, () => {
      expect(leadPeople(`On May 1, Mr. Ken Sato met with ${title} Jane Doe.`)?.guests).toEqual([
        { name: 'Jane Doe', role: title.replace(/\s+/g, ' '), attendance: 'principal' },
      ]);
    });

  it('name a participant after “with the” and before a name with a particle', () => {
    expect(
      leadPeople('On May 1, Mr. Ken Sato met with  the  President  Jane Doe.')?.guests,
    ).toEqual([{ name: 'Jane Doe', role: 'President', attendance: 'principal' }]);
    expect(
      leadPeople('On May 1, Mr. Ken Sato met with President Ali  bin  Said.')?.guests[0]?.role,
    ).toBe('President');
  });

  it('leave post-nominals apart from the name', () => {
    expect(withoutPostNominals('Jane Doe  MP')).toBe('Jane Doe');
    expect(withoutPostNominals('Jane Doe,  MP')).toBe('Jane Doe');
    expect(leadingPostNominals('  MP,  QC, Ambassador')).toBe(10);
  });
});
