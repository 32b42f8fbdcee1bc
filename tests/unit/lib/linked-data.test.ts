import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { citedWork } from '../../../src/citations/cited-work.ts';
import { jsonForScript, readoutJsonLd } from '../../../src/lib/json-ld.ts';
import type { Readout } from '../../../src/lib/readout.ts';
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

describe('the JSON-LD of a readout', () => {
  it('is a report by its ministry, of a meeting at its time on the world’s clock, and its topics', () => {
    const topics = seed.topics.slice(0, 1);
    expect(readoutJsonLd(seed, citedWork(seed), topics)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Report',
      '@id': 'https://example.org/meetings/2016-09-21-abe-biden/',
      url: 'https://example.org/meetings/2016-09-21-abe-biden/',
      name: 'Prime Minister Abe receives a courtesy call from Vice President Biden',
      inLanguage: 'en',
      datePublished: '2016-09-21',
      author: { '@type': 'GovernmentOrganization', name: 'Ministry of Foreign Affairs of Japan' },
      publisher: {
        '@type': 'GovernmentOrganization',
        name: 'Ministry of Foreign Affairs of Japan',
      },
      isBasedOn: 'https://www.mofa.go.jp/na/na1/us/page4e_000531.html',
      isPartOf: { '@type': 'CreativeWorkSeries', name: 'Japan-United States of America Relations' },
      about: [
        {
          '@type': 'Event',
          name: 'Prime Minister Abe receives a courtesy call from Vice President Biden',
          startDate: '2016-09-21T12:45-04:00',
          duration: 'PT1H',
          location: { '@type': 'Place', name: 'New York' },
          attendee: [
            {
              '@type': 'Role',
              roleName: 'Prime Minister of Japan',
              attendee: {
                '@type': 'Person',
                name: 'Shinzo Abe',
                url: 'https://example.org/people/shinzo-abe/',
              },
            },
            {
              '@type': 'Role',
              roleName: 'Vice President of the United States of America',
              attendee: {
                '@type': 'Person',
                name: 'Joe Biden',
                url: 'https://example.org/people/joe-biden/',
              },
            },
          ],
        },
        {
          '@type': 'Thing',
          name: 'Japan–U.S. relations',
          url: 'https://example.org/topics/japan-us-relations/',
        },
      ],
    });
  });

  it('of a section, names the section; of a meeting without a zone, its local time', () => {
    const section = ministry.sections[1];
    if (!section) throw new Error('The fixture has sections.');
    const data = readoutJsonLd(ministry, citedWork(ministry, section), section.topics);
    expect(data['name']).toBe(
      'Foreign Minister Varga holds a telephone talk with Secretary of State Marsh: 2. Energy',
    );
    expect(data['@id']).toBe('https://example.org/meetings/2025-03-15-varga-marsh/#energy');
    expect((data['about'] as Record<string, unknown>[])[0]).toMatchObject({
      startDate: '2025-03-15T08:30',
      duration: 'PT30M',
    });
    expect((data['about'] as Record<string, unknown>[])[0]).not.toHaveProperty('location');
  });

  it('of a meeting without a time, duration, place or series, gives its day only', () => {
    const data = readoutJsonLd(department, citedWork(department), []);
    const event = (data['about'] as Record<string, unknown>[])[0];
    expect(event?.['startDate']).toBe('2025-03-14');
    expect(event).not.toHaveProperty('duration');
    expect(event).not.toHaveProperty('location');
    const unseried = citedWork(department);
    delete unseried.series;
    expect(readoutJsonLd(department, unseried, [])).not.toHaveProperty('isPartOf');
  });

  it('is written safe to stand in a script element', () => {
    expect(jsonForScript({ text: '</script><script>alert(1)</script>' })).toBe(
      '{"text":"\\u003c/script>\\u003cscript>alert(1)\\u003c/script>"}',
    );
  });
});
