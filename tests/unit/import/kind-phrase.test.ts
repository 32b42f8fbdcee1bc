import { describe, expect, it } from 'vitest';
import { kindPhrase } from '../../../src/import/english/kind-phrase.ts';

describe('the kind of meeting a verb phrase names', () => {
  it('ends before the preposition that leads to the people or the place', () => {
    const cases: [string, string][] = [
      ['held a meeting with', 'meeting'],
      ['received a courtesy call from', 'courtesy call'],
      ['paid a courtesy call on', 'courtesy call'],
      ['made a telephone call to', 'telephone call'],
      ['held a meeting between', 'meeting'],
      ['held a meeting among', 'meeting'],
      ['held a dinner for', 'dinner'],
      ['held a meeting in Tokyo', 'meeting'],
      ['held a meeting at the Office', 'meeting'],
      ['held a meeting followed by a dinner', 'meeting'],
      ['held a meeting by video', 'meeting'],
    ];
    for (const [phrase, kind] of cases) expect(kindPhrase(phrase), phrase).toBe(kind);
  });

  it('keeps a word that only starts like a preposition', () => {
    expect(kindPhrase('held a meeting withheld')).toBe('meeting withheld');
  });

  it('leaves out its article, its rhythm, its number and the countries in its name', () => {
    for (const phrase of [
      'had the meeting',
      'had An Meeting',
      'held a bilateral meeting',
      'held an annual meeting',
      'held a Annual Meeting',
      'held the 1st meeting',
      'held the 3rd meeting',
      'held a first meeting',
      'held a second meeting',
      'held a third meeting',
      'held a trilateral meeting',
      'held a quadrilateral meeting',
      'held a Japanese meeting',
    ])
      expect(kindPhrase(phrase), phrase).toBe('meeting');
    for (const phrase of [
      'held the 21st Summit',
      'held a U.S.-Japan summit',
      'held a Japan-Republic of the Philippines Summit',
    ])
      expect(kindPhrase(phrase), phrase).toBe('summit');
    expect(kindPhrase('held a Japan-Republic of Korea Summit Meeting')).toBe('summit meeting');
    expect(kindPhrase('held a Japan-Australia-India-U.S. Quad Meeting')).toBe('quad meeting');
  });

  it('is in lower case, but keeps acronyms and apostrophes', () => {
    expect(kindPhrase('conducted a Video Conference')).toBe('video conference');
    expect(kindPhrase('held a G20 Meeting')).toBe('G20 meeting');
    expect(kindPhrase("held a Leaders' Meeting")).toBe("leaders' meeting");
    expect(kindPhrase('held a tête-à-tête')).toBe('tête-à-tête');
  });

  it('is read from a verb in any case', () => {
    expect(kindPhrase('HELD a meeting')).toBe('meeting');
    expect(kindPhrase('Met')).toBe('meeting');
  });

  it('is a meeting or a telephone talk for a verb without an object, and none for others', () => {
    expect(kindPhrase('talked')).toBe('meeting');
    expect(kindPhrase('spoke')).toBe('meeting');
    expect(kindPhrase('spoke by telephone')).toBe('telephone talk');
    expect(kindPhrase('talked on the phone')).toBe('telephone talk');
    expect(kindPhrase('attended')).toBeUndefined();
    expect(kindPhrase('was received by')).toBeUndefined();
  });
});

describe('the kind of meeting a verb phrase names, with runs of spaces', () => {
  it('is read as with single spaces', () => {
    expect(kindPhrase('held a meeting  with')).toBe('meeting');
    expect(kindPhrase('held a Japan-U.S.  Summit Meeting')).toBe('summit meeting');
    expect(kindPhrase('held the  5th  Japan-India  Annual  Summit Meeting with')).toBe(
      'summit meeting',
    );
    expect(kindPhrase('held a Summit Meeting  (one-on-one)')).toBe('summit meeting');
  });
});

describe('the words of a kind of meeting', () => {
  it('keep the words of its rhythm or number inside it, and an article inside a word', () => {
    expect(kindPhrase('held a Strategic Dialogue Second Round with')).toBe(
      'strategic dialogue second round',
    );
    expect(kindPhrase('held Samoa talks with')).toBe('samoa talks');
  });

  it('leave out a note in brackets even without a space before it, and runs of spaces', () => {
    expect(kindPhrase('held a Summit Meeting(one-on-one)')).toBe('summit meeting');
    expect(kindPhrase('held a Working  Lunch with')).toBe('working lunch');
  });

  it('keep a word with capitals inside it', () => {
    expect(kindPhrase('held a McGill Lecture')).toBe('McGill lecture');
  });

  it('leave out the countries of a name with three of them', () => {
    expect(kindPhrase('held a U.S.-ROK-Japan Summit')).toBe('summit');
  });
});

describe('countries of several words in a meeting’s name', () => {
  it('are left out with runs of spaces, and one after another', () => {
    expect(kindPhrase('held a Japan-Republic  of  the  Philippines Summit')).toBe('summit');
    expect(kindPhrase('held a Japan-Republic of Korea-Republic of the Philippines Summit')).toBe(
      'summit',
    );
  });
});
