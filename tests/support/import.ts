import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { ImportError, type MissingFields } from '../../src/import/import-error.ts';
import { importReadout, type ImportedReadout } from '../../src/import/import-readout.ts';
import { loadVocabulary, type Vocabulary } from '../../src/import/vocabulary/vocabulary.ts';

/** The path of an import fixture, named by the case it shows, in its publisher's folder (MOFA's by default). */
export const fixture = (name: string, publisher = 'mofa'): string =>
  `tests/fixtures/import/${publisher}/${name}`;

/** The text of an import fixture. */
export const fixtureText = (name: string, publisher = 'mofa'): string =>
  readFileSync(fixture(name, publisher), 'utf8');

/** The repository's vocabularies, fresh for each test (imports add to them). */
export const repositoryVocabulary = (): Promise<Vocabulary> => loadVocabulary('content');

/** Imports a fixture against the repository's vocabularies, with a made-up source URL. */
export async function importFixture(name: string): Promise<ImportedReadout> {
  return importReadout(
    { file: fixture(name), text: fixtureText(name) },
    await repositoryVocabulary(),
    {
      url: `https://www.mofa.go.jp/example/${name.replace(/\.txt$/, '')}.html`,
      publisher: 'Ministry of Foreign Affairs of Japan',
    },
  );
}

/**
 * Why the participants of `page.txt` could not all be told, as the editor reads it, or
 * undefined when they could; each such fact is given with --participant.
 */
export function whyParticipantsMissing(missing: MissingFields): string | undefined {
  try {
    missing.check('page.txt');
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    expect(error.flags).toEqual(['--participant']);
    return error.message;
  }
  return undefined;
}
