import { describe, expect, it } from 'vitest';
import { countrySchema } from '../../../src/schemas/country.ts';
import { kindSchema } from '../../../src/schemas/kind.ts';
import { officeSchema } from '../../../src/schemas/office.ts';
import { personSchema } from '../../../src/schemas/person.ts';
import { placeSchema } from '../../../src/schemas/place.ts';
import { topicSchema } from '../../../src/schemas/topic.ts';

describe('an entry of a vocabulary', () => {
  it('has no other forms, aliases, mentions or offices unless the editor lists some', () => {
    expect(countrySchema.parse({ name: 'Japan' })).toEqual({
      name: 'Japan',
      forms: [],
      familyNameFirst: false,
    });
    expect(officeSchema.parse({ title: 'Prime Minister' })).toEqual({
      title: 'Prime Minister',
      forms: [],
    });
    expect(placeSchema.parse({ name: 'Tokyo', timeZone: 'Asia/Tokyo' })).toEqual({
      name: 'Tokyo',
      timeZone: 'Asia/Tokyo',
      aliases: [],
    });
    expect(
      topicSchema.parse({ id: 'trade', title: 'Trade', description: 'Trade between them.' }),
    ).toEqual({ id: 'trade', title: 'Trade', description: 'Trade between them.', aliases: [] });
    expect(personSchema.parse({ id: 'shinzo-abe', name: 'Shinzo Abe', familyName: 'Abe' })).toEqual(
      { id: 'shinzo-abe', name: 'Shinzo Abe', familyName: 'Abe', mentions: [], offices: [] },
    );
  });

  it('with a malformed id, is refused with an example of an id of its vocabulary', () => {
    const message = (parsed: { error?: { issues: { message: string }[] } | undefined }) =>
      parsed.error?.issues[0]?.message;
    expect(message(kindSchema.safeParse({ id: 'Courtesy call', label: 'courtesy call' }))).toBe(
      'A kind id is lowercase words joined by hyphens, e.g. courtesy-call.',
    );
    expect(
      message(personSchema.safeParse({ id: 'Abe', name: 'Shinzo Abe', familyName: 'Abe' })),
    ).toBe('A person id is lowercase words joined by hyphens, e.g. shinzo-abe.');
    expect(message(topicSchema.safeParse({ id: 'TPP', title: 'TPP', description: 'TPP.' }))).toBe(
      'A topic id is lowercase words joined by hyphens, e.g. north-korea.',
    );
  });

  it('with the id of a readout’s own pages, is refused: a topic’s id is an address', () => {
    for (const id of ['changes', 'versions', 'compare']) {
      expect(
        topicSchema.safeParse({ id, title: 'Changes', description: 'Changes.' }).error?.issues[0]
          ?.message,
        id,
      ).toBe(`"${id}" is the address of a readout's own pages; choose another topic id.`);
      expect(kindSchema.safeParse({ id, label: 'a kind' }).error?.issues[0]?.message, id).toBe(
        `"${id}" is the address of a readout's own pages; choose another kind id.`,
      );
    }
  });

  it('places a place on the world’s clock by a time zone the runtime knows', () => {
    expect(placeSchema.safeParse({ name: 'Tokyo', timeZone: 'Asia/Tokyo' }).success).toBe(true);
    expect(
      placeSchema.safeParse({ name: 'Tokyo', timeZone: 'Japan/Tokyo' }).error?.issues[0]?.message,
    ).toBe('Japan/Tokyo is not an IANA time zone name such as America/New_York.');
  });
});
