import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { accountFor, readEquivalents, type Equivalent } from '../../../src/mutation/equivalents.ts';
import { mergedRuns, mutantsOf, type Mutant } from '../../../src/mutation/report.ts';
import {
  describedTestsKill,
  folderScores,
  modulesWithoutCoverage,
} from '../../../src/mutation/scores.ts';

const source = 'export const isNoon = (hours: number) =>\n  hours === 12;\n';

/** A report of StrykerJS's JSON shape: one module, its mutants, and the tests that killed some. */
const report = {
  files: {
    'src/lib/clock.ts': {
      source,
      mutants: [
        {
          mutatorName: 'EqualityOperator',
          replacement: 'hours !== 12',
          status: 'Killed',
          killedBy: ['0'],
          location: { start: { line: 2, column: 3 }, end: { line: 2, column: 15 } },
        },
        {
          mutatorName: 'ConditionalExpression',
          replacement: 'true',
          status: 'Survived',
          location: { start: { line: 2, column: 3 }, end: { line: 2, column: 15 } },
        },
        {
          mutatorName: 'ArrowFunction',
          replacement: '() => undefined',
          status: 'Killed',
          static: true,
          killedBy: ['1'],
          location: { start: { line: 1, column: 23 }, end: { line: 2, column: 15 } },
        },
      ],
    },
  },
  testFiles: {
    'tests/unit/clock.test.ts': {
      tests: [
        { id: '0', name: 'noon > is twelve' },
        { id: '1', name: 'is a function' },
      ],
    },
  },
};

const equivalent = (fields: Partial<Equivalent>): Equivalent => ({
  file: 'src/lib/clock.ts',
  mutator: 'ConditionalExpression',
  replaced: 'hours === 12',
  replacement: 'true',
  why: 'A test.',
  ...fields,
});

describe('a mutation run’s report', () => {
  const mutants = mutantsOf(report);

  it('gives each mutant the code it replaced, whitespace collapsed, and its killers’ names', () => {
    expect(mutants.map(({ replaced, killedBy }) => ({ replaced, killedBy }))).toEqual([
      { replaced: 'hours === 12', killedBy: ['noon > is twelve'] },
      { replaced: 'hours === 12', killedBy: [] },
      { replaced: '(hours: number) => hours === 12', killedBy: ['is a function'] },
    ]);
  });

  it('counts listed equivalents apart from the score of covered mutants', () => {
    const { equivalent: listed, stale } = accountFor(mutants, [equivalent({})]);
    expect(stale).toEqual([]);
    expect(folderScores(mutants, listed)).toEqual([
      { folder: 'src/lib/', killed: 2, survived: 0, equivalent: 1, noCoverage: 0, score: 1 },
    ]);
    expect(folderScores(mutants, new Set())[0]?.score).toBeCloseTo(2 / 3);
  });

  it('finds a listed equivalent by the start of its code, and whatever its line', () => {
    const file = report.files['src/lib/clock.ts'];
    const down = ({ line, column }: { line: number; column: number }) => ({
      line: line + 1,
      column,
    });
    const moved = mutantsOf({
      files: {
        'src/lib/clock.ts': {
          source: `// A comment above.\n${source}`,
          mutants: file.mutants.map((mutant) => ({
            ...mutant,
            location: { start: down(mutant.location.start), end: down(mutant.location.end) },
          })),
        },
      },
    });
    expect(accountFor(moved, [equivalent({ replaced: 'hours === 12' })]).stale).toEqual([]);
    expect(accountFor(mutants, [equivalent({ replaced: 'hours …' })]).equivalent.size).toBe(1);
  });

  it('calls a listed equivalent stale when it was killed or no longer exists', () => {
    expect(
      accountFor(mutants, [
        equivalent({ mutator: 'EqualityOperator', replacement: 'hours !== 12' }),
      ]).stale,
    ).toEqual([
      'src/lib/clock.ts: EqualityOperator of `hours === 12` → `hours !== 12` (line 2): Killed, no longer a survivor',
    ]);
    expect(accountFor(mutants, [equivalent({ replaced: 'hours === 13' })]).stale).toEqual([
      'src/lib/clock.ts: ConditionalExpression of `hours === 13` → `true`: no such mutant',
    ]);
    expect(accountFor(mutants, [equivalent({ file: 'src/lib/gone.ts' })]).stale).toEqual([
      'src/lib/gone.ts: ConditionalExpression of `hours === 12` → `true`: no such mutant',
    ]);
  });

  it('tells apart mutants alike by a part of the lines they stand on', () => {
    const twice = mutantsOf({
      files: {
        'src/lib/clock.ts': {
          source: 'const a = hours === 12;\nconst b = hours === 12;\n',
          mutants: [1, 2].map((line) => ({
            mutatorName: 'ConditionalExpression',
            replacement: 'true',
            status: line === 1 ? 'Survived' : 'Killed',
            location: { start: { line, column: 11 }, end: { line, column: 23 } },
          })),
        },
      },
    });
    expect(accountFor(twice, [equivalent({})]).stale).toHaveLength(1);
    const { equivalent: listed, stale } = accountFor(twice, [equivalent({ in: 'const a' })]);
    expect(stale).toEqual([]);
    expect([...listed].map(({ line }) => line)).toEqual([1]);
  });

  it('tells apart mutants alike on one line by the code around each', () => {
    const line = 'rm(folder, { recursive: true, force: true });\n';
    const column = (code: string) => line.indexOf(code) + 1;
    const trues = mutantsOf({
      files: {
        'src/lib/clock.ts': {
          source: line,
          mutants: ['recursive: true', 'force: true'].map((code, index) => ({
            mutatorName: 'BooleanLiteral',
            replacement: 'false',
            status: index === 0 ? 'Killed' : 'Survived',
            location: {
              start: { line: 1, column: column(code) + code.length - 4 },
              end: { line: 1, column: column(code) + code.length },
            },
          })),
        },
      },
    });
    const listed = (fields: Partial<Equivalent>) =>
      accountFor(trues, [
        equivalent({
          mutator: 'BooleanLiteral',
          replaced: 'true',
          replacement: 'false',
          ...fields,
        }),
      ]);
    expect(listed({}).stale).toHaveLength(1);
    expect(listed({ in: 'force: true' }).stale).toHaveLength(1);
    const { equivalent: around, stale } = listed({ around: 'force: true' });
    expect(stale).toEqual([]);
    expect([...around].map(({ status }) => status)).toEqual(['Survived']);
    expect(listed({ around: 'recursive: true' }).stale).toHaveLength(1);
  });

  it('leaves alone a listed equivalent of an existing module the run did not mutate', () => {
    expect(accountFor(mutants, [equivalent({ file: 'src/lib/dates.ts' })]).stale).toEqual([]);
  });

  it('joins runs scoped to some modules, a module run again counted from its last run', () => {
    const dates = mutants.map((mutant) => ({ ...mutant, file: 'src/lib/dates.ts' }));
    const again = [{ ...mutants[1], status: 'Killed' } as Mutant];
    const joined = mergedRuns([mutants, dates, again]);
    expect(joined.map(({ file, status }) => `${file} ${status}`)).toEqual([
      'src/lib/dates.ts Killed',
      'src/lib/dates.ts Survived',
      'src/lib/dates.ts Killed',
      'src/lib/clock.ts Killed',
    ]);
    expect(folderScores(joined, new Set())[0]).toMatchObject({ killed: 3, survived: 1 });
  });

  it('names the modules no test runs', () => {
    const uncovered: Mutant[] = mutants.map((mutant) => ({ ...mutant, status: 'NoCoverage' }));
    expect(modulesWithoutCoverage(uncovered)).toEqual(['src/lib/clock.ts']);
    expect(modulesWithoutCoverage(mutants)).toEqual([]);
  });

  it('tells whether a test inside a describe killed a mutant of a function’s body', () => {
    expect(describedTestsKill(mutants)).toBe(true);
    // Named as StrykerJS 9.6 named them, suite and test joined by a space, none would have.
    const spaced = mutants.map((mutant) => ({
      ...mutant,
      killedBy: mutant.killedBy.map((name) => name.replace(' > ', ' ')),
    }));
    expect(describedTestsKill(spaced)).toBe(false);
  });
});

describe('the list of equivalent mutants', () => {
  it('names modules that exist, and says why each mutant changes nothing', async () => {
    const listed = await readEquivalents('tests/mutation/equivalents.yaml');
    for (const { file, why } of listed) {
      expect(existsSync(file), file).toBe(true);
      expect(why.length, file).toBeGreaterThan(20);
    }
  });
});
