import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadVocabulary } from '../../../src/import/vocabulary/vocabulary.ts';
import { contentForEachTest } from '../../support/temp-content.ts';

const content = contentForEachTest();

describe('the vocabularies an import reads', () => {
  it('are checked with the site’s schemas, naming the file and entry at fault', async () => {
    await writeFile(
      join(content.dir, 'places.yaml'),
      '- name: Atlantis\n  timeZone: Atlantic/Atlantis\n',
    );
    await expect(loadVocabulary(content.dir)).rejects.toThrow(
      `${join(content.dir, 'places.yaml')}: entry 1: timeZone: Atlantic/Atlantis is not an IANA time zone name`,
    );
  });

  it('may lack places.yaml: the readout is then imported without time zones', async () => {
    await rm(join(content.dir, 'places.yaml'));
    expect((await loadVocabulary(content.dir)).places).toEqual([]);
  });

  it('must include the topics', async () => {
    await rm(join(content.dir, 'topics.yaml'));
    await expect(loadVocabulary(content.dir)).rejects.toThrow(
      `${join(content.dir, 'topics.yaml')}: cannot read this vocabulary`,
    );
  });
});
