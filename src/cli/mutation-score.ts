// `npm run test:mutation`, after StrykerJS's run: reads its JSON report and prints, folder by
// folder, the mutants the unit tests killed, those that survived, those listed as equivalent
// (tests/mutation/equivalents.yaml, counted apart) and those no test runs. Fails when a folder's
// tests kill less than 90% of its covered mutants, when a module has no unit coverage at all,
// when a listed equivalent no longer exists or no longer survives, when the run could not judge
// a mutant, or when no test inside a `describe` killed a mutant (the runner's naming defect).
// `--survivors` lists the survivors; `--report <file>` reads another run's report, and given
// more than once, the reports of runs each scoped to some folders (`stryker run --mutate`).
import { parseArgs } from 'node:util';
import { accountFor, readEquivalents } from '../mutation/equivalents.ts';
import { mergedRuns, readReport } from '../mutation/report.ts';
import {
  describedTestsKill,
  folderScores,
  modulesWithoutCoverage,
  scoreTable,
  threshold,
} from '../mutation/scores.ts';

const { values } = parseArgs({
  options: {
    report: { type: 'string', multiple: true, default: ['reports/mutation/mutation.json'] },
    survivors: { type: 'boolean', default: false },
  },
});
const mutants = mergedRuns(await Promise.all(values.report.map(readReport)));
const { equivalent, stale } = accountFor(
  mutants,
  await readEquivalents('tests/mutation/equivalents.yaml'),
);
const scores = folderScores(mutants, equivalent);
console.log(scoreTable(scores));

const survivors = mutants.filter(
  (mutant) => mutant.status === 'Survived' && !equivalent.has(mutant),
);
if (values.survivors)
  for (const { file, line, mutator, replaced, replacement } of survivors)
    console.log(`${file}:${String(line)} ${mutator}: \`${replaced}\` → \`${replacement}\``);

const failures = [
  ...scores
    .filter(({ score }) => score < threshold)
    .map(({ folder }) => `${folder}: under ${String(threshold * 100)}% of covered mutants killed`),
  ...modulesWithoutCoverage(mutants).map((file) => `${file}: no unit test runs it`),
  ...stale.map((entry) => `tests/mutation/equivalents.yaml: ${entry}`),
  ...mutants
    .filter(({ status }) => status === 'RuntimeError' || status === 'CompileError')
    .map(({ file, line, mutator, status }) => `${file}:${String(line)} ${mutator}: ${status}`),
  ...(describedTestsKill(mutants)
    ? []
    : ['No test inside a describe killed a mutant: does the runner name tests as Vitest does?']),
];
for (const failure of failures) console.error(failure);
process.exitCode = failures.length > 0 ? 1 : 0;
