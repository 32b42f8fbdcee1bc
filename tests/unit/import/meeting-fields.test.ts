import { describe, expect, it } from 'vitest';
import type { ReadoutDraft } from '../../../src/import/draft.ts';
import type { Inferred } from '../../../src/import/inferred.ts';
import type { MeetingFields } from '../../../src/import/output/frontmatter.ts';
import { meetingFields } from '../../../src/import/output/meeting-fields.ts';
import { repositoryVocabulary } from '../../support/import.ts';

const publisher = {
  name: 'Ministry of Foreign Affairs of Japan',
  country: 'japan',
  language: 'en',
  timeZone: 'Asia/Tokyo',
};
// What a publisher's reader gave of the meeting's time and place; the rest is not read here.
const draft = (fields: Partial<ReadoutDraft>) => ({ publisher, ...fields }) as ReadoutDraft;
// The fields every readout has, with an editorial title, whose source is left unsaid.
const editorial: Omit<MeetingFields, 'start' | 'duration' | 'place' | 'photoCredit'> = {
  title: 'Talks',
  kind: 'summit-meeting',
  date: '2016-09-21',
  participants: [{ person: 'shinzo-abe', role: 'Prime Minister of Japan' }],
  topics: ['north-korea'],
  source: {
    publisher: publisher.name,
    url: 'https://www.mofa.go.jp/a.html',
    published: '2016-09-21',
    language: 'en',
  },
};
const core = { ...editorial, titleSource: 'editorial' as const };

describe('the fields of an imported readout', () => {
  it('hold the time, its zone, the duration, place and credit the text gives, and the links given', async () => {
    const inferred: Inferred[] = [];
    const fields = meetingFields(
      draft({
        start: { time: '12:45', approximate: true, words: 'at around 12:45 p.m.' },
        duration: { minutes: 60, approximate: true },
        place: 'New York',
        photoCredit: 'Cabinet Public Relations Office',
      }),
      await repositoryVocabulary(),
      inferred,
      {
        ...core,
        titleSource: 'publisher',
        series: 'Japan-United States of America Relations',
        counterparts: ['2016-09-21-biden-abe'],
        notCounterparts: ['2016-09-21-biden-kishida'],
      },
    );
    expect(fields).toStrictEqual({
      ...core,
      titleSource: 'publisher',
      start: { time: '12:45', approximate: true, timeZone: 'America/New_York' },
      duration: { minutes: 60, approximate: true },
      place: 'New York',
      series: 'Japan-United States of America Relations',
      counterparts: ['2016-09-21-biden-abe'],
      notCounterparts: ['2016-09-21-biden-kishida'],
      photoCredit: 'Cabinet Public Relations Office',
    });
    expect(inferred).toEqual([
      {
        field: 'start.timeZone',
        value: 'America/New_York',
        how: 'the zone of the place, New York',
        words: 'at around 12:45 p.m.',
      },
    ]);
  });

  it('leave out what the text does not give, an editorial title’s source, and a zone no place tells', async () => {
    expect(meetingFields(draft({}), await repositoryVocabulary(), [], core)).toStrictEqual(
      editorial,
    );
    expect(
      meetingFields(
        draft({
          start: {
            time: '09:00',
            approximate: false,
            clock: { kind: 'local' },
            words: '9:00 a.m.',
          },
        }),
        await repositoryVocabulary(),
        [],
        core,
      ),
    ).toStrictEqual({ ...editorial, start: { time: '09:00', approximate: false } });
  });
});
