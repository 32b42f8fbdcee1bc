import { basename } from 'node:path';
import type { ImportPlan } from '../plan.ts';

/** One row per file of a run: the readout it gives, the entries it adds, the flags it still needs. */
export function reportTable(plan: ImportPlan, dryRun: boolean): string {
  const rows: string[][] = [
    [
      'file',
      dryRun ? 'readout (not written)' : 'readout written',
      'new topics / people / kinds',
      'fields that need a flag',
    ],
    ...plan.readouts.map((readout) => [
      readout.file,
      basename(readout.target),
      [readout.newTopics, readout.newPeople, readout.newKinds]
        .map((entries) => entries.map(({ id }) => id).join(', ') || '–')
        .join(' / '),
      '–',
    ]),
    ...plan.failed.map(({ file, flags }) => [file, 'none', '–', flags.join(' ') || '(see above)']),
  ];
  const widths =
    rows[0]?.map((_, column) => Math.max(...rows.map((row) => row[column]?.length ?? 0))) ?? [];
  const line = (row: string[]): string =>
    row
      .map((cell, column) => cell.padEnd(widths[column] ?? 0))
      .join(' | ')
      .trimEnd();
  const [header = [], ...body] = rows;
  return [
    line(header),
    widths.map((width) => '-'.repeat(width)).join('-|-'),
    ...body.map(line),
  ].join('\n');
}
