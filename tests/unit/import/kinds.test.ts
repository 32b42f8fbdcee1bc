import { describe, expect, it } from 'vitest';
import { MissingFields } from '../../../src/import/import-error.ts';
import { kindOf } from '../../../src/import/vocabulary/kinds.ts';

const kinds = [
  { id: 'meeting', label: 'meeting' },
  { id: 'summit-meeting', label: 'summit meeting' },
  { id: 'telephone-talk', label: 'telephone talk' },
];
const missing = new MissingFields();
const kind = (given: string | undefined, phrase: string | undefined, lead = '') =>
  kindOf(given, phrase, lead, kinds, missing);

describe('the kind of a meeting', () => {
  it('given with --kind is the kind of that id, over the lead’s phrase', () => {
    expect(kind('telephone-talk', 'meeting')).toEqual({ kind: kinds[2], isNew: false });
  });

  it('given with --kind as a new id is a new kind, labelled by its words', () => {
    expect(kind('working-lunch', undefined)).toEqual({
      kind: { id: 'working-lunch', label: 'working lunch' },
      isNew: true,
    });
  });

  it('new never takes an existing id', () => {
    expect(kind('Meeting', undefined)).toEqual({
      kind: { id: 'meeting-1', label: 'Meeting' },
      isNew: true,
    });
    expect(kind(undefined, 'Meeting!')).toEqual({ kind: kinds[0], isNew: false });
  });

  it('is the kind whose label the lead’s phrase is, compared normalised', () => {
    expect(kind(undefined, 'Telephone Talk')).toEqual({ kind: kinds[2], isNew: false });
  });

  it('is a new kind of the lead’s phrase when no label is that phrase', () => {
    expect(kind(undefined, 'working dinner')).toEqual({
      kind: { id: 'working-dinner', label: 'working dinner' },
      isNew: true,
    });
    expect(kind(undefined, '会談')).toEqual({ kind: { id: 'kind', label: '会談' }, isNew: true });
  });

  it('without a phrase, is the longest label the lead names', () => {
    expect(kind(undefined, undefined, 'The leaders held a Summit Meeting in Tokyo.')).toEqual({
      kind: kinds[1],
      isNew: false,
    });
    expect(kind(undefined, undefined, 'The leaders held a meeting in Tokyo.')).toEqual({
      kind: kinds[0],
      isNew: false,
    });
  });

  it('is missing when the lead names none, and asks for --kind', () => {
    const unsaid = new MissingFields();
    expect(kindOf(undefined, undefined, 'The leaders met.', kinds, unsaid)).toBeUndefined();
    expect(() => {
      unsaid.check('page.txt');
    }).toThrow(
      expect.objectContaining({
        message: 'page.txt: the lead names no kind of meeting: give it with --kind courtesy-call',
        flags: ['--kind'],
      }),
    );
    expect(kind(undefined, undefined, 'The leaders held meetings.')).toBeUndefined();
  });

  it('is not missing when it is found', () => {
    const found = new MissingFields();
    kindOf(undefined, undefined, 'They held a meeting.', kinds, found);
    kindOf('meeting', undefined, '', kinds, found);
    expect(() => {
      found.check('page.txt');
    }).not.toThrow();
  });
});
