import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadVocabulary } from '../../../src/import/vocabulary/vocabulary.ts';
import { contentForEachTest } from '../../support/temp-content.ts';

const content = contentForEachTest();

describe('the vocabulary files an import reads', () => {
  it('may lack the countries and offices: the import then reads less', async () => {
    await rm(join(content.dir, 'countries.yaml'));
    await rm(join(content.dir, 'offices.yaml'));
    const vocabulary = await loadVocabulary(content.dir);
    expect(vocabulary.countries).toEqual([]);
    expect(vocabulary.offices).toEqual([]);
    expect(vocabulary.people.length).toBeGreaterThan(0);
  });

  it('must each be readable YAML, even those that may be missing, refused in one line naming where', async () => {
    const file = join(content.dir, 'places.yaml');
    await writeFile(file, '- name: Atlantis\n  country: [ruritania\n- name: Lilliput\n');
    await expect(loadVocabulary(content.dir)).rejects.toThrow(
      new RegExp(`^${file}: cannot read this vocabulary: .+ at line 3, column 1:$`),
    );
  });

  it('must each be a list of entries', async () => {
    const file = join(content.dir, 'kinds.yaml');
    await writeFile(file, 'id: meeting\nlabel: meeting\n');
    await expect(loadVocabulary(content.dir)).rejects.toThrow(
      `${file}: expected a list of entries (\`- id: ...\`)`,
    );
  });

  it('name every fault of an entry, with the path of each field', async () => {
    const file = join(content.dir, 'people.yaml');
    await writeFile(
      file,
      '- id: a-b\n  name: A B\n  familyName: B\n  mentions: []\n  offices:\n    - office: President\n      country: Japan\n      from: someday\n',
    );
    await expect(loadVocabulary(content.dir)).rejects.toThrow(
      `${file}: entry 1: offices.0.from: Write the date as YYYY-MM-DD, e.g. 2016-09-21.; offices.0.from: someday is not a date on the calendar.`,
    );
  });
});
