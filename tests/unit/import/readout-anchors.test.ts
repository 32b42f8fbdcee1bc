import { describe, expect, it } from 'vitest';
import type { BodyBlock } from '../../../src/import/draft.ts';
import { readoutAnchors } from '../../../src/import/readout-anchors.ts';
import type { ReadoutTopics } from '../../../src/import/vocabulary/readout-topics.ts';
import type { ReadoutOutline } from '../../../src/markdown/outline.ts';

const topic = (id: string) => ({ id, title: id, description: `${id}.`, aliases: [] });

describe('the anchors of a readout without sections', () => {
  const paragraphs = [
    'The ministers met.',
    'They discussed North Korea and trade.',
    'They discussed energy.',
  ];
  const found: ReadoutTopics = {
    sections: [],
    paragraphs: [
      undefined,
      { id: 'north-korea', topics: ['north-korea', 'trade'] },
      { id: 'energy', topics: ['energy'] },
    ],
    topics: [topic('north-korea'), topic('trade'), topic('energy')],
    newTopics: [topic('trade'), topic('energy')],
  };

  it('are the importer’s, with the topics in the order the text takes them up', () => {
    expect(readoutAnchors(found, [], paragraphs, undefined, undefined)).toEqual({
      sections: [],
      paragraphs: found.paragraphs,
      topics: ['north-korea', 'trade', 'energy'],
      newTopics: [topic('trade'), topic('energy')],
    });
  });

  it('with --topic, are bound to the topics given only, and add no topic not given', () => {
    expect(readoutAnchors(found, [], paragraphs, ['trade', 'china'], undefined)).toEqual({
      sections: [],
      paragraphs: [undefined, { id: 'north-korea', topics: ['trade'] }, undefined],
      topics: ['trade', 'china'],
      newTopics: [topic('trade')],
    });
  });

  it('of a revision, are the previous version’s, and its topics theirs', () => {
    const previous: ReadoutOutline = {
      lead: [
        { id: 'p1', number: 1, text: 'The ministers met.' },
        {
          id: 'korea',
          number: 2,
          text: 'They discussed North Korea and trade.',
          topics: ['north-korea'],
        },
        {
          id: 'power',
          number: 3,
          text: 'They discussed energy.',
          topics: ['energy', 'north-korea'],
        },
      ],
      sections: [],
    };
    expect(readoutAnchors(found, [], paragraphs, undefined, previous)).toEqual({
      sections: [],
      paragraphs: [
        undefined,
        { id: 'korea', topics: ['north-korea'] },
        { id: 'power', topics: ['energy', 'north-korea'] },
      ],
      topics: ['north-korea', 'energy'],
      newTopics: [topic('energy')],
    });
  });

  it('of a revision whose previous version binds no topic, take the importer’s topics', () => {
    const previous: ReadoutOutline = {
      lead: paragraphs.map((text, index) => ({
        id: `p${String(index + 1)}`,
        number: index + 1,
        text,
      })),
      sections: [],
    };
    expect(readoutAnchors(found, [], paragraphs, undefined, previous)).toMatchObject({
      paragraphs: [undefined, undefined, undefined],
      topics: ['north-korea', 'trade', 'energy'],
    });
  });
});

describe('the anchors of a readout with sections', () => {
  const blocks: BodyBlock[] = [
    { type: 'section', number: 1, text: '1. North Korea', title: 'North Korea' },
    { type: 'paragraph', text: 'They condemned the launches.' },
    { type: 'sub-item', number: 1, text: '(1) Missiles', title: 'Missiles' },
    { type: 'section', number: 2, text: '2. Trade', title: 'Trade' },
  ];
  const found: ReadoutTopics = {
    sections: [
      { id: 'north-korea', topics: ['north-korea'] },
      { id: 'trade', topics: ['trade'] },
    ],
    paragraphs: [],
    topics: [topic('north-korea'), topic('trade')],
    newTopics: [],
  };

  it('of a revision, keep each section’s previous anchor by its title', () => {
    const previous: ReadoutOutline = {
      lead: [],
      sections: [
        {
          id: 'dprk',
          topics: ['north-korea'],
          title: '1. North Korea',
          line: 5,
          subsections: [],
          paragraphs: [],
        },
        {
          id: 'economy',
          topics: ['economy'],
          title: '2. Trade',
          line: 9,
          subsections: [],
          paragraphs: [],
        },
      ],
    };
    expect(
      readoutAnchors(found, blocks, ['Lead.', 'They condemned the launches.'], undefined, previous),
    ).toEqual({
      sections: [
        { id: 'dprk', topics: ['north-korea'] },
        { id: 'economy', topics: ['economy'] },
      ],
      paragraphs: [undefined, undefined],
      topics: ['north-korea', 'economy'],
      newTopics: [],
    });
  });
});
