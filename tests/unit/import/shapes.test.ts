import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planImport, type ImportPlan, type PlannedReadout } from '../../../src/import/plan.ts';
import { batchFiles, expectedFrontmatter, shapeFixtures } from '../../support/import-batch.ts';
import { copyContent } from '../../support/temp-content.ts';

// Every shape of readout the ministry publishes, imported as one batch against the repository's
// vocabularies, as an editor would import a folder of new readouts.
let content: Awaited<ReturnType<typeof copyContent>>;
let plan: ImportPlan;
beforeAll(async () => {
  content = await copyContent();
  plan = await planImport({
    files: await batchFiles(join(content.dir, '..')),
    contentDir: content.dir,
    publisher: 'Ministry of Foreign Affairs of Japan',
    force: false,
  });
});
afterAll(async () => {
  await content.remove();
});

const readout = (name: string): PlannedReadout => {
  const found = plan.readouts.find((planned) => basename(planned.file) === name);
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

  it('keeps a provisional-translation note as the text’s last paragraph and drops “(END)”', () => {
    expect(readout('provisional-translation-note.txt').text).toMatch(
      /\n\n\(This is a provisional translation\.\)\n$/,
    );
    expect(readout('press-release-with-title.txt').text).not.toContain('(END)');
  });
});
