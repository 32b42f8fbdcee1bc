import { describe, expect, it } from 'vitest';
import type { DraftPerson } from '../../../src/import/draft.ts';
import { MissingFields } from '../../../src/import/import-error.ts';
import type { Inferred } from '../../../src/import/inferred.ts';
import type { OfficeNamed } from '../../../src/import/vocabulary/offices.ts';
import { personOf, roleFor } from '../../../src/import/vocabulary/participant-person.ts';
import { idMaker } from '../../../src/import/vocabulary/slugger.ts';
import type { Person } from '../../../src/import/vocabulary/vocabulary.ts';
import { repositoryVocabulary, whyParticipantsMissing } from '../../support/import.ts';

const vocabulary = await repositoryVocabulary();

/** The person a draft names, what was inferred, and what is missing. */
function resolve(
  draft: DraftPerson,
  office: OfficeNamed | undefined,
  date: string | undefined,
  created: Person[] = [],
  text = '',
) {
  const missing = new MissingFields();
  const inferred: Inferred[] = [];
  const found = personOf(
    draft,
    office,
    { date, known: vocabulary.people, lexicon: vocabulary, text, missing, notes: [], inferred },
    idMaker(vocabulary.people.map(({ id }) => id)),
    created,
  );
  const why = whyParticipantsMissing(missing);
  return { id: found?.person.id, isNew: found?.isNew, person: found?.person, inferred, why };
}
const byOffice = (words: string, extra: Partial<DraftPerson> = {}): DraftPerson => ({
  words,
  role: '',
  side: 'guest',
  ...extra,
});
const primeMinisterOfJapan = { title: 'Prime Minister', country: 'Japan' };

describe('the person a readout names', () => {
  it('is found by name, with nothing inferred', () => {
    expect(
      resolve(byOffice('Mr. Shinzo Abe', { name: 'Shinzo Abe' }), undefined, undefined),
    ).toMatchObject({
      id: 'shinzo-abe',
      isNew: false,
      inferred: [],
      why: undefined,
    });
    expect(resolve(byOffice('Prime Minister Abe'), undefined, undefined).id).toBe('shinzo-abe');
  });

  it('is whoever held the office that day, reported as inferred', () => {
    const found = resolve(
      byOffice('Prime Minister Suga of Japan', { familyName: 'Suga' }),
      primeMinisterOfJapan,
      '2021-01-27',
    );
    expect(found).toMatchObject({ id: 'yoshihide-suga', isNew: false, why: undefined });
    expect(found.inferred).toEqual([
      {
        field: 'participants',
        value: 'yoshihide-suga',
        how: 'who was Prime Minister of Japan on 2021-01-27',
        words: 'Prime Minister Suga of Japan',
      },
    ]);
  });

  it('is the holder of that day by family name where two held the office (a day of handover)', () => {
    expect(
      resolve(
        byOffice('Prime Minister Suga', { familyName: 'suga' }),
        primeMinisterOfJapan,
        '2020-09-16',
      ).id,
    ).toBe('yoshihide-suga');
    expect(
      resolve(byOffice('The Prime Minister of Japan'), primeMinisterOfJapan, '2020-09-16').why,
    ).toBe(
      'page.txt: “The Prime Minister of Japan”: people.yaml knows Shinzo Abe and Yoshihide Suga as Prime Minister of Japan on 2020-09-16: the text does not say which, or give every participant with --participant "<person-id>|<role>"',
    );
  });

  it('is the holder whose family name is a word of the name given', () => {
    expect(
      resolve(
        byOffice('Prime Minister Yoshi Suga', { name: 'Yoshi Suga' }),
        primeMinisterOfJapan,
        '2020-09-16',
      ).id,
    ).toBe('yoshihide-suga');
    expect(resolve(byOffice('The Prime Minister'), primeMinisterOfJapan, '2021-01-27').id).toBe(
      'yoshihide-suga',
    );
  });

  it('is a new person when no one held the office of that name, and the name is given whole', () => {
    const created: Person[] = [];
    const found = resolve(
      byOffice('Prime Minister Kaneda Hiroshi of Japan', { name: 'KANEDA Hiroshi' }),
      primeMinisterOfJapan,
      '2031-01-01',
      created,
      'Prime Minister Kaneda welcomed the guests.',
    );
    expect(found).toMatchObject({ isNew: true, why: undefined, inferred: [] });
    expect(found.person).toEqual({
      id: 'kaneda-hiroshi',
      name: 'Kaneda Hiroshi',
      familyName: 'Kaneda',
      country: 'Japan',
      mentions: ['Kaneda Hiroshi', 'KANEDA Hiroshi', 'Prime Minister Kaneda'],
      offices: [],
    });
    expect(created).toEqual([found.person]);
    // Named again in the same readout, they are the one just created.
    expect(
      resolve(
        byOffice('Mr. Kaneda Hiroshi', { name: 'Kaneda Hiroshi' }),
        undefined,
        undefined,
        created,
      ),
    ).toMatchObject({ id: 'kaneda-hiroshi', isNew: false });
  });

  it('is new with the name order of the office’s country', () => {
    const found = resolve(
      byOffice('Premier Zhao Minghui', { name: 'Zhao Minghui' }),
      { title: 'Premier', country: 'Chinese' },
      '2031-01-01',
    );
    expect(found.person).toMatchObject({ familyName: 'Zhao', country: 'China' });
    const unknown = resolve(
      byOffice('Premier Zhao Minghui', { name: 'Zhao Minghui' }),
      { title: 'Premier', country: 'Ruritania' },
      '2031-01-01',
    );
    // A country the vocabulary does not know: named as the role names it, names in the usual order.
    expect(unknown.person).toMatchObject({ familyName: 'Minghui', country: 'Ruritania' });
  });

  it('is missing, saying why, when only an office is named and no one can be told', () => {
    const advice = ', or give every participant with --participant "<person-id>|<role>"';
    expect(
      resolve(byOffice('The Prime Minister of Japan'), primeMinisterOfJapan, undefined).why,
    ).toBe(
      `page.txt: “The Prime Minister of Japan”: without the meeting’s date, no holder of the office can be told${advice}`,
    );
    expect(
      resolve(
        byOffice('Prime Minister Kaneda', { familyName: 'Kaneda' }),
        primeMinisterOfJapan,
        '2031-01-01',
      ).why,
    ).toBe(
      `page.txt: “Prime Minister Kaneda”: people.yaml knows no Prime Minister of Japan on 2031-01-01 named Kaneda: add their term to people.yaml (offices)${advice}`,
    );
    expect(resolve(byOffice('The envoy'), undefined, '2031-01-01').why).toBe(
      `page.txt: “The envoy”: people.yaml knows no one by that name${advice}`,
    );
  });
});

describe('the role of a participant', () => {
  it('is the role as written, or else made of the office and its country', () => {
    expect(roleFor(byOffice('x', { role: 'Special Envoy' }), primeMinisterOfJapan)).toBe(
      'Special Envoy',
    );
    expect(roleFor(byOffice('x'), primeMinisterOfJapan)).toBe('Prime Minister of Japan');
    expect(roleFor(byOffice('x'), undefined)).toBe('');
  });
});
