import { describe, expect, it } from 'vitest';
import type { BodyBlock } from '../../../src/import/draft.ts';
import { readoutTopics, type PageSubjects } from '../../../src/import/vocabulary/readout-topics.ts';
import type { Topic } from '../../../src/import/vocabulary/vocabulary.ts';

const topic = (id: string, title: string, aliases: string[] = []): Topic => ({
  id,
  title,
  description: `About ${title}.`,
  aliases,
});
const known = [
  topic('north-korea', 'North Korea', ['DPRK']),
  topic('tpp', 'TPP', ['Trans-Pacific Partnership']),
  topic('japan', 'Japan', ['日本']),
  topic('japan-new-zealand-relations', 'Japan-New Zealand Relations'),
  topic('canada-japan-relations', 'Canada-Japan Relations'),
];
const page: PageSubjects = { home: 'Japan', unsaid: { people: [], countries: [] } };
const section = (title: string, number = 1): BodyBlock => ({
  type: 'section',
  number,
  text: `${String(number)}. ${title}`,
  title,
});
const ids = (topics: readonly Topic[]) => topics.map(({ id }) => id);

describe('the topics of a readout with titled sections', () => {
  it('bind each section whose title names a subject to the topic of that title or alias', () => {
    const found = readoutTopics(
      [],
      [section('North Korea'), section('Trans-Pacific Partnership', 2)],
      page,
      known,
    );
    expect(found.sections).toEqual([
      { id: 'north-korea', topics: ['north-korea'] },
      { id: 'tpp', topics: ['tpp'] },
    ]);
    expect(ids(found.topics)).toEqual(['north-korea', 'tpp']);
    expect(found.newTopics).toEqual([]);
    expect(found.paragraphs).toEqual([]);
  });

  it('create a topic for a subject no topic names, once however often it is named', () => {
    const found = readoutTopics(
      [],
      [section('Economic security'), section('Economic Security', 2)],
      page,
      known,
    );
    const created = {
      id: 'economic-security',
      title: 'Economic security',
      description: 'Sections headed “Economic security” in the readouts.',
      aliases: [],
    };
    expect(found.newTopics).toEqual([created]);
    expect(found.topics).toEqual([created]);
    expect(found.sections).toEqual([
      { id: 'economic-security', topics: ['economic-security'] },
      { id: 'economic-security-1', topics: ['economic-security'] },
    ]);
  });

  it('give a second section on the same topic the slug of its own title', () => {
    expect(
      readoutTopics(
        [],
        [section('North Korea'), section('DPRK', 2), section('Japan', 3), section('日本', 4)],
        page,
        known,
      ).sections,
    ).toEqual([
      { id: 'north-korea', topics: ['north-korea'] },
      { id: 'dprk', topics: ['north-korea'] },
      { id: 'japan', topics: ['japan'] },
      { id: 'section', topics: ['japan'] },
    ]);
  });

  it('never give a later section the id of a topic an earlier one is anchored at', () => {
    expect(
      readoutTopics([], [section('DPRK'), section('North Korea', 2)], page, known).sections,
    ).toEqual([
      { id: 'north-korea', topics: ['north-korea'] },
      { id: 'north-korea-1', topics: ['north-korea'] },
    ]);
  });

  it('never anchor a section at an id the build refuses: a paragraph id’s form, or a readout’s own pages', () => {
    // A new topic's id, and a second section on it the slug of its own title, made safe alike.
    const titles = ['Item p2', 'Changes', 'Versions', 'Compare', 'Changes'];
    expect(
      readoutTopics(
        [],
        titles.map((title, index) => section(title, index + 1)),
        page,
        known,
      ).sections.map(({ id }) => id),
    ).toEqual([
      'item-p2-topic',
      'changes-topic',
      'versions-topic',
      'compare-topic',
      'changes-section',
    ]);
  });

  it('keep the slug of a title that names no subject, bound to no topic', () => {
    const found = readoutTopics(
      ['On May 24, they met.', 'They discussed the DPRK.'],
      [section('Introduction'), section('Working lunch', 2), section('Introduction', 3)],
      page,
      known,
    );
    expect(found.sections).toEqual([
      { id: 'introduction', topics: [] },
      { id: 'working-lunch', topics: [] },
      { id: 'introduction-1', topics: [] },
    ]);
    // Though no section is bound, the readout is on what its text names.
    expect(ids(found.topics)).toEqual(['north-korea']);
    expect(found.paragraphs).toEqual([]);
  });

  it('read the text for topics only when no section names a subject', () => {
    expect(
      ids(
        readoutTopics(
          ['They discussed the DPRK.'],
          [section('TPP'), section('Closing', 2)],
          page,
          known,
        ).topics,
      ),
    ).toEqual(['tpp']);
  });

  it('leave out who met when reading the text for topics', () => {
    expect(
      readoutTopics(
        ['Japan’s Prime Minister met the President.'],
        [section('Introduction')],
        { ...page, unsaid: { people: ['Japan’s Prime Minister'], countries: [] } },
        known,
      ).topics,
    ).toEqual([]);
  });

  it('bind "Bilateral relations" to the relations the series names, keeping its own slug', () => {
    const found = readoutTopics(
      [],
      [section('Bilateral relations'), section('North Korea', 2)],
      { ...page, series: 'Japan-New Zealand Relations' },
      known,
    );
    expect(found.sections).toEqual([
      { id: 'bilateral-relations', topics: ['japan-new-zealand-relations'] },
      { id: 'north-korea', topics: ['north-korea'] },
    ]);
    expect(ids(found.topics)).toEqual(['japan-new-zealand-relations', 'north-korea']);
  });

  it('bind "Bilateral relations" to nothing when the series names no relations', () => {
    const found = readoutTopics(
      [],
      [section('Bilateral relations'), section('North Korea', 2)],
      { ...page, series: 'Press Releases' },
      known,
    );
    expect(found.sections[0]).toEqual({ id: 'bilateral-relations', topics: [] });
    const noSeries = readoutTopics(
      [],
      [section('Bilateral relations'), section('TPP', 2)],
      page,
      known,
    );
    expect(noSeries.sections[0]).toEqual({ id: 'bilateral-relations', topics: [] });
  });
});

describe('the topics of a readout without titled sections', () => {
  it('bind each paragraph to the topics it names', () => {
    const found = readoutTopics(
      ['On May 24, they met.', 'On the DPRK, and the TPP.', 'Again on North Korea.'],
      [
        { type: 'paragraph', text: 'On the DPRK, and the TPP.' },
        { type: 'paragraph', text: 'Again on North Korea.' },
      ],
      page,
      known,
    );
    expect(found.sections).toEqual([]);
    expect(found.paragraphs).toEqual([
      undefined,
      { id: 'north-korea', topics: ['north-korea', 'tpp'] },
      { id: 'north-korea-1', topics: ['north-korea'] },
    ]);
    expect(ids(found.topics)).toEqual(['north-korea', 'tpp']);
  });
});

describe('the topic of a readout that names none', () => {
  const nothing = ['On May 24, they met.', 'They agreed to meet again.'];
  it('is its series, found or created', () => {
    expect(
      ids(
        readoutTopics(nothing, [], { ...page, series: 'Japan-New Zealand Relations' }, known)
          .topics,
      ),
    ).toEqual(['japan-new-zealand-relations']);
    const created = readoutTopics(nothing, [], { ...page, series: 'Japan-Peru Relations' }, known);
    expect(created.newTopics).toEqual([
      {
        id: 'japan-peru-relations',
        title: 'Japan-Peru Relations',
        description: 'Readouts of the series “Japan-Peru Relations”.',
        aliases: [],
      },
    ]);
    expect(created.topics).toEqual(created.newTopics);
  });

  it('is the relations of the two countries, in either order, when the series is press releases', () => {
    const canada = { ...page, series: 'Press Releases', counterpart: 'Canada' };
    expect(ids(readoutTopics(nothing, [], canada, known).topics)).toEqual([
      'canada-japan-relations',
    ]);
    const peru = readoutTopics(
      nothing,
      [],
      { ...page, series: 'Press Release', counterpart: 'Peru' },
      known,
    );
    expect(peru.newTopics).toEqual([
      {
        id: 'japan-peru-relations',
        title: 'Japan-Peru Relations',
        description: 'Japan’s relations with Peru.',
        aliases: [],
      },
    ]);
    expect(ids(peru.topics)).toEqual(['japan-peru-relations']);
  });

  it('is none without a series or a counterpart', () => {
    expect(readoutTopics(nothing, [], page, known)).toEqual({
      sections: [],
      paragraphs: [undefined, undefined],
      topics: [],
      newTopics: [],
    });
  });

  it('is not the series when the text names a topic', () => {
    expect(
      ids(
        readoutTopics(
          ['They discussed the TPP.'],
          [],
          { ...page, series: 'Japan-Peru Relations', counterpart: 'Peru' },
          known,
        ).topics,
      ),
    ).toEqual(['tpp']);
  });
});
