import type { Mutant } from './report.ts';

/** The least share of covered mutants each folder's tests must kill. */
export const threshold = 0.9;

/** A folder's mutants by what the tests made of them. */
export interface FolderScore {
  folder: string;
  /** Killed by a failing test, or by a test that ran out of time (an endless loop). */
  killed: number;
  survived: number;
  /** Survivors listed as equivalent: counted apart from the score. */
  equivalent: number;
  noCoverage: number;
  /** Killed of killed and survived, from 0 to 1. */
  score: number;
}

/** `src/lib/` for `src/lib/dates.ts`, `src/import/` for `src/import/english/clock.ts`. */
const folderOf = (file: string): string => `${file.split('/').slice(0, 2).join('/')}/`;

/** Each folder's score, in the folders' order of first appearance. */
export function folderScores(mutants: readonly Mutant[], equivalent: Set<Mutant>): FolderScore[] {
  const byFolder = Map.groupBy(mutants, ({ file }) => folderOf(file));
  return [...byFolder].map(([folder, inFolder]) => {
    const count = (test: (mutant: Mutant) => boolean) => inFolder.filter(test).length;
    const killed = count(({ status }) => status === 'Killed' || status === 'Timeout');
    const survived = count((mutant) => mutant.status === 'Survived' && !equivalent.has(mutant));
    return {
      folder,
      killed,
      survived,
      equivalent: count((mutant) => equivalent.has(mutant)),
      noCoverage: count(({ status }) => status === 'NoCoverage'),
      score: killed + survived === 0 ? 1 : killed / (killed + survived),
    };
  });
}

/** The modules no unit test runs: every mutant of theirs without coverage. */
export function modulesWithoutCoverage(mutants: readonly Mutant[]): string[] {
  return [...Map.groupBy(mutants, ({ file }) => file)]
    .filter(([, ofFile]) => ofFile.every(({ status }) => status === 'NoCoverage'))
    .map(([file]) => file);
}

/**
 * Whether a test inside a `describe` killed a mutant in a function's body (which only the tests
 * that cover it run). StrykerJS's Vitest runner 9.6 named such tests in a way Vitest 5 did not
 * match, so none of them ever ran against such a mutant.
 */
export const describedTestsKill = (mutants: readonly Mutant[]): boolean =>
  mutants.some((mutant) => !mutant.static && mutant.killedBy.some((name) => name.includes(' > ')));

/** The scores as a Markdown table, as the README and docs/figures.md show them. */
export function scoreTable(scores: readonly FolderScore[]): string {
  const rows = scores.map(
    (s) =>
      `| \`${s.folder}\` | ${String(s.killed)} | ${String(s.survived)} | ${String(s.equivalent)} | ${String(s.noCoverage)} | ${(s.score * 100).toFixed(1)}% |`,
  );
  return [
    '| folder | killed | survived | equivalent | no coverage | score of covered |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
  ].join('\n');
}
