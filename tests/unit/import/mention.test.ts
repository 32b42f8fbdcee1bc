import { describe, expect, it } from 'vitest';
import { readMention } from '../../../src/import/english/mention.ts';

const mention = (name: string, role: string, after: string) => ({
  person: { name, role, attendance: 'principal' },
  after,
});

describe('what follows the comma after a name in a lead', () => {
  for (const clause of [
    'who is visiting Japan, held',
    'which is odd, held',
    'whose visit began, held',
    'whom he met, held',
    'also held talks',
    'held talks',
  ])
    it(`is no role when a clause or a verb opens it: “${clause}”`, () => {
      expect(readMention(`Jane Doe, ${clause}`)).toEqual(mention('Jane Doe', '', clause));
    });

  it('is a role after the post-nominals that open it', () => {
    expect(readMention('Jane Doe, MP, Prime Minister of Ruritania, held')).toEqual(
      mention('Jane Doe', 'Prime Minister of Ruritania', ', held'),
    );
    expect(readMention('Jane Doe, MP, QC, Prime Minister of Ruritania, held')).toEqual(
      mention('Jane Doe', 'Prime Minister of Ruritania', ', held'),
    );
  });

  it('is a role up to a clause, with or without its comma, or the end of the sentence', () => {
    expect(readMention('Jane Doe, Prime Minister of Ruritania, who is visiting')).toEqual(
      mention('Jane Doe', 'Prime Minister of Ruritania', ', who is visiting'),
    );
    expect(readMention('Jane Doe, Prime Minister of Ruritania also held')).toEqual(
      mention('Jane Doe', 'Prime Minister of Ruritania', ' also held'),
    );
    expect(readMention('Jane Doe, Prime Minister of Ruritania which')).toEqual(
      mention('Jane Doe', 'Prime Minister of Ruritania', ' which'),
    );
    expect(readMention('Jane Doe, Prime Minister of Ruritania. The talks')).toEqual(
      mention('Jane Doe', 'Prime Minister of Ruritania', '. The talks'),
    );
    expect(readMention('Jane Doe, Prime Minister of Ruritania, and Mr.')).toEqual(
      mention('Jane Doe', 'Prime Minister of Ruritania', ', and Mr.'),
    );
    expect(readMention('Jane Doe, Prime Minister')).toEqual(
      mention('Jane Doe', 'Prime Minister', ''),
    );
  });

  it('is a role that goes on past “in” or “at” until its country is named', () => {
    expect(readMention('Jane Doe, Minister of Foreign Affairs in Tokyo')).toEqual(
      mention('Jane Doe', 'Minister of Foreign Affairs in Tokyo', ''),
    );
    expect(readMention('Jane Doe, Prime Minister of Ruritania in Tokyo')).toEqual(
      mention('Jane Doe', 'Prime Minister of Ruritania', ' in Tokyo'),
    );
  });
});

describe('a name in a lead', () => {
  it('has no role after a semicolon', () => {
    expect(readMention('Jane Doe; Prime Minister')).toEqual(
      mention('Jane Doe', '', 'Prime Minister'),
    );
  });

  it('keeps a numeral suffix written without a comma', () => {
    expect(readMention('Jane Doe IV, Prime Minister')).toEqual(
      mention('Jane Doe IV', 'Prime Minister', ''),
    );
  });
});

describe('a name that ends its sentence', () => {
  it('leaves the full stop in the text after it, where the sentence ends', () => {
    expect(readMention('Jane Doe. The talks')).toEqual(mention('Jane Doe', '', '. The talks'));
    expect(readMention('Mr. Joe Biden.')).toEqual(mention('Mr. Joe Biden', '', '.'));
  });

  it('keeps the full stop of an initial or a suffix', () => {
    expect(readMention('Mr. Donald J.')).toEqual(mention('Mr. Donald J.', '', ''));
    expect(readMention('Joe Biden, Jr., President, met').person).toMatchObject({
      name: 'Joe Biden, Jr.',
      role: 'President',
    });
  });
});

describe('a lead’s person written with runs of spaces', () => {
  it('has a role that ends at a clause, a place or a closing “and”', () => {
    expect(readMention('Jane Doe, Prime Minister of Ruritania  also held')).toEqual(
      mention('Jane Doe', 'Prime Minister of Ruritania', '  also held'),
    );
    expect(readMention('Jane Doe, Prime Minister of Ruritania  in Tokyo')).toEqual(
      mention('Jane Doe', 'Prime Minister of Ruritania', '  in Tokyo'),
    );
    expect(readMention('Jane Doe, Prime Minister of Ruritania  and')).toEqual(
      mention('Jane Doe', 'Prime Minister of Ruritania', '  and'),
    );
    expect(readMention('Jane Doe, Prime Minister,  held')).toEqual(
      mention('Jane Doe', 'Prime Minister', ',  held'),
    );
  });

  it('has no role after a comma before a clause', () => {
    expect(readMention('Jane Doe,  who is visiting')).toEqual(
      mention('Jane Doe', '', ' who is visiting'),
    );
  });

  it('keeps a suffix after two spaces', () => {
    expect(readMention('Jane Doe,  Jr., Prime Minister, met')).toEqual(
      mention('Jane Doe, Jr.', 'Prime Minister', ', met'),
    );
  });
});

describe('a name that opens with a particle, or ends the text', () => {
  it('keeps its first word in lower case', () => {
    expect(readMention('de Villepin, Minister of Foreign Affairs, met')).toEqual(
      mention('de Villepin', 'Minister of Foreign Affairs', ', met'),
    );
  });

  it('has a role without the comma that ends the text, and post-nominals that are no role', () => {
    expect(readMention('Jane Doe, Minister of Ruritania,')).toEqual(
      mention('Jane Doe', 'Minister of Ruritania', ''),
    );
    expect(readMention('Jane Doe,')).toEqual(mention('Jane Doe', '', ''));
    expect(readMention('Jane Doe, MP')).toEqual(mention('Jane Doe', '', ''));
    expect(readMention('Jane Doe MP, Minister')).toEqual(mention('Jane Doe', 'Minister', ''));
  });
});

describe('the end of a name or a role, further', () => {
  it('keeps a numeral suffix that ends the text', () => {
    expect(readMention('Robert Smith, III')).toEqual(mention('Robert Smith, III', '', ''));
  });

  it('does not end a role at “in” when only the words after it name a country', () => {
    expect(readMention('Jane Doe, Minister in charge of Ruritania, met')).toEqual(
      mention('Jane Doe', 'Minister in charge of Ruritania', ', met'),
    );
  });
});
