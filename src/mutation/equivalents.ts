import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { collapsed, type Mutant } from './report.ts';

/**
 * A surviving mutant that changes no behaviour, as `tests/mutation/equivalents.yaml` lists it: by
 * its module, its mutator and the code it replaces (not by line, which moves as the module is
 * edited), and why no test can tell it from the code.
 */
export interface Equivalent {
  file: string;
  mutator: string;
  /** The code replaced, as written (whitespace aside); ending in " …", the start of it. */
  replaced: string;
  replacement: string;
  /** Where the same code is mutated alike more than once: a part of the mutant's lines. */
  in?: string;
  /** Where it is so on one line: the code around the mutant's (`force: true` of two `true`s). */
  around?: string;
  why: string;
}

/** The equivalents a file lists, checked for their fields. */
export async function readEquivalents(path: string): Promise<Equivalent[]> {
  const listed: unknown = parse(await readFile(path, 'utf8'));
  if (!Array.isArray(listed)) throw new Error(`${path}: expected a list of equivalent mutants.`);
  return listed.map((entry: unknown, index) => {
    const record = (entry ?? {}) as Record<string, unknown>;
    const text = (field: string) => (typeof record[field] === 'string' ? record[field] : undefined);
    const [file, mutator, replaced, replacement, why] = [
      'file',
      'mutator',
      'replaced',
      'replacement',
      'why',
    ].map(text);
    if (!file || !mutator || !replaced || replacement === undefined || !why)
      throw new Error(
        `${path}: entry ${String(index + 1)} needs a file, mutator, replaced, replacement and why.`,
      );
    const [where, around] = [text('in'), text('around')];
    return {
      file,
      mutator,
      replaced,
      replacement,
      why,
      ...(where ? { in: where } : {}),
      ...(around ? { around } : {}),
    };
  });
}

/** Whether a listed equivalent is this mutant. */
function isListed(entry: Equivalent, mutant: Mutant): boolean {
  const replaced = collapsed(entry.replaced);
  return (
    entry.file === mutant.file &&
    entry.mutator === mutant.mutator &&
    collapsed(entry.replacement) === mutant.replacement &&
    (replaced.endsWith(' …')
      ? mutant.replaced.startsWith(replaced.slice(0, -2))
      : mutant.replaced === replaced) &&
    (entry.in === undefined || mutant.context.includes(collapsed(entry.in))) &&
    (entry.around === undefined || isAround(collapsed(entry.around), mutant))
  );
}

/** Whether a part of a mutant's lines holds the mutant's own code, not only code like it. */
function isAround(part: string, { context, offset, replaced }: Mutant): boolean {
  for (let at = context.indexOf(part); at >= 0; at = context.indexOf(part, at + 1))
    if (at <= offset && offset + replaced.length <= at + part.length) return true;
  return false;
}

/** The survivors the list accounts for, and what is wrong with the list. */
export interface Accounted {
  equivalent: Set<Mutant>;
  /** A listed mutant that no longer exists or no longer survives: the list must be corrected. */
  stale: string[];
}

/**
 * Matches the listed equivalents with a run's mutants. Every mutant an entry names must have
 * survived; an entry that names none is stale, unless its module is outside the run (a run
 * scoped with `--mutate`) and still exists.
 */
export function accountFor(mutants: readonly Mutant[], listed: readonly Equivalent[]): Accounted {
  const equivalent = new Set<Mutant>();
  const stale: string[] = [];
  const inRun = new Set(mutants.map(({ file }) => file));
  for (const entry of listed) {
    const named = mutants.filter((mutant) => isListed(entry, mutant));
    const where = entry.in ?? entry.around;
    const label = `${entry.file}: ${entry.mutator} of \`${entry.replaced}\` → \`${entry.replacement}\`${where ? ` in \`${where}\`` : ''}`;
    if (named.length === 0) {
      if (inRun.has(entry.file) || !existsSync(entry.file)) stale.push(`${label}: no such mutant`);
      continue;
    }
    for (const mutant of named) {
      if (mutant.status === 'Survived') equivalent.add(mutant);
      else
        stale.push(
          `${label} (line ${String(mutant.line)}): ${mutant.status}, no longer a survivor`,
        );
    }
  }
  return { equivalent, stale };
}
