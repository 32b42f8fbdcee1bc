import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { kindEntry, personEntry, topicEntry } from '../../../src/import/vocabulary/entries.ts';

describe('new entries of the vocabularies, as the files lay them out', () => {
  it('write a topic, with its aliases only when it has some', () => {
    expect(
      topicEntry({ id: 'tpp', title: 'TPP', description: 'The partnership.', aliases: [] }),
    ).toBe('- id: tpp\n  title: TPP\n  description: The partnership.\n');
    expect(
      topicEntry({ id: 'tpp', title: 'TPP', description: 'd', aliases: ['Trans-Pacific'] }),
    ).toBe('- id: tpp\n  title: TPP\n  description: d\n  aliases:\n    - Trans-Pacific\n');
  });

  it('write a person, with a country and mentions only when known', () => {
    const person = {
      id: 'kishida-fumio',
      name: 'Kishida Fumio',
      familyName: 'Kishida',
      country: 'Japan',
      mentions: ['Prime Minister Kishida'],
      offices: [],
    };
    expect(personEntry(person)).toBe(
      '- id: kishida-fumio\n  name: Kishida Fumio\n  familyName: Kishida\n  country: Japan\n  mentions:\n    - Prime Minister Kishida\n',
    );
    expect(personEntry({ ...person, country: undefined, mentions: [] })).toBe(
      '- id: kishida-fumio\n  name: Kishida Fumio\n  familyName: Kishida\n',
    );
  });

  it('write a kind, which YAML reads back as written', () => {
    const entry = kindEntry({ id: 'working-lunch', label: 'working lunch' });
    expect(entry).toBe('- id: working-lunch\n  label: working lunch\n');
    expect(parse(entry)).toEqual([{ id: 'working-lunch', label: 'working lunch' }]);
  });
});
