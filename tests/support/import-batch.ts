import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fixture } from './import.ts';

/**
 * The readouts of every shape, in the order a batch imports them: the texts of
 * `tests/fixtures/import/` that import, each with its expected frontmatter beside it
 * (`<case>.frontmatter.yaml`). Later files reuse the people and topics earlier ones create.
 */
export const shapeFixtures = [
  'titled-sections.txt',
  'sub-items.txt',
  'untitled-numbered-paragraphs.txt',
  'three-participants.txt',
  'local-time-note.txt',
  'dateline-differs.txt',
  'press-release-with-title.txt',
  'title-without-series.txt',
  'dateline-days-later.txt',
  'provisional-translation-note.txt',
  'lead-is-item-one.txt',
  'lead-extra-sentences.txt',
  'group-courtesy-call.txt',
  'two-visitors.txt',
  'telephone-call-jst.txt',
  'informal-talks-local-and-jst.txt',
  'breakfast-meeting-same-day-japan-time.txt',
  'two-meetings-sections.txt',
  'summit-then-dinner.txt',
  'role-runs-into-verb.txt',
  'post-nominal-after-comma.txt',
  'numbering-slips-and-bullets.txt',
  'reference-and-note.txt',
  'unnumbered-time-at-end.txt',
];

/** The URL a fixture's "Source:" line gives. */
const exampleUrl = (name: string): string =>
  `https://www.mofa.go.jp/example/${name.replace(/\.txt$/, '')}.html`;

/** The frontmatter a fixture must import to, as written in its file. */
export const expectedFrontmatter = (name: string): string =>
  readFileSync(fixture(name.replace(/\.txt$/, '.frontmatter.yaml')), 'utf8');

/** Copies of the fixtures in a folder, each with a "Source:" line, as an editor prepares a batch. */
export async function batchFiles(dir: string): Promise<string[]> {
  return Promise.all(
    shapeFixtures.map(async (name) => {
      const path = join(dir, name);
      await writeFile(
        path,
        `${readFileSync(fixture(name), 'utf8')}\nSource: ${exampleUrl(name)}\n`,
      );
      return path;
    }),
  );
}
