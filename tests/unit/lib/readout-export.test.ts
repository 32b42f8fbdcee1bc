import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import formats, { type FormatsPlugin } from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Readout } from '../../../src/lib/readout.ts';
import { readoutExport, readoutSummary } from '../../../src/lib/readout-export.ts';
import { fictionalAccounts, seedReadout } from '../../support/readouts.ts';

let seed: Readout;
let ministry: Readout;
let department: Readout;
beforeAll(async () => {
  // Addresses are absolute, on the site the build is configured for.
  vi.stubEnv('SITE', 'https://example.org');
  seed = await seedReadout();
  ({ ministry, department } = await fictionalAccounts());
});
afterAll(() => {
  vi.unstubAllEnvs();
});

/** The export's JSON Schema as the site publishes it, compiled. */
function publishedSchema() {
  const ajv = new Ajv2020({ allErrors: true });
  // ajv-formats is CommonJS: under Node's ESM its plugin is the module's `default`.
  (formats as unknown as { default: FormatsPlugin }).default(ajv);
  return ajv.compile(
    JSON.parse(readFileSync('public/schemas/readout.schema.json', 'utf8')) as object,
  );
}

describe('the JSON export of a readout', () => {
  it('is what its published schema describes', () => {
    const valid = publishedSchema();
    for (const [readout, others] of [
      [seed, []],
      [ministry, [department]],
      [department, [ministry]],
    ] as const)
      expect(valid(readoutExport(readout, others)), JSON.stringify(valid.errors)).toBe(true);
  });

  it('gives the readout’s facts and addresses', () => {
    const data = readoutExport(seed);
    expect(data).toMatchObject({
      $schema: 'https://example.org/schemas/readout.schema.json',
      id: '2016-09-21-abe-biden',
      url: 'https://example.org/meetings/2016-09-21-abe-biden/',
      markdown: 'https://example.org/meetings/2016-09-21-abe-biden.md',
      titleSource: 'editorial',
      kind: { id: 'courtesy-call', label: 'courtesy call' },
      date: '2016-09-21',
      start: { time: '12:45', approximate: true, timeZone: 'America/New_York' },
      duration: { minutes: 60, approximate: true },
      place: 'New York',
      series: 'Japan-United States of America Relations',
      photoCredit: 'Cabinet Public Relations Office',
      source: {
        publisher: 'Ministry of Foreign Affairs of Japan',
        url: 'https://www.mofa.go.jp/na/na1/us/page4e_000531.html',
        published: '2016-09-21',
        language: 'en',
      },
    });
    expect(data.participants[0]).toEqual({
      id: 'shinzo-abe',
      name: 'Shinzo Abe',
      role: 'Prime Minister of Japan',
      attendance: 'principal',
    });
    expect(data.topics[3]).toEqual({ id: 'tpp', title: 'Trans-Pacific Partnership (TPP)' });
    expect(data).not.toHaveProperty('counterparts');
    expect(data).not.toHaveProperty('versions');
  });

  it('gives its text section by section, paragraph by paragraph, as published', () => {
    const { lead, sections } = readoutExport(ministry);
    expect(lead).toEqual([
      {
        id: 'p1',
        number: 1,
        text: 'On March 15, commencing at 8:30 a.m. for approximately 30 minutes, Ms. Ilse Varga, Minister for Foreign Affairs of Norvania, held a telephone talk with Mr. Daniel Marsh, Secretary of State of Eastmark. The overview of the talk is as follows:',
      },
    ]);
    expect(sections[1]).toEqual({
      id: 'energy',
      title: '2. Energy',
      topic: { id: 'energy', title: 'Energy' },
      topics: [{ id: 'energy', title: 'Energy' }],
      url: 'https://example.org/meetings/2025-03-15-varga-marsh/#energy',
      page: 'https://example.org/meetings/2025-03-15-varga-marsh/energy/',
      subsections: [],
      paragraphs: [
        {
          id: 'energy-p1',
          number: 1,
          text: "Minister Varga explained Norvania's plan to open a second gas terminal on its western coast in 2026, and the two ministers agreed to cooperate on the stability of energy supplies in the region.",
        },
      ],
    });
  });

  it('gives the topics a paragraph is bound to, and a section bound to none as such', () => {
    const { lead } = readoutExport(department);
    expect(lead.map(({ id, topics }) => ({ id, topics }))).toEqual([
      { id: 'p1', topics: undefined },
      { id: 'friendship', topics: ['bilateral-relations'] },
      { id: 'gas-tariffs', topics: ['energy', 'trade'] },
      { id: 'p4', topics: undefined },
    ]);
    const unbound: Readout = {
      ...ministry,
      sections: ministry.sections.map((section) => ({ ...section, topics: [] })),
    };
    expect(readoutExport(unbound).sections[0]).toMatchObject({ topic: null, topics: [] });
  });

  it('names the other accounts of the meeting, each with the comparison', () => {
    expect(readoutExport(department, [ministry]).counterparts).toEqual([
      {
        id: '2025-03-15-varga-marsh',
        publisher: 'Ministry of Foreign Affairs of Norvania',
        url: 'https://example.org/meetings/2025-03-15-varga-marsh/',
        comparison:
          'https://example.org/meetings/2025-03-14-marsh-varga/compare/2025-03-15-varga-marsh/',
      },
    ]);
  });
});

describe('a readout in the archive’s index', () => {
  it('gives its title, day, kind, participants, topics and addresses', () => {
    expect(readoutSummary(department)).toEqual({
      id: '2025-03-14-marsh-varga',
      title: "Secretary Marsh's call with Norvanian Foreign Minister Varga",
      date: '2025-03-14',
      kind: 'telephone talk',
      participants: [
        { id: 'daniel-marsh', name: 'Daniel Marsh', role: 'Secretary of State' },
        { id: 'ilse-varga', name: 'Ilse Varga', role: 'Foreign Minister of Norvania' },
      ],
      topics: ['bilateral-relations', 'energy', 'trade'],
      url: 'https://example.org/meetings/2025-03-14-marsh-varga/',
      json: 'https://example.org/meetings/2025-03-14-marsh-varga.json',
      markdown: 'https://example.org/meetings/2025-03-14-marsh-varga.md',
    });
  });
});
