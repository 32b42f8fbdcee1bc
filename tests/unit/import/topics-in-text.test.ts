import { describe, expect, it } from 'vitest';
import { readoutTopics } from '../../../src/import/vocabulary/readout-topics.ts';
import { topicsInText } from '../../../src/import/vocabulary/topics.ts';
import type { Topic } from '../../../src/import/vocabulary/vocabulary.ts';

const topic = (id: string, title: string, aliases: string[] = []): Topic => ({
  id,
  title,
  description: `About ${title}.`,
  aliases,
});
const topics = [topic('china', 'China'), topic('north-korea', 'North Korea', ['DPRK'])];
const ids = (found: readonly Topic[]) => found.map(({ id }) => id);

describe('the topics a text names', () => {
  it('include one named first thing in the text', () => {
    expect(ids(topicsInText('North Korea was discussed.', topics))).toEqual(['north-korea']);
  });

  it('leave out who met whole, the longest words first', () => {
    expect(
      ids(
        topicsInText('Premier Li of China spoke.', topics, ['Premier Li', 'Premier Li of China']),
      ),
    ).toEqual([]);
  });

  it('keep the words on either side of who met apart', () => {
    expect(ids(topicsInText('China Xi Jinping North Korea', topics, ['Xi Jinping']))).toEqual([
      'china',
      'north-korea',
    ]);
  });
});

describe('the topics of a readout whose titled sections name none', () => {
  it('are read from every paragraph of the text', () => {
    const page = { home: 'Japan', unsaid: { people: [], countries: [] } };
    const found = readoutTopics(
      ['They discussed China', 'North Korea was next.'],
      [{ type: 'section', number: 1, text: '1. Introduction', title: 'Introduction' }],
      page,
      topics,
    );
    expect(ids(found.topics)).toEqual(['china', 'north-korea']);
  });

  it('never reuse a known topic’s id for a new one', () => {
    const page = { home: 'Japan', unsaid: { people: [], countries: [] } };
    const found = readoutTopics(
      [],
      [{ type: 'section', number: 1, text: '1. North-Korea!', title: 'N. Korea' }],
      page,
      [topic('n-korea', 'Northern Korea')],
    );
    expect(found.newTopics.map(({ id, title }) => [id, title])).toEqual([
      ['n-korea-1', 'N. Korea'],
    ]);
  });
});
