import { describe, expect, it } from 'vitest';
import { paragraphAnchors } from '../../../src/import/vocabulary/paragraph-topics.ts';
import type { Topic } from '../../../src/import/vocabulary/vocabulary.ts';

const topic = (id: string, title: string, aliases: string[] = []): Topic => ({
  id,
  title,
  description: `About ${title}.`,
  aliases,
});
const topics = [
  topic('north-korea', 'North Korea', ['DPRK']),
  topic('china', 'China', ['PRC', 'East China Sea']),
];
const anchors = (paragraphs: string[], people: string[] = [], countries: string[] = []) =>
  paragraphAnchors(paragraphs, topics, { people, countries });

describe('the paragraphs of a readout without titled sections', () => {
  it('are bound to the topics each names, in the order it names them, by its first', () => {
    expect(anchors(['On China and the DPRK.', 'Nothing named.', 'On North Korea.'])).toEqual([
      { id: 'china', topics: ['china', 'north-korea'] },
      undefined,
      { id: 'north-korea', topics: ['north-korea'] },
    ]);
  });

  it('number an anchor whose topic an earlier paragraph has', () => {
    expect(anchors(['On North Korea.', 'The DPRK again.', 'And North Korea.'])).toEqual([
      { id: 'north-korea', topics: ['north-korea'] },
      { id: 'north-korea-1', topics: ['north-korea'] },
      { id: 'north-korea-2', topics: ['north-korea'] },
    ]);
  });

  it('are not on a topic that only the words of who met name', () => {
    expect(
      anchors(['Chinese President Xi of the PRC noted the DPRK.'], ['President Xi of the PRC']),
    ).toEqual([{ id: 'north-korea', topics: ['north-korea'] }]);
  });

  it('are on a participant’s country only where they name nothing more specific', () => {
    const countries = ['China', 'PRC'];
    expect(
      anchors(
        [
          'Regarding North Korea, they welcomed China’s support.',
          'They discussed China’s role.',
          'On the East China Sea and the PRC.',
        ],
        [],
        countries,
      ),
    ).toEqual([
      { id: 'north-korea', topics: ['north-korea'] },
      { id: 'china', topics: ['china'] },
      { id: 'china-1', topics: ['china'] },
    ]);
  });
});
