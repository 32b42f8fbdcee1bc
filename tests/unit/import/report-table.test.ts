import { describe, expect, it } from 'vitest';
import { reportTable } from '../../../src/import/output/report-table.ts';
import type { ImportPlan, PlannedReadout } from '../../../src/import/plan.ts';

// A run's plan: only what the table reads of each readout.
const planned = (
  file: string,
  target: string,
  topics: string[],
  people: string[],
  kinds: string[],
) =>
  ({
    file,
    target,
    newTopics: topics.map((id) => ({ id })),
    newPeople: people.map((id) => ({ id })),
    newKinds: kinds.map((id) => ({ id })),
  }) as unknown as PlannedReadout;
const plan = (readouts: PlannedReadout[], failed: ImportPlan['failed']) =>
  ({ readouts, failed }) as unknown as ImportPlan;

describe('the table that ends an import run', () => {
  it('has a row per file, columns as wide as their widest cell, and no space at the ends of lines', () => {
    const table = reportTable(
      plan(
        [
          planned(
            'a.txt',
            '/content/meetings/2017-04-10-kishida-bishop.md',
            ['trade', 'energy'],
            ['kenji-moriyama'],
            [],
          ),
          planned('texts/b.txt', '/content/meetings/2017-04-11-abe.md', [], [], ['working-lunch']),
        ],
        [
          { file: 'c.txt', message: 'c.txt: no lead', flags: [] },
          { file: 'd.txt', message: 'd.txt: no date', flags: ['--published', '--date'] },
        ],
      ),
      false,
    );
    expect(table.split('\n')).toEqual([
      'file        | readout written              | new topics / people / kinds        | fields that need a flag',
      '------------|------------------------------|------------------------------------|------------------------',
      'a.txt       | 2017-04-10-kishida-bishop.md | trade, energy / kenji-moriyama / – | –',
      'texts/b.txt | 2017-04-11-abe.md            | – / – / working-lunch              | –',
      'c.txt       | none                         | –                                  | (see above)',
      'd.txt       | none                         | –                                  | --published --date',
    ]);
  });

  it('says the readouts were not written, in a dry run', () => {
    expect(reportTable(plan([], []), true)).toBe(
      'file | readout (not written) | new topics / people / kinds | fields that need a flag\n-----|-----------------------|-----------------------------|------------------------',
    );
  });
});
