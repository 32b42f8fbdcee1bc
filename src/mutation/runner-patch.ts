// StrykerJS's Vitest runner (10.1.1) reports a mutant under which a test file fails outside its
// tests (a module that throws as it is imported, a test table computed from the mutated code, a
// file-wide `beforeAll` that throws) as a runtime error: the run drops it from the score as if
// no test had noticed it, where Vitest itself fails the run. (9.6.1 counted such a mutant as a
// survivor.) This patch makes such a file one failed test, so that the mutant counts as killed.
// It is still needed while a run of the unpatched runner (`npm ci --ignore-scripts`, then `npx
// stryker run`) reports mutants as "RuntimeError" with "An error occurred outside of a test
// run" and a test file's name (src/lib/dates.ts's time-zone formatter, for one).

/** Marks the runner as patched, so that the patch is applied once. */
const marker = '// diplomatic-readouts: a test file that failed outside its tests has failed';

/** The function the patch adds, whatever version of the patch added it. */
const added = 'filesFailedOutsideTests';

// Where the runner has gathered its tests' results and is about to look for files in error.
const anchor = '        // Collection errors are stored on the file, not in errorsSet, and may\n';

const call = `${marker}
        for (const failed of ${added}(this.ctx.state.getFiles())) {
            testResults.push(failed);
            failure = true;
        }
`;

const definition = `
${marker}: each failed file none of whose tests failed, as one failed test.
export function ${added}(files) {
    return files
        .filter((file) => file.result?.state === 'fail' && !collectTestsFromSuite(file).some((test) => test.result?.state === 'fail'))
        .map((file) => ({
            id: \`\${path.relative(process.cwd(), file.filepath).replace(/\\\\/g, '/')}#(failed outside its tests)\`,
            name: '(failed outside its tests)',
            status: TestStatus.Failed,
            failureMessage: file.result?.errors?.map((error) => error.message).join('\\n') || 'The test file failed outside its tests.',
            timeSpentMs: 0,
            fileName: path.resolve(file.filepath),
        }));
}
`;

/** Whether the runner's code carries the patch. */
export const isPatched = (source: string): boolean => source.includes(marker);

/** The runner's code with the patch applied (the same code when it already is). */
export function patchRunner(source: string): string {
  if (isPatched(source)) return source;
  if (source.includes(added))
    throw new Error(
      "An earlier version of this patch is applied: reinstall StrykerJS's Vitest runner (npm ci).",
    );
  if (!source.includes(anchor))
    throw new Error(
      'This is not the code the patch was written for (StrykerJS 10.1.1): see src/mutation/runner-patch.ts for the defect, and check whether this version still has it.',
    );
  return `${source.replace(anchor, `        ${call}${anchor}`)}${definition}`;
}
