import { readFile } from 'node:fs/promises';

/** What a mutant of StrykerJS's JSON report (mutation-testing-report-schema) says, as we read it. */
interface ReportMutant {
  mutatorName: string;
  replacement?: string;
  status: string;
  static?: boolean;
  killedBy?: string[];
  location: { start: { line: number; column: number }; end: { line: number; column: number } };
}

/** The parts of StrykerJS's JSON report the score reads. */
interface Report {
  files: Record<string, { source: string; mutants: ReportMutant[] }>;
  testFiles?: Record<string, { tests: { id: string; name: string }[] }>;
}

/** One mutant: where it is, what it replaced with what, and what the tests made of it. */
export interface Mutant {
  /** The module, from the repository's root: `src/lib/dates.ts`. */
  file: string;
  line: number;
  mutator: string;
  /** The code the mutant replaced, its whitespace collapsed: `hours < 12`. */
  replaced: string;
  replacement: string;
  /** The lines the mutant stands on, their whitespace collapsed. */
  context: string;
  /** Where in `context` the code it replaced starts. */
  offset: number;
  /** Killed, Survived, NoCoverage, Timeout, RuntimeError, ... */
  status: string;
  /** Whether it is in code run as the module loads, which every test of the module runs. */
  static: boolean;
  /** The full names of the tests that killed it (`a suite > a test`). */
  killedBy: string[];
}

/** Code with its runs of whitespace made one space, as the equivalents file quotes it. */
export const collapsed = (code: string): string => code.replace(/\s+/g, ' ').trim();

/** The text between two positions (1-based lines and columns) of a source. */
function slice(source: string, { start, end }: ReportMutant['location']): string {
  const lines = source.split('\n').slice(start.line - 1, end.line);
  const last = lines.length - 1;
  lines[last] = (lines[last] ?? '').slice(0, end.column - 1);
  lines[0] = (lines[0] ?? '').slice(start.column - 1);
  return lines.join('\n');
}

/** Where a position of a line falls in the line's text with its whitespace collapsed. */
function offsetIn(source: string, { line, column }: ReportMutant['location']['start']): number {
  const before = (source.split('\n')[line - 1] ?? '').slice(0, column - 1);
  const kept = collapsed(before);
  return kept.length + (kept !== '' && /\s$/.test(before) ? 1 : 0);
}

/** The mutants of a StrykerJS JSON report, with the names of their killers. */
export function mutantsOf(report: Report): Mutant[] {
  const testNames = new Map(
    Object.values(report.testFiles ?? {}).flatMap(({ tests }) =>
      tests.map(({ id, name }) => [id, name] as const),
    ),
  );
  return Object.entries(report.files).flatMap(([file, { source, mutants }]) =>
    mutants.map((mutant) => ({
      file,
      line: mutant.location.start.line,
      mutator: mutant.mutatorName,
      replaced: collapsed(slice(source, mutant.location)),
      replacement: collapsed(mutant.replacement ?? ''),
      context: collapsed(
        source
          .split('\n')
          .slice(mutant.location.start.line - 1, mutant.location.end.line)
          .join('\n'),
      ),
      offset: offsetIn(source, mutant.location.start),
      status: mutant.status,
      static: mutant.static ?? false,
      killedBy: (mutant.killedBy ?? []).map((id) => testNames.get(id) ?? id),
    })),
  );
}

/** Reads the mutants of the JSON report a run wrote. */
export async function readReport(path: string): Promise<Mutant[]> {
  return mutantsOf(JSON.parse(await readFile(path, 'utf8')) as Report);
}

/**
 * The mutants of several runs, each scoped to some modules (`stryker run --mutate`): a module's
 * mutants are those of the last run that mutated it, so that a piece run again replaces its
 * earlier run.
 */
export function mergedRuns(runs: readonly (readonly Mutant[])[]): Mutant[] {
  const lastRunOf = new Map<string, number>();
  runs.forEach((mutants, index) => {
    for (const { file } of mutants) lastRunOf.set(file, index);
  });
  return runs.flatMap((mutants, index) =>
    mutants.filter(({ file }) => lastRunOf.get(file) === index),
  );
}
