import { beforeAll, describe, expect, it } from 'vitest';
import type { Archive } from '../../../src/lib/archive.ts';
import { newestFirst } from '../../../src/lib/newest-first.ts';
import { boundParagraphsOf } from '../../../src/lib/passages.ts';
import {
  entriesText,
  entryDate,
  isMention,
  personEntries,
} from '../../../src/lib/person-entries.ts';
import type { Readout } from '../../../src/lib/readout.ts';
import { countTopicTexts, textsOnTopic } from '../../../src/lib/topic-texts.ts';
import { fictionalPair, readoutOf } from '../../support/readouts.ts';

let ministry: Readout; // 2025-03-15
let department: Readout; // 2025-03-14
let lind: Readout; // 2025-02-02
beforeAll(async () => {
  const pair = await fictionalPair();
  const byId = (id: string) => readoutOf(pair, id);
  ministry = byId('2025-03-15-varga-marsh');
  department = byId('2025-03-14-marsh-varga');
  lind = byId('2025-02-02-varga-lind');
});

describe('the archive’s order', () => {
  it('is newest meeting first, then by id', () => {
    const sameDay = { ...department, id: '2025-03-14-a-first' };
    expect([lind, department, ministry, sameDay].sort(newestFirst).map(({ id }) => id)).toEqual([
      '2025-03-15-varga-marsh',
      '2025-03-14-a-first',
      '2025-03-14-marsh-varga',
      '2025-02-02-varga-lind',
    ]);
  });
});

describe('what the archive holds on a topic', () => {
  it('its sections and paragraphs bound to it, in one list, newest first, counted', () => {
    const energy = (readout: Readout) =>
      readout.sections.filter(({ topics }) => topics.some(({ id }) => id === 'energy'));
    const sections = [lind, ministry].flatMap((readout) =>
      energy(readout).map((section) => ({ readout, section })),
    );
    const paragraphs = boundParagraphsOf(department).filter(({ topics }) =>
      topics.some(({ id }) => id === 'energy'),
    );
    const texts = textsOnTopic(sections, paragraphs);
    expect(texts.map(({ readout }) => readout.id)).toEqual([
      '2025-03-15-varga-marsh',
      '2025-03-14-marsh-varga',
      '2025-02-02-varga-lind',
    ]);
    expect(countTopicTexts(texts)).toBe('2 sections and 1 paragraph');
    expect(countTopicTexts(texts.slice(0, 1))).toBe('1 section');
    expect(countTopicTexts(texts.slice(1, 2))).toBe('1 paragraph');
  });
});

describe('a person’s entries', () => {
  it('are the readouts they took part in and the sections naming them, newest first', () => {
    const [firstSection] = ministry.sections;
    if (!firstSection) throw new Error('The fixture has sections.');
    const archive = {
      readoutsByPerson: new Map([['ilse-varga', [ministry, department, lind]]]),
      mentionsByPerson: new Map([
        ['ilse-varga', [{ readout: department, section: firstSection }]],
        ['petra-lind', [{ readout: ministry, section: firstSection }]],
      ]),
    } as unknown as Archive;
    const entries = personEntries(archive, 'ilse-varga');
    expect(
      entries.map((entry) => `${entry.readout.id}${isMention(entry) ? ' (named)' : ''}`),
    ).toEqual([
      '2025-03-15-varga-marsh',
      '2025-03-14-marsh-varga',
      '2025-03-14-marsh-varga (named)',
      '2025-02-02-varga-lind',
    ]);
    expect(entries.map(entryDate)).toEqual([
      '2025-03-15',
      '2025-03-14',
      '2025-03-14',
      '2025-02-02',
    ]);
    expect(entriesText(entries)).toBe('3 readouts, 1 section');
    expect(entriesText(personEntries(archive, 'petra-lind'))).toBe('1 section');
    expect(entriesText(entries.slice(0, 1))).toBe('1 readout');
    expect(personEntries(archive, 'nobody')).toEqual([]);
  });
});
