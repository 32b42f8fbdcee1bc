import { describe, expect, it } from 'vitest';
import { leadPeople } from '../../../src/import/english/who-met.ts';

const firstSentence =
  'On May 2, Mr. Ken Sato, Minister for Foreign Affairs of Japan, held a meeting with Ms. Jane Doe, Minister of Foreign Affairs of Ruritania.';
const names = (people: readonly { name: string }[] | undefined) => people?.map(({ name }) => name);

describe('people named after a lead’s first sentence', () => {
  const attended = [
    'Also present was Mr. Tom Roe, Ambassador.',
    'Mr. Tom Roe, Ambassador, also attended.',
    'Mr. Tom Roe, Ambassador, was also in attendance.',
    'Mr. Tom Roe, Ambassador, also participated.',
    'Mr. Tom Roe, Ambassador, also joined.',
    'The meeting was attended by Mr. Tom Roe, Ambassador.',
    'The minister was accompanied by Mr. Tom Roe, Ambassador.',
    'She was joined by Mr. Tom Roe, Ambassador.',
    'Present were Mr. Tom Roe, Ambassador.',
  ];
  for (const sentence of attended)
    it(`are also present when their sentence says so: “${sentence}”`, () => {
      const people = leadPeople(`${firstSentence} ${sentence}`);
      expect(people?.alsoPresent).toEqual([
        { name: 'Tom Roe', role: 'Ambassador', attendance: 'also-present' },
      ]);
      expect(people?.spokespeople).toEqual([]);
      expect(names(people?.guests)).toEqual(['Jane Doe']);
    });

  const spoke = [
    ['Mr. Tom Roe, Ambassador, spoke on behalf of the delegation.', 'Ambassador'],
    ['The delegation was led by Mr. Tom Roe, Ambassador.', 'Ambassador'],
    ['The delegation was headed by Mr. Tom Roe, Ambassador.', 'Ambassador'],
    ['Mr. Tom Roe, head of the delegation, spoke.', 'head of the delegation'],
    ['Mr. Tom Roe, leader of the group, spoke.', 'leader of the group'],
    ['Mr. Tom Roe, representing the group, spoke.', 'representing the group'],
  ];
  for (const [sentence, role] of spoke)
    it(`speak for a visiting group when their sentence or role says so: “${sentence}”`, () => {
      const people = leadPeople(`${firstSentence} ${sentence}`);
      expect(people?.spokespeople).toEqual([{ name: 'Tom Roe', role, attendance: 'principal' }]);
      expect(people?.alsoPresent).toEqual([]);
    });

  it('are neither when their sentence says neither', () => {
    const people = leadPeople(`${firstSentence} Mr. Tom Roe, Ambassador, spoke about trade.`);
    expect(people?.spokespeople).toEqual([]);
    expect(people?.alsoPresent).toEqual([]);
    expect(names(people?.guests)).toEqual(['Jane Doe']);
  });

  it('are sorted sentence by sentence, past sentences that name no one', () => {
    const people = leadPeople(
      `${firstSentence} The talks were friendly. Mr. Tom Roe, Adviser, also attended. Mr. Bob Poe, Envoy, spoke on behalf of the group. Mr. Al Coe, Secretary, took notes.`,
    );
    expect(names(people?.alsoPresent)).toEqual(['Tom Roe']);
    expect(names(people?.spokespeople)).toEqual(['Bob Poe']);
  });

  it('are sorted by the sentence they are in when it has no full stop', () => {
    const people = leadPeople(
      `${firstSentence} Mr. Tom Roe, Adviser, and Mr. Bob Poe, Envoy, also attended`,
    );
    expect(names(people?.alsoPresent)).toEqual(['Tom Roe', 'Bob Poe']);
  });
});

describe('people in the rest of a lead’s first sentence', () => {
  for (const joining of ['with', 'accompanied by', 'joined by'])
    it(`are also present after the guest when joined by “${joining}”`, () => {
      const people = leadPeople(
        `On May 20, Mr. Ken Sato, Minister, held a meeting with Ms. Jane Doe, Ambassador, ${joining} Mr. Tom Roe, Adviser.`,
      );
      expect(names(people?.guests)).toEqual(['Jane Doe']);
      expect(people?.alsoPresent).toEqual([
        { name: 'Tom Roe', role: 'Adviser', attendance: 'also-present' },
      ]);
    });

  it('are guests when the sentence joins them with “and”', () => {
    const people = leadPeople('Mr. Ken Sato met Ms. Jane Doe and Mr. Tom Roe');
    expect(names(people?.hosts)).toEqual(['Ken Sato']);
    expect(names(people?.guests)).toEqual(['Jane Doe', 'Tom Roe']);
    expect(people?.verbPhrase).toBe('met');
    expect(people?.preamble).toBe('');
  });
});

describe('a lead’s subject named without honorifics', () => {
  const openings = [
    'On May 20, ',
    '1. On May 20, ',
    '1 On May 20, ',
    'On May 20, commencing at 3:00 p.m., ',
    'On May 20, starting at 3:00 p.m., ',
    'On May 20, beginning at 3 p.m., ',
    'From 3:00 p.m., ',
    'At 3:00 p.m., ',
    'For about 30 minutes, ',
    'Around 3:00 p.m., ',
    'Approximately at 3:00 p.m., ',
    'In the afternoon, ',
    'On May 20 at 3:00 p.m., for about 30 minutes, ',
  ];
  for (const opening of openings)
    it(`is read without the opening clauses “${opening.trim()}”`, () => {
      const lead = `${opening}a delegation of students from Ruritania paid a courtesy call on Mr. Ken Sato, Minister for Foreign Affairs.`;
      const people = leadPeople(lead);
      expect(people?.subject).toBe('a delegation of students from Ruritania');
      expect(people?.hosts).toEqual([]);
      expect(names(people?.guests)).toEqual(['Ken Sato']);
      expect(people?.verbPhrase).toBe('paid a courtesy call on');
      expect(people?.preamble).toBe(lead.slice(0, lead.indexOf('Mr. Ken')));
    });

  it('keeps a first clause that is no opening of day, time or duration', () => {
    expect(
      leadPeople('Once, a delegation of students paid a courtesy call on Mr. Ken Sato, Minister.')
        ?.subject,
    ).toBe('Once, a delegation of students');
  });

  for (const pronoun of ['who are', 'which is'])
    it(`is read without its relative clause (“, ${pronoun} visiting Japan,”)`, () => {
      expect(
        leadPeople(
          `On May 20, a delegation of students, ${pronoun} visiting Japan, paid a courtesy call on Mr. Ken Sato, Minister.`,
        )?.subject,
      ).toBe('a delegation of students');
    });

  it('is no subject when a clause separates its verb from the first name', () => {
    const people = leadPeople(
      'On May 20, following the talks held on May 19, Mr. Ken Sato, Minister, received a courtesy call from Ms. Jane Doe, Ambassador.',
    );
    expect(people?.subject).toBeUndefined();
    expect(names(people?.hosts)).toEqual(['Ken Sato']);
    expect(names(people?.guests)).toEqual(['Jane Doe']);
    expect(people?.verbPhrase).toBe('received a courtesy call from');
    expect(people?.preamble).toBe('On May 20, following the talks held on May 19, ');
  });
});

describe('the verb phrase of a lead', () => {
  it('ends before the full stop of a meeting with no one named after it', () => {
    const people = leadPeople('On May 20, Mr. Ken Sato, Minister, held a telephone talk.');
    expect(people?.verbPhrase).toBe('held a telephone talk');
    expect(names(people?.hosts)).toEqual(['Ken Sato']);
    expect(people?.guests).toEqual([]);
    expect(people?.clauses).toEqual([', held a telephone talk.']);
  });

  it('ends before “the” of the guest’s honorific', () => {
    const people = leadPeople(
      'On May 20, Mr. Ken Sato, Minister, received a courtesy call from the Hon. Jane Doe MP, Minister.',
    );
    expect(people?.verbPhrase).toBe('received a courtesy call from');
    expect(people?.guests).toEqual([
      { name: 'Jane Doe', role: 'Minister', attendance: 'principal' },
    ]);
  });

  it('leaves out the “also” before its verb', () => {
    const people = leadPeople(
      'On May 20, Mr. Ken Sato, Minister, also held a meeting with Ms. Jane Doe.',
    );
    expect(people?.verbPhrase).toBe('held a meeting with');
    expect(names(people?.guests)).toEqual(['Jane Doe']);
  });

  it('is empty when the lead has no verb of meeting', () => {
    const people = leadPeople('Mr. Ken Sato, Minister, and Ms. Jane Doe, Ambassador.');
    expect(people?.verbPhrase).toBe('');
    expect(names(people?.hosts)).toEqual(['Ken Sato', 'Jane Doe']);
    expect(people?.guests).toEqual([]);
  });
});

describe('a guest named without a role at the end of the first sentence', () => {
  it('ends the sentence: people named in the next are no guests', () => {
    const people = leadPeople(
      'On May 20, Mr. Ken Sato met Ms. Jane Doe. Mr. Tom Roe, Adviser, and Mr. Bob Poe, Envoy, also attended.',
    );
    expect(names(people?.guests)).toEqual(['Jane Doe']);
    expect(names(people?.alsoPresent)).toEqual(['Tom Roe', 'Bob Poe']);
  });
});

describe('a title before a full name', () => {
  it('is the role, its spaces made single', () => {
    expect(
      leadPeople('On May 1, Prime  Minister Ken Sato held a meeting with Ms. Jane Doe.')?.hosts,
    ).toEqual([{ name: 'Ken Sato', role: 'Prime Minister', attendance: 'principal' }]);
  });

  it('gives way to the role written after the name', () => {
    expect(
      leadPeople(
        'On May 1, Prime Minister Ken Sato, Head of Government, held a meeting with Ms. Jane Doe.',
      )?.hosts,
    ).toEqual([{ name: 'Ken Sato', role: 'Head of Government', attendance: 'principal' }]);
  });
});

describe('the verb phrase before an honorific in capitals', () => {
  it('ends before “THE”, in any case', () => {
    expect(
      leadPeople('On May 1, Mr. Ken Sato received a courtesy call from THE Hon. Jane Doe.')
        ?.verbPhrase,
    ).toBe('received a courtesy call from');
  });
});

describe('a lead written with runs of spaces', () => {
  for (const sentence of [
    'Mr. Tom Roe, Ambassador, also  attended.',
    'The meeting was attended  by Mr. Tom Roe, Ambassador.',
    'Present  were Mr. Tom Roe, Ambassador.',
  ])
    it(`reads who attended: “${sentence}”`, () => {
      expect(names(leadPeople(`${firstSentence} ${sentence}`)?.alsoPresent)).toEqual(['Tom Roe']);
    });

  it('reads a person also present after “with” and two spaces', () => {
    const people = leadPeople(
      'On May 20, Mr. Ken Sato, Minister, held a meeting with Ms. Jane Doe, Ambassador, with  Mr. Tom Roe, Adviser.',
    );
    expect(names(people?.guests)).toEqual(['Jane Doe']);
    expect(names(people?.alsoPresent)).toEqual(['Tom Roe']);
    expect(people?.verbPhrase).toBe('held a meeting with');
  });

  it('reads the subject after its opening clauses and before its verb', () => {
    for (const lead of [
      '1.  On May 20, a delegation of students paid a courtesy call on Mr. Ken Sato, Minister.',
      'On May 20,  a delegation of students paid a courtesy call on Mr. Ken Sato, Minister.',
      'On May 20, a delegation of students  paid a courtesy call on Mr. Ken Sato, Minister.',
      'On May 20, a delegation of students,  who are visiting Japan, paid a courtesy call on Mr. Ken Sato, Minister.',
    ])
      expect(leadPeople(lead)?.subject, lead).toBe('a delegation of students');
  });

  it('reads the verb phrase without the spaces and “the” before the guest', () => {
    expect(leadPeople('On May 1, Mr. Ken Sato met with  the President Jane Doe.')).toMatchObject({
      verbPhrase: 'met with',
      guests: [{ name: 'Jane Doe', role: 'President', attendance: 'principal' }],
    });
    expect(
      leadPeople('On May 1, Mr. Ken Sato held a meeting with  Ms. Jane Doe.')?.verbPhrase,
    ).toBe('held a meeting with');
  });
});

describe('the verb phrase of a lead, further', () => {
  it('keeps a “the” that is not its last word', () => {
    expect(
      leadPeople('On May 1, Mr. Ken Sato held the Summit Meeting with Ms. Jane Doe.')?.verbPhrase,
    ).toBe('held the Summit Meeting with');
  });
});

describe('a title before a full name after the first sentence', () => {
  it('names no one, even after “by”', () => {
    const people = leadPeople(
      'On April 2, Prime Minister Ken Sato held a summit meeting with President Jane Doe. The dinner was attended by President Tom Roe.',
    );
    expect(names(people?.guests)).toEqual(['Jane Doe']);
    expect(people?.alsoPresent).toEqual([]);
  });
});

describe('people after the guests of a lead’s first sentence', () => {
  it('are guests when a clause with “with” comes between', () => {
    const people = leadPeople(
      'On May 20, Mr. Ken Sato, Minister, held a meeting with Ms. Jane Doe, Ambassador, who came with her team, and Mr. Tom Roe, Envoy.',
    );
    expect(names(people?.guests)).toEqual(['Jane Doe', 'Tom Roe']);
    expect(people?.alsoPresent).toEqual([]);
  });

  it('are also present after “with” when a group is the subject', () => {
    const people = leadPeople(
      'On May 20, a delegation of students paid a courtesy call on Mr. Ken Sato, Minister, with Mr. Tom Roe, Adviser, also present.',
    );
    expect(names(people?.guests)).toEqual(['Ken Sato']);
    expect(names(people?.alsoPresent)).toEqual(['Tom Roe']);
  });

  it('are sorted by the sentence after the last principal’s, not an earlier one', () => {
    const people = leadPeople(
      'On May 20, Mr. Ken Sato met Ms. Jane Doe and Mr. Tom Roe. Also present was Mr. Bob Poe.',
    );
    expect(names(people?.guests)).toEqual(['Jane Doe', 'Tom Roe']);
    expect(names(people?.alsoPresent)).toEqual(['Bob Poe']);
  });

  it('are sorted by their own sentence, not the next', () => {
    const people = leadPeople(
      `${firstSentence} Mr. Tom Roe, Adviser, took notes. Also present was Mr. Bob Poe, Envoy.`,
    );
    expect(names(people?.alsoPresent)).toEqual(['Bob Poe']);
  });

  it('leave no subject when the opening clauses are all before the verb', () => {
    const people = leadPeople('On May 20, received Mr. Ken Sato, Minister.');
    expect(people).not.toHaveProperty('subject');
    expect(names(people?.guests)).toEqual(['Ken Sato']);
  });
});
