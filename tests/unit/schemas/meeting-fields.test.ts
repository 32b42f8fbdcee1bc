import { describe, expect, it } from 'vitest';
import { meetingFieldsSchema } from '../../../src/schemas/meeting-fields.ts';

/** A readout's frontmatter as an editor writes it, the least the schema takes. */
const frontmatter = {
  title: 'Minister Smith meets Minister Jones',
  kind: 'bilateral-meeting',
  date: '2020-01-02',
  participants: [{ person: 'anna-smith', role: 'Minister for Foreign Affairs' }],
  topics: ['trade'],
  source: {
    publisher: 'Ministry of Examples',
    url: 'https://example.gov/readout.html',
    published: '2020-01-03',
  },
};

/** What an editor is told of a frontmatter: each issue as `path: message`, or 'valid'. */
function told(fields: Record<string, unknown>): string {
  const parsed = meetingFieldsSchema.safeParse({ ...frontmatter, ...fields });
  if (parsed.success) return 'valid';
  return parsed.error.issues.map(({ path, message }) => `${path.join('.')}: ${message}`).join('\n');
}

const source = (fields: Record<string, unknown>) => ({
  source: { ...frontmatter.source, ...fields },
});

describe('the frontmatter of a readout', () => {
  it('fills in what an editor may leave out', () => {
    const data = meetingFieldsSchema.parse({
      ...frontmatter,
      start: { time: '12:45' },
      duration: { minutes: 60 },
    });
    expect(data.titleSource).toBe('editorial');
    expect(data.participants[0]?.attendance).toBe('principal');
    expect(data.start).toEqual({ time: '12:45', approximate: false });
    expect(data.duration).toEqual({ minutes: 60, approximate: false });
    expect(data.source.language).toBe('en');
  });

  it('says whose the title is: the archive’s own, or the publisher’s headline', () => {
    expect(told({ titleSource: 'editorial' })).toBe('valid');
    expect(told({ titleSource: 'publisher' })).toBe('valid');
    expect(told({ titleSource: 'ministry' })).toMatch(/^titleSource: /);
  });

  it('refuses an id of a vocabulary that is not lowercase words joined by hyphens', () => {
    expect(told({ kind: 'Courtesy call' })).toBe(
      'kind: An id is lowercase words joined by hyphens.',
    );
    expect(told({ topics: ['trade', 'North_Korea'] })).toBe(
      'topics.1: An id is lowercase words joined by hyphens.',
    );
  });

  it('takes a start time on a 24-hour clock, HH:MM, and nothing else', () => {
    for (const time of ['00:00', '09:05', '12:45', '19:59', '23:59'])
      expect(told({ start: { time } }), time).toBe('valid');
    for (const time of ['9:05', '24:00', '12:60', '12:45 p.m.', 'at 12:45', '12:450'])
      expect(told({ start: { time } }), time).toBe(
        'start.time: Write the time as HH:MM on a 24-hour clock, e.g. 12:45.',
      );
  });

  it('refuses a readout without participants or topics, saying what it needs', () => {
    expect(told({ participants: [] })).toBe(
      'participants: A readout names at least one participant.',
    );
    expect(told({ topics: [] })).toBe('topics: A readout has at least one topic.');
  });

  it('takes the address of the original on the web, and no other', () => {
    expect(told(source({ url: 'http://example.gov/readout.html' }))).toBe('valid');
    for (const url of [
      'ftp://example.gov/readout.html',
      'git+https://example.gov/readout.html',
      'httpx://example.gov/readout.html',
      'https-x://example.gov/readout.html',
    ])
      expect(told(source({ url })), url).toMatch(/^source\.url: /);
  });

  it('records earlier versions by the day captured and the digest of their file', () => {
    const sha256 = 'ab'.repeat(32);
    const versions = [{ captured: '2020-01-03', revised: '2020-01-02', sha256 }];
    expect(meetingFieldsSchema.parse({ ...frontmatter, versions }).versions).toEqual(versions);
    for (const digest of [
      sha256.slice(1),
      `${sha256}0`,
      sha256.toUpperCase(),
      `x${sha256}`,
      'g'.repeat(64),
    ])
      expect(told({ versions: [{ captured: '2020-01-03', sha256: digest }] }), digest).toBe(
        'versions.0.sha256: Write the SHA-256 of the version file, hex.',
      );
  });

  it('names other accounts of the meeting, and readouts that are not, by their file names', () => {
    const named = {
      counterparts: ['2020-01-02-jones-smith'],
      notCounterparts: ['2020-01-03-smith-lee'],
    };
    expect(told(named)).toBe('valid');
    expect(told({ counterparts: [''] })).toMatch(/^counterparts\.0: /);
    expect(told({ notCounterparts: [''] })).toMatch(/^notCounterparts\.0: /);
  });
});
