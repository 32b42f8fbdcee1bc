import { describe, expect, it } from 'vitest';
import { normalise } from '../../../src/import/english/normalise.ts';
import { idMaker, idSlug } from '../../../src/import/vocabulary/slugger.ts';
import { newTopic, topicOfTitle, topicsInText } from '../../../src/import/vocabulary/topics.ts';
import { repositoryVocabulary } from '../../support/import.ts';

const { topics } = await repositoryVocabulary();

describe('matching section titles with topics', () => {
  it('compares without case, dashes or punctuation', () => {
    expect(normalise('Japan-U.S. relations')).toBe(normalise('Japan–U.S. relations'));
    expect(normalise('Foreign Ministers’ Meeting')).toBe('foreign ministers meeting');
  });

  it('maps a title to the topic with that title ("Japan-U.S. relations" is "Japan–U.S. relations")', () => {
    expect(topicOfTitle('Japan-U.S. relations', topics)?.id).toBe('japan-us-relations');
    expect(topicOfTitle('RUSSIA AND UKRAINE', topics)?.id).toBe('russia-ukraine');
  });

  it('maps a title to the topic with that alias ("TPP")', () => {
    expect(topicOfTitle('TPP', topics)?.id).toBe('tpp');
    expect(topicOfTitle('Trans-Pacific Partnership (TPP)', topics)?.id).toBe('tpp');
  });

  it('matches whole titles only', () => {
    expect(topicOfTitle('Regional affairs', topics)).toBeUndefined();
    expect(topicOfTitle('China-Japan trade', topics)).toBeUndefined();
  });
});

describe('topics of a text without section titles', () => {
  it('finds the topics whose aliases the text names, in the order it names them', () => {
    expect(
      topicsInText('They discussed the TPP, then the DPRK’s missile launches.', topics).map(
        (topic) => topic.id,
      ),
    ).toEqual(['tpp', 'north-korea']);
  });

  it('matches whole words only', () => {
    expect(topicsInText('They discussed Chinatown and tradecraft.', topics)).toEqual([]);
  });
});

describe('new topics', () => {
  it('take their id from the title with github-slugger', () => {
    expect(newTopic('Regional affairs', 'd', idMaker([])).id).toBe('regional-affairs');
    expect(newTopic('Japan-Australia relations', 'd', idMaker([])).id).toBe(
      'japan-australia-relations',
    );
  });

  it('fit the ids’ alphabet: no accents, no runs of hyphens', () => {
    expect(idSlug('Côte d’Ivoire')).toBe('cote-divoire');
    expect(idSlug('Japan | Australia (2+2)')).toBe('japan-australia-22');
    expect(newTopic('日本', 'd', idMaker([])).id).toBe('topic');
  });

  it('never take an existing id', () => {
    expect(newTopic('China', 'd', idMaker(['china'])).id).toBe('china-1');
  });

  it('never take an id the build refuses as an anchor: a paragraph id’s form, or a readout’s own pages', () => {
    const makeId = idMaker([]);
    expect(
      ['P5', 'Item p2', 'Changes', 'Versions', 'Compare'].map(
        (title) => newTopic(title, 'd', makeId).id,
      ),
    ).toEqual(['p5-topic', 'item-p2-topic', 'changes-topic', 'versions-topic', 'compare-topic']);
  });
});
