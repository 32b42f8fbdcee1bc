import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { runImport } from './temp-content.ts';

/** A page of an address on its publisher's site, as a batch's "Source:" line gives it. */
const sites: Record<string, string> = {
  mofa: 'https://www.mofa.go.jp/example/',
  'gov-uk': 'https://www.gov.uk/government/news/example-',
  'canada-pm': 'https://pm.gc.ca/en/news/readouts/example-',
  'white-house': 'https://www.whitehouse.gov/briefing-room/statements-releases/example-',
  'us-state': 'https://www.state.gov/example-',
  australia: 'https://www.pm.gov.au/media/example-',
  'china-mfa': 'https://www.fmprc.gov.cn/eng/example-',
};

/**
 * The readouts of every shape, in the order a batch imports them: the texts of
 * `tests/fixtures/import/<publisher>/` that import, each with its expected frontmatter beside it
 * (`<case>.frontmatter.yaml`). Later files reuse the people and topics earlier ones create, and
 * the two accounts of a meeting stand in either order (the later is linked to the earlier).
 */
export const shapeFixtures = [
  'mofa/titled-sections.txt',
  'mofa/sub-items.txt',
  'mofa/untitled-numbered-paragraphs.txt',
  'gov-uk/pm-call-this-morning.txt',
  'mofa/three-participants.txt',
  'mofa/local-time-note.txt',
  'mofa/uk-summit-telephone-talk.txt',
  'mofa/dateline-differs.txt',
  'mofa/canada-summit-telephone-talk.txt',
  'mofa/press-release-with-title.txt',
  'canada-pm/yesterday-call.txt',
  'mofa/title-without-series.txt',
  'white-house/readout-of-call.txt',
  'mofa/dateline-days-later.txt',
  'mofa/provisional-translation-note.txt',
  'mofa/us-summit-telephone-talk-past-midnight.txt',
  'mofa/lead-is-item-one.txt',
  'mofa/us-foreign-ministers-telephone-talk.txt',
  'mofa/lead-extra-sentences.txt',
  'us-state/secretary-call.txt',
  'mofa/group-courtesy-call.txt',
  'china-mfa/phone-talks.txt',
  'mofa/two-visitors.txt',
  'mofa/telephone-call-jst.txt',
  'mofa/china-summit-telephone-talk-five-paragraphs.txt',
  'mofa/informal-talks-local-and-jst.txt',
  'mofa/australia-summit-meeting-local-time.txt',
  'mofa/breakfast-meeting-same-day-japan-time.txt',
  'australia/pm-media-statement.txt',
  'mofa/two-meetings-sections.txt',
  'mofa/summit-then-dinner.txt',
  'gov-uk/foreign-secretary-call.txt',
  'mofa/role-runs-into-verb.txt',
  'mofa/post-nominal-after-comma.txt',
  'mofa/numbering-slips-and-bullets.txt',
  'mofa/reference-and-note.txt',
  'mofa/unnumbered-time-at-end.txt',
  'mofa/japan-time-first-local-note.txt',
  'mofa/japan-time-first-across-year-end.txt',
  'mofa/korean-name-he-dr-kst.txt',
  'mofa/role-at-residence-est.txt',
  'mofa/cet-in-berlin.txt',
  'mofa/gmt-who-is-visiting.txt',
];

/** The fixtures' folder. */
const folder = 'tests/fixtures/import';

/** The URL a fixture's "Source:" line gives: on its publisher's site. */
const exampleUrl = (fixture: string): string => {
  const [publisher = '', name = ''] = fixture.split('/');
  return `${sites[publisher] ?? sites['mofa'] ?? ''}${name.replace(/\.txt$/, '')}.html`;
};

/** The frontmatter a fixture must import to, as written in its file. */
export const expectedFrontmatter = (fixture: string): string =>
  readFileSync(join(folder, fixture.replace(/\.txt$/, '.frontmatter.yaml')), 'utf8');

/** Copies of the fixtures in a folder, each with a "Source:" line, as an editor prepares a batch. */
export async function batchFiles(dir: string): Promise<string[]> {
  return Promise.all(
    shapeFixtures.map(async (fixture) => {
      const path = join(dir, fixture);
      await mkdir(dirname(path), { recursive: true });
      await writeFile(
        path,
        `${readFileSync(join(folder, fixture), 'utf8')}\nSource: ${exampleUrl(fixture)}\n`,
      );
      return path;
    }),
  );
}

/** The page of the readout revised by its publisher (tests/fixtures/versions/README.md). */
const versionsUrl = 'https://www.mofa.go.jp/example/versions.html';

/** Its four captures, in order, each with the day the archive captured it. */
const versionCaptures: readonly (readonly [string, string])[] = [
  ['tests/fixtures/versions/1-as-published.txt', '2023-03-10'],
  ['tests/fixtures/versions/2-name-corrected.txt', '2023-03-11'],
  ['tests/fixtures/versions/3-sentence-added-paragraph-removed.txt', '2023-03-15'],
  ['tests/fixtures/versions/4-section-inserted.txt', '2023-04-02'],
];

/** Imports the first `count` captures of the revised readout into a content folder, in turn. */
export function importCaptures(contentDir: string, count = versionCaptures.length): void {
  for (const [capture, captured] of versionCaptures.slice(0, count)) {
    const result = runImport(
      capture,
      '--url',
      versionsUrl,
      '--captured',
      captured,
      '--content',
      contentDir,
    );
    if (result.status !== 0) throw new Error(`The import of ${capture} failed:\n${result.stderr}`);
  }
}
