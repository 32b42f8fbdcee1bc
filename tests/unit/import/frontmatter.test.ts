import { describe, expect, it } from 'vitest';
import {
  readoutFileText,
  UnwritableFields,
  type MeetingFields,
} from '../../../src/import/output/frontmatter.ts';

const sha = 'a'.repeat(64);
const core: MeetingFields = {
  title: 'Japan-Australia Foreign Ministers’ Meeting',
  kind: 'foreign-ministers-meeting',
  date: '2023-03-10',
  participants: [{ person: 'yoshimasa-hayashi', role: 'Minister for Foreign Affairs of Japan' }],
  topics: ['north-korea'],
  source: {
    publisher: 'Ministry of Foreign Affairs of Japan',
    url: 'https://www.mofa.go.jp/a.html',
    published: '2023-03-10',
    language: 'en',
  },
};

describe('a readout file', () => {
  it('is the fields in the schema’s order, whatever their order given, then a blank line and the text', () => {
    const fields: MeetingFields = {
      photoCredit: 'Cabinet Public Relations Office',
      versions: [
        { sha256: sha, revised: '2023-03-09', captured: '2023-03-10' },
        { captured: '2023-03-11', sha256: sha },
      ],
      notCounterparts: ['2023-03-10-wong-marles'],
      counterparts: ['2023-03-10-wong-hayashi'],
      source: { ...core.source, captured: '2023-03-12', revised: '2023-03-11' },
      series: 'Japan-Australia Relations',
      topics: ['north-korea', 'china'],
      participants: [
        {
          attendance: 'principal',
          role: 'Minister for Foreign Affairs of Japan',
          person: 'yoshimasa-hayashi',
        },
        { person: 'penny-wong', role: 'Minister for Foreign Affairs of Australia' },
        { person: 'richard-marles', role: 'Deputy Prime Minister', attendance: 'also-present' },
      ],
      place: 'Tokyo',
      duration: { approximate: true, minutes: 50 },
      start: { timeZone: 'Asia/Tokyo', approximate: false, time: '16:00' },
      date: '2023-03-10',
      kind: 'foreign-ministers-meeting',
      titleSource: 'publisher',
      title: 'Japan-Australia Foreign Ministers’ Meeting',
    };
    expect(readoutFileText(fields, 'On March 10, the ministers met.\n')).toBe(
      [
        '---',
        'title: Japan-Australia Foreign Ministers’ Meeting',
        'titleSource: publisher',
        'kind: foreign-ministers-meeting',
        'date: 2023-03-10',
        'start:',
        '  time: "16:00"',
        '  approximate: false',
        '  timeZone: Asia/Tokyo',
        'duration:',
        '  minutes: 50',
        '  approximate: true',
        'place: Tokyo',
        'participants:',
        '  - person: yoshimasa-hayashi',
        '    role: Minister for Foreign Affairs of Japan',
        '  - person: penny-wong',
        '    role: Minister for Foreign Affairs of Australia',
        '  - person: richard-marles',
        '    role: Deputy Prime Minister',
        '    attendance: also-present',
        'topics:',
        '  - north-korea',
        '  - china',
        'series: Japan-Australia Relations',
        'source:',
        '  publisher: Ministry of Foreign Affairs of Japan',
        '  url: https://www.mofa.go.jp/a.html',
        '  published: 2023-03-10',
        '  language: en',
        '  captured: 2023-03-12',
        '  revised: 2023-03-11',
        'counterparts:',
        '  - 2023-03-10-wong-hayashi',
        'notCounterparts:',
        '  - 2023-03-10-wong-marles',
        'versions:',
        '  - captured: 2023-03-10',
        '    revised: 2023-03-09',
        `    sha256: ${sha}`,
        '  - captured: 2023-03-11',
        `    sha256: ${sha}`,
        'photoCredit: Cabinet Public Relations Office',
        '---',
        '',
        'On March 10, the ministers met.\n',
      ].join('\n'),
    );
  });

  it('leaves an editorial title’s source unsaid, as the default', () => {
    expect(readoutFileText({ ...core, titleSource: 'editorial' }, 'Text.\n')).toBe(
      readoutFileText(core, 'Text.\n'),
    );
    expect(readoutFileText(core, 'Text.\n')).not.toContain('titleSource');
  });

  it('is refused when the build would refuse its fields, naming each', () => {
    const write = () =>
      readoutFileText(
        { ...core, date: '2023-02-30', start: { time: '25:00', approximate: true } },
        'Text.\n',
      );
    const refusal = (() => {
      try {
        write();
      } catch (error) {
        return error;
      }
      return undefined;
    })();
    expect(refusal).toBeInstanceOf(UnwritableFields);
    expect(refusal).toMatchObject({
      name: 'UnwritableFields',
      message:
        'date: 2023-02-30 is not a date on the calendar.; start.time: Write the time as HH:MM on a 24-hour clock, e.g. 12:45.',
    });
  });
});
