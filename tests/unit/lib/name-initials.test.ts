import { describe, expect, it } from 'vitest';
import { initialLabel, initialOf, peopleByInitial } from '../../../src/lib/name-initials.ts';
import type { Person } from '../../../src/lib/readout.ts';

const person = (id: string, familyName: string) =>
  ({ id, data: { name: id, familyName } }) as unknown as Person;

describe('people filed by the initial of their family name', () => {
  it('files a name under its first letter, without its accent', () => {
    expect(initialOf(person('abe', 'Abe'))).toBe('a');
    expect(initialOf(person('ozturk', 'Öztürk'))).toBe('o');
    expect(initialOf(person('eriksson', 'Éric'))).toBe('e');
  });

  it('files a name that begins with no Latin letter under "other"', () => {
    expect(initialOf(person('shu', '習'))).toBe('other');
    expect(initialLabel('other')).toBe('Other');
    expect(initialLabel('x')).toBe('X');
  });

  it('groups people by initial, the initials in order, the people as given', () => {
    const people = [person('xi', 'Xi'), person('abe', 'Abe'), person('aso', 'Aso')];
    expect(
      peopleByInitial(people).map(([initial, filed]) => [initial, filed.map((p) => p.id)]),
    ).toEqual([
      ['a', ['abe', 'aso']],
      ['x', ['xi']],
    ]);
  });
});
