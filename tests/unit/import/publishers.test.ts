import { describe, expect, it } from 'vitest';
import { ImportError } from '../../../src/import/import-error.ts';
import { findShape } from '../../../src/import/publishers/publishers.ts';
import { fixtureText } from '../../support/import.ts';

// Who published a page, and in which shape: by the name given, by the page's address, or by the
// furniture of its text.
const found = (text: string, named?: string, url?: string): [string, string | undefined] => {
  const { shape, publisher } = findShape('page.txt', text, named, url);
  return [shape.id, publisher?.name];
};
const refusal = (text: string, named?: string, url?: string): ImportError => {
  try {
    findShape('page.txt', text, named, url);
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error('not refused');
};
const everyPublisher =
  'Prime Minister’s Office, 10 Downing Street; Foreign, Commonwealth & Development Office; U.S. Department of State; The White House; Prime Minister of Canada; Prime Minister of Australia; Minister for Foreign Affairs of Australia; Ministry of Foreign Affairs of the People’s Republic of China; Ministry of Foreign Affairs of Japan; Prime Minister’s Office of Japan';

describe('the publisher named with --publisher or a "Publisher:" line', () => {
  it('is found by its name or any alias, whatever the case and punctuation', () => {
    expect(found('', 'Ministry of Foreign Affairs of Japan')).toEqual([
      'mofa',
      'Ministry of Foreign Affairs of Japan',
    ]);
    expect(found('', 'fcdo')).toEqual(['gov-uk', 'Foreign, Commonwealth & Development Office']);
    expect(found('', "Prime Minister's Office, 10 Downing Street")).toEqual([
      'gov-uk',
      'Prime Minister’s Office, 10 Downing Street',
    ]);
    expect(found('', 'kantei')).toEqual(['mofa', 'Prime Minister’s Office of Japan']);
    expect(found('', 'Australian Foreign Minister')).toEqual([
      'australia',
      'Minister for Foreign Affairs of Australia',
    ]);
  });

  it('may be a shape’s folder name: its one publisher, or none when it has several', () => {
    expect(found('', 'us-state')).toEqual(['us-state', 'U.S. Department of State']);
    expect(found('', 'white-house')).toEqual(['white-house', 'The White House']);
    expect(found('', 'china-mfa')).toEqual([
      'china-mfa',
      'Ministry of Foreign Affairs of the People’s Republic of China',
    ]);
    expect(found('', 'canada-pm')).toEqual(['canada-pm', 'Prime Minister of Canada']);
    expect(found('', 'gov-uk')).toEqual(['gov-uk', undefined]);
    expect(found('', 'australia')).toEqual(['australia', undefined]);
  });

  it('wins over the address and the furniture', () => {
    expect(
      found(fixtureText('secretary-call.txt', 'us-state'), 'MOFA', 'https://www.gov.uk/x'),
    ).toEqual(['mofa', 'Ministry of Foreign Affairs of Japan']);
  });

  it('is refused when the importer does not read it, naming every publisher it reads', () => {
    const error = refusal(fixtureText('secretary-call.txt', 'us-state'), 'Ruritanian Chancery');
    expect(error.message).toBe(
      `page.txt: --publisher Ruritanian Chancery: not a publisher the importer reads (it reads ${everyPublisher})`,
    );
    expect(error.flags).toEqual(['--publisher']);
  });
});

describe('the publisher of a page’s address', () => {
  it('is the one whose host the address is on', () => {
    expect(found('', undefined, 'https://www.state.gov/secretary-blinkens-call/')).toEqual([
      'us-state',
      'U.S. Department of State',
    ]);
    expect(found('', undefined, 'https://japan.kantei.go.jp/101_kishida/actions/')).toEqual([
      'mofa',
      'Prime Minister’s Office of Japan',
    ]);
    expect(found('', undefined, 'https://www.foreignminister.gov.au/minister/')).toEqual([
      'australia',
      'Minister for Foreign Affairs of Australia',
    ]);
  });

  it('is left to the reader when the host serves several publishers (www.gov.uk)', () => {
    expect(found('', undefined, 'https://www.gov.uk/government/news/pm-call')).toEqual([
      'gov-uk',
      undefined,
    ]);
  });

  it('gives way to the furniture when the host is unknown or the address is not one', () => {
    const text = fixtureText('readout-of-call.txt', 'white-house');
    expect(found(text, undefined, 'https://mirror.example/page')).toEqual([
      'white-house',
      undefined,
    ]);
    expect(found(text, undefined, 'not an address')).toEqual(['white-house', undefined]);
  });
});

describe('the shape a page’s furniture shows', () => {
  const cases: [string, string, string][] = [
    ['gov-uk', 'pm-call-this-morning.txt', 'gov-uk'],
    ['gov-uk', 'foreign-secretary-call.txt', 'gov-uk'],
    ['us-state', 'secretary-call.txt', 'us-state'],
    ['white-house', 'readout-of-call.txt', 'white-house'],
    ['canada-pm', 'yesterday-call.txt', 'canada-pm'],
    ['australia', 'pm-media-statement.txt', 'australia'],
    ['china-mfa', 'phone-talks.txt', 'china-mfa'],
    ['mofa', 'titled-sections.txt', 'mofa'],
    ['mofa', 'no-dateline.txt', 'mofa'],
  ];
  for (const [folder, name, shape] of cases)
    it(`tells ${folder}/${name} as ${shape}, leaving its publisher to the reader`, () => {
      expect(found(fixtureText(name, folder))).toEqual([shape, undefined]);
    });

  it('tells each shape by its own furniture alone', () => {
    expect(
      found('Statement\n\nThe below is attributable to Spokesperson Ned Price:\n\nText.'),
    ).toEqual(['us-state', undefined]);
    expect(found('Readout of a call\n\nText.\n\n###')).toEqual(['white-house', undefined]);
    expect(found('Headline\n\nMedia release\n\nText.')).toEqual(['australia', undefined]);
    expect(found('Headline\n\nText.\n\nSuggest to a friend')).toEqual(['china-mfa', undefined]);
    expect(found('Headline\n\nText.\n\nBack to Press Releases')).toEqual(['mofa', undefined]);
    expect(found('Japan-Canada Relations\n\nText.')).toEqual(['mofa', undefined]);
    expect(found('Headline\n\n  On May 24, Mr. Taro Kono met the minister.  ')).toEqual([
      'mofa',
      undefined,
    ]);
  });

  it('is none for the furniture’s words inside a line', () => {
    for (const text of [
      'From: the Foreign Office',
      'Sent from: Downing Street',
      'A Readout of a call\n###',
      'Readout of a call\n### end',
      'No Media statement here',
      'See Home > News',
      'Japan-Canada Relations are good.',
      'On May 24, the minister met the press.',
    ])
      expect(refusal(text).reason).toMatch(/^cannot tell who published this text/);
  });

  it('refuses a page that nothing tells, naming the flag and every publisher', () => {
    const error = refusal('A text with no furniture.', undefined, 'https://mirror.example/x');
    expect(error.message).toBe(
      `page.txt: cannot tell who published this text: give --publisher <name> (one of ${everyPublisher}), or a line "Publisher: <name>"`,
    );
    expect(error.flags).toEqual(['--publisher']);
  });
});
