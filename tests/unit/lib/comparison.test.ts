import { beforeAll, describe, expect, it } from 'vitest';
import { compareReadouts, speaks, type Account } from '../../../src/lib/comparison.ts';
import {
  boundParagraphsOf,
  boundTopicsOf,
  passagesOf,
  passageTitle,
} from '../../../src/lib/passages.ts';
import type { Readout } from '../../../src/lib/readout.ts';
import { fictionalPair, readoutOf } from '../../support/readouts.ts';

// Two accounts of one meeting (tests/fixtures/counterparts/site/): the ministry's in numbered
// sections, the department's in paragraphs bound to topics.
let ministry: Readout;
let department: Readout;
beforeAll(async () => {
  const readouts = await fictionalPair();
  const byId = (id: string) => readoutOf(readouts, id);
  ministry = byId('2025-03-15-varga-marsh');
  department = byId('2025-03-14-marsh-varga');
});

const ids = ({ passages }: Account): string[] => passages.map(({ paragraph }) => paragraph.id);

describe('the paragraphs of a readout', () => {
  it('in reading order, each with its section’s topics and those it declares', () => {
    expect(
      passagesOf(department).map(({ paragraph, section, topics }) => ({
        id: paragraph.id,
        section: section?.id,
        topics: topics.map(({ id }) => id),
      })),
    ).toEqual([
      { id: 'p1', section: undefined, topics: [] },
      { id: 'friendship', section: undefined, topics: ['bilateral-relations'] },
      { id: 'gas-tariffs', section: undefined, topics: ['energy', 'trade'] },
      { id: 'p4', section: undefined, topics: [] },
    ]);
    expect(
      passagesOf(ministry).map(({ paragraph, section }) => `${section?.id ?? '-'} ${paragraph.id}`),
    ).toEqual([
      '- p1',
      'bilateral-relations bilateral-relations-p1',
      'bilateral-relations bilateral-relations-p2',
      'energy energy-p1',
      'arctic-shipping arctic-shipping-p1',
    ]);
  });

  it('bound to topics outside any section, with their editorial titles', () => {
    expect(boundParagraphsOf(department).map(passageTitle)).toEqual([
      'Para. 2: Bilateral relations',
      'Para. 3: Energy, Trade',
    ]);
    expect(boundParagraphsOf(ministry)).toEqual([]);
  });

  it('take up their topics in an order, each once', () => {
    expect(boundTopicsOf(department).map(({ id }) => id)).toEqual([
      'bilateral-relations',
      'energy',
      'trade',
    ]);
    expect(boundTopicsOf(ministry).map(({ id }) => id)).toEqual([
      'bilateral-relations',
      'energy',
      'arctic-shipping',
    ]);
  });
});

describe('two accounts of a meeting, compared', () => {
  it('align their paragraphs topic by topic, the first account’s topics first', () => {
    const { readouts, topics } = compareReadouts(ministry, department);
    expect(readouts).toEqual([ministry, department]);
    expect(
      topics.map(({ topic, sides }) => ({
        topic: topic.id,
        first: ids(sides[0]),
        second: ids(sides[1]),
      })),
    ).toEqual([
      {
        topic: 'bilateral-relations',
        first: ['bilateral-relations-p1', 'bilateral-relations-p2'],
        second: ['friendship'],
      },
      { topic: 'energy', first: ['energy-p1'], second: ['gas-tariffs'] },
      { topic: 'arctic-shipping', first: ['arctic-shipping-p1'], second: [] },
      { topic: 'trade', first: [], second: ['gas-tariffs'] },
    ]);
    for (const { sides } of topics)
      expect(sides.map(({ readout }) => readout)).toEqual([ministry, department]);
  });

  it('say which account is silent on a topic, and which lists it without text on it', () => {
    const { topics } = compareReadouts(department, ministry);
    const trade = topics.find(({ topic }) => topic.id === 'trade');
    expect(trade?.sides.map(speaks)).toEqual([true, false]);
    expect(trade?.sides.map(({ listedOnly }) => listedOnly)).toEqual([false, false]);
    const withTradeListed: Readout = {
      ...ministry,
      topics: [...ministry.topics, ...department.topics],
    };
    const listed = compareReadouts(department, withTradeListed).topics.find(
      ({ topic }) => topic.id === 'trade',
    );
    expect(listed?.sides.map(({ listedOnly }) => listedOnly)).toEqual([false, true]);
  });

  it('set apart how each account opens, and its other text on no topic', () => {
    const { opening, other } = compareReadouts(ministry, department);
    expect(opening.map(ids)).toEqual([['p1'], ['p1']]);
    expect(other.map(ids)).toEqual([[], ['p4']]);
    expect([...opening, ...other].every(({ listedOnly }) => !listedOnly)).toBe(true);
    expect(opening.map(({ readout }) => readout)).toEqual([ministry, department]);
  });

  it('of an account bound to no topic, take all its text as its opening', () => {
    const unbound: Readout = {
      ...department,
      lead: department.lead.map((paragraph) => ({ ...paragraph, topics: [] })),
    };
    const { opening, other } = compareReadouts(unbound, ministry);
    expect(ids(opening[0])).toEqual(['p1', 'friendship', 'gas-tariffs', 'p4']);
    expect(ids(other[0])).toEqual([]);
  });

  it('of an account that opens on a topic, have no opening, and its text on none after', () => {
    const onTopicFirst: Readout = { ...department, lead: department.lead.slice(1) };
    const { opening, other } = compareReadouts(onTopicFirst, ministry);
    expect(ids(opening[0])).toEqual([]);
    expect(ids(other[0])).toEqual(['p4']);
  });
});

describe('a paragraph that declares its section’s topic again', () => {
  it('is on it once', () => {
    const [section] = ministry.sections;
    if (!section) throw new Error('no section');
    const again: Readout = {
      ...ministry,
      sections: [
        {
          ...section,
          paragraphs: section.paragraphs.map((p) => ({ ...p, topics: ['bilateral-relations'] })),
        },
      ],
    };
    expect(passagesOf(again).map(({ topics }) => topics.map(({ id }) => id))).toEqual([
      [],
      ['bilateral-relations'],
      ['bilateral-relations'],
    ]);
  });
});
