import { describe, expect, it } from 'vitest';
import {
  initialLabel,
  initialOf,
  peopleByInitial,
  topicsByInitial,
} from '../../../src/lib/name-initials.ts';
import type { Person, Topic } from '../../../src/lib/readout.ts';

const person = (id: string, familyName: string) =>
  ({ id, data: { name: id, familyName } }) as unknown as Person;

describe('people filed by the initial of their family name', () => {
  it('files a name under its first letter, without its accent', () => {
    expect(initialOf('Abe')).toBe('a');
    expect(initialOf('Öztürk')).toBe('o');
    expect(initialOf('Éric')).toBe('e');
  });

  it('files a name that begins with no Latin letter under "other"', () => {
    expect(initialOf('習')).toBe('other');
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

describe('topics filed by the initial of their title', () => {
  const topic = (id: string, title: string) => ({ id, data: { title } }) as unknown as Topic;

  it('groups topics by the initial of their title, the initials in order', () => {
    const topics = [topic('tpp', 'TPP'), topic('energy', 'Energy'), topic('trade', 'Trade')];
    expect(
      topicsByInitial(topics).map(([initial, filed]) => [initial, filed.map((t) => t.id)]),
    ).toEqual([
      ['e', ['energy']],
      ['t', ['tpp', 'trade']],
    ]);
  });
});
