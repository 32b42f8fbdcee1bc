import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inferredLine } from '../../../src/import/inferred.ts';
import { planImport, type ImportPlan, type PlannedReadout } from '../../../src/import/plan.ts';
import { batchFiles, expectedFrontmatter, shapeFixtures } from '../../support/import-batch.ts';
import { copyContent } from '../../support/temp-content.ts';

// Every shape of readout of every publisher, both sides of several meetings mixed, imported as
// one batch against the repository's vocabularies, as an editor would import a folder of new
// readouts: with nothing but each file's "Source:" line.
let content: Awaited<ReturnType<typeof copyContent>>;
let plan: ImportPlan;
beforeAll(async () => {
  content = await copyContent();
  plan = await planImport({
    files: await batchFiles(join(content.dir, '..')),
    contentDir: content.dir,
    force: false,
  });
});
afterAll(async () => {
  await content.remove();
});

/** A fixture's readout, by its path under the fixtures' folder (MOFA's when it names no folder). */
const readout = (name: string): PlannedReadout => {
  const path = name.includes('/') ? name : `mofa/${name}`;
  const found = plan.readouts.find((planned) => planned.file.endsWith(`/${path}`));
  if (!found) throw new Error(`${name} was not imported: ${JSON.stringify(plan.failed)}`);
  return found;
};
const frontmatterOf = (text: string): string => text.slice(4, text.indexOf('\n---\n') + 1);

describe('a batch of readouts of every shape', () => {
  it('imports every file', () => {
    expect(plan.failed).toEqual([]);
    expect(plan.readouts).toHaveLength(shapeFixtures.length);
  });

  for (const name of shapeFixtures) {
    it(`${name}: the expected frontmatter`, () => {
      expect(frontmatterOf(readout(name).text)).toBe(expectedFrontmatter(name));
    });
  }

  it('gives one person one id whatever the era’s form of the name: the archive’s', () => {
    expect(plan.newPeople.filter((person) => person.familyName === 'Kishida')).toEqual([]);
    expect(readout('titled-sections.txt').fields.participants[0]?.person).toBe('fumio-kishida');
    for (const name of ['provisional-translation-note.txt', 'numbering-slips-and-bullets.txt'])
      expect(readout(name).fields.participants[0]?.person).toBe('fumio-kishida');
    expect(readout('telephone-call-jst.txt').fields.participants[0]?.person).toBe('shinzo-abe');
    expect(readout('summit-then-dinner.txt').fields.participants[1]?.person).toBe('donald-trump');
  });

  it('makes a new kind of meeting of a kind the vocabulary lacks, once', () => {
    expect(plan.newKinds.map(({ id }) => id)).toEqual([
      'summit-telephone-talk',
      'telephone-call',
      'informal-talks',
      'breakfast-meeting',
      'working-lunch',
    ]);
  });

  it('says when a page holds more than one meeting', () => {
    for (const name of ['two-meetings-sections.txt', 'summit-then-dinner.txt'])
      expect(readout(name).notes.join('\n')).toMatch(/the page holds more than one meeting/);
    expect(readout('titled-sections.txt').notes).toEqual([]);
  });

  it('anchors a section that names no subject without a topic, at the slug of its title', () => {
    const text = readout('title-without-series.txt').text;
    expect(text).toContain('## 1. Introduction {#introduction topic=none}');
    expect(text).toContain('## 2. Bilateral Relations {#bilateral-relations topic=none}');
    expect(text).toContain('## 4. Closing {#closing topic=none}');
    expect(readout('reference-and-note.txt').text).toContain('## 2. Ukraine {#russia-ukraine}');
  });

  it('binds “Bilateral relations” to the relations its series names, and to none without such a series', () => {
    expect(readout('numbering-slips-and-bullets.txt').text).toContain(
      '## 1. Bilateral relations {#bilateral-relations topic=japan-republic-of-korea-relations}\n\n### (1) Overall {#bilateral-relations-1}',
    );
    expect(readout('press-release-with-title.txt').text).toContain(
      '## 1 Bilateral relations {#bilateral-relations topic=none}',
    );
  });

  it('keeps the numbering slips, bullets, “[Reference]” and “(Note)” as the text has them', () => {
    const slips = readout('numbering-slips-and-bullets.txt').text;
    expect(slips).toContain('## 2. 2. North Korea {#north-korea}');
    expect(slips).toContain('## 3.. Closing {#closing topic=none}');
    expect(slips).toContain('### (2)Economy {#bilateral-relations-2}');
    expect(slips).toContain(
      '\n\n\\- on North Korea’s missile launches;\n\n• on the abductions issue.',
    );
    const appendix = readout('reference-and-note.txt').text;
    expect(appendix).toContain('\n\n\\[Reference]\n\n');
    expect(appendix).toContain('\n\n(Note) The Action Plan was announced in October 2022.\n');
  });

  it('links the two accounts of each meeting, whichever came first, and says so', () => {
    const pairs = [
      ['gov-uk/pm-call-this-morning.txt', 'mofa/uk-summit-telephone-talk.txt'],
      ['mofa/canada-summit-telephone-talk.txt', 'canada-pm/yesterday-call.txt'],
      ['white-house/readout-of-call.txt', 'mofa/us-summit-telephone-talk-past-midnight.txt'],
      ['mofa/us-foreign-ministers-telephone-talk.txt', 'us-state/secretary-call.txt'],
      ['china-mfa/phone-talks.txt', 'mofa/china-summit-telephone-talk-five-paragraphs.txt'],
      ['mofa/australia-summit-meeting-local-time.txt', 'australia/pm-media-statement.txt'],
    ];
    for (const [first = '', later = ''] of pairs) {
      const earlier = readout(first).target.replace(/^.*\/|\.md$/g, '');
      expect(readout(later).fields.counterparts).toEqual([earlier]);
      expect(readout(later).notes.join('\n')).toContain(`paired with ${earlier}`);
      expect(readout(first).fields.counterparts).toBeUndefined();
    }
    // An account of a meeting no other publisher reported stands alone.
    expect(readout('gov-uk/foreign-secretary-call.txt').fields.counterparts).toBeUndefined();
  });

  it('binds the paragraphs of a readout without sections to the topics they name', () => {
    const talk = readout('mofa/china-summit-telephone-talk-five-paragraphs.txt');
    expect(talk.text).toContain('the early resolution of the abductions issue. {#north-korea}\n');
    expect(talk.bindings).toContain('paragraph 5 (#north-korea): north-korea');
    // "China's support" in a talk with China is on North Korea only; "Taiwan" is on China.
    expect(talk.bindings).toContain('paragraph 4 (#china-1): china');
    // The other side's wording of a subject lands on the same topic: CPTPP is the TPP, and
    // "net zero" and "carbon neutrality" are both climate change.
    expect(readout('canada-pm/yesterday-call.txt').fields.topics).toContain('tpp');
    expect(readout('australia/pm-media-statement.txt').fields.topics).toContain('climate-change');
    expect(readout('mofa/australia-summit-meeting-local-time.txt').fields.topics).toContain(
      'climate-change',
    );
    // The lead says who met: Xi Jinping, who names the topic China, does not bind it there.
    expect(readout('china-mfa/phone-talks.txt').bindings[0]).toMatch(/^paragraph 2 /);
  });

  it('reads the day from the page’s date where the lead says “today” or “yesterday”, and reports it', () => {
    expect(readout('canada-pm/yesterday-call.txt').fields.date).toBe('2021-02-02');
    expect(readout('canada-pm/yesterday-call.txt').inferred).toEqual([
      {
        field: 'date',
        value: '2021-02-02',
        how: 'the day before the page’s date',
        words: 'Yesterday',
      },
    ]);
    expect(readout('us-state/secretary-call.txt').fields.date).toBe('2021-01-26');
  });

  it('tells who “The Prime Minister” was from the publisher and the day, and reports it', () => {
    const uk = readout('gov-uk/pm-call-this-morning.txt');
    expect(uk.fields.participants).toEqual([
      {
        person: 'boris-johnson',
        role: 'Prime Minister of the United Kingdom',
        attendance: 'principal',
      },
      { person: 'shinzo-abe', role: 'Prime Minister of Japan', attendance: 'principal' },
    ]);
    expect(uk.inferred.map(({ value, words }) => `${value}: ${words}`)).toEqual([
      'boris-johnson: The Prime Minister',
      'shinzo-abe: Prime Minister Abe of Japan',
    ]);
  });

  it('reads the meeting’s day and clock where it took place, whatever clock the lead is in', () => {
    const start = (name: string) => {
      const { date, start: time, place } = readout(name).fields;
      return { date, ...time, place };
    };
    // Japan time first, the local time in the note, the day before across midnight and a year.
    expect(start('japan-time-first-local-note.txt')).toEqual({
      date: '2018-05-23',
      time: '17:00',
      approximate: true,
      timeZone: 'America/New_York',
      place: 'Washington, D.C.',
    });
    expect(start('japan-time-first-across-year-end.txt')).toMatchObject({
      date: '2019-12-31',
      time: '11:00',
      timeZone: 'America/New_York',
    });
    // Zones by abbreviation: the place's zone where it keeps that time, else the abbreviation's.
    expect(start('korean-name-he-dr-kst.txt')).toMatchObject({
      time: '10:10',
      timeZone: 'Asia/Seoul',
    });
    expect(start('role-at-residence-est.txt')).toMatchObject({
      date: '2024-09-21',
      time: '11:05',
      timeZone: 'America/New_York',
      place: 'Wilmington, Delaware',
    });
    expect(start('cet-in-berlin.txt')).toMatchObject({ time: '18:30', timeZone: 'Europe/Berlin' });
    expect(start('gmt-who-is-visiting.txt')).toMatchObject({
      time: '10:00',
      timeZone: 'Europe/London',
    });
  });

  it('reads people as the archive knows them, their roles ending before a place', () => {
    expect(readout('korean-name-he-dr-kst.txt').fields.participants[1]).toEqual({
      person: 'kang-kyung-wha',
      role: 'minister of Foreign Affairs of the ROK',
      attendance: 'principal',
    });
    expect(readout('role-at-residence-est.txt').fields.participants[1]).toEqual({
      person: 'joe-biden',
      role: 'President of the United States of America',
      attendance: 'principal',
    });
    expect(readout('gmt-who-is-visiting.txt').fields.participants[1]?.role).toBe(
      'Prime Minister of the United Kingdom of Great Britain and Northern Ireland',
    );
  });

  it('lists each fact it inferred rather than read, with the words it came from', () => {
    const lines = (name: string) => readout(name).inferred.map(inferredLine);
    expect(lines('japan-time-first-local-note.txt')).toEqual([
      'date 2018-05-23 (the local day of the time’s note, the year of the dateline): “around 6:00 a.m. (5:00 p.m. on May 23, local time)”',
      'start.timeZone America/New_York (the zone of the place, Washington, D.C.): “around 6:00 a.m. (5:00 p.m. on May 23, local time)”',
    ]);
    expect(lines('role-at-residence-est.txt')).toEqual([
      'date 2024-09-21 (the year of the dateline): “On September 21”',
      'participants joe-biden (who was President of the United States of America on 2024-09-21): “Joseph R. Biden, Jr.”',
      'start.timeZone America/New_York (the zone “EST” means): “11:05 a.m. EST (0:05 a.m. on September 22nd, JST)”',
    ]);
    expect(lines('korean-name-he-dr-kst.txt')).toEqual([
      'date 2018-06-14 (the year of the dateline): “On June 14”',
      'start.timeZone Asia/Seoul (the zone “KST” means at Seoul): “10:10 a.m. KST”',
    ]);
  });

  it('keeps a provisional-translation note as the text’s last paragraph and drops “(END)”', () => {
    expect(readout('provisional-translation-note.txt').text).toMatch(
      /\n\n\(This is a provisional translation\.\)\n$/,
    );
    expect(readout('press-release-with-title.txt').text).not.toContain('(END)');
  });
});
