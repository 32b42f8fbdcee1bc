// StrykerJS's Vitest runner (10.1.1) reports a mutant under which a test file fails to load
// (a module that throws as it is imported, a test table computed from the mutated code) as a
// runtime error: the run drops it from the score as if no test had noticed it, where Vitest
// itself fails the run. (9.6.1 counted such a mutant as a survivor.) This patch makes the file
// a failed test, so the mutant counts as killed. It is still needed while a mutant whose
// report says "An error occurred outside of a test run" with a test file's name appears in a
// run of the unpatched runner (`npm ci --ignore-scripts`, then `npx stryker run`).

/** Marks the runner as patched, so that the patch is applied once. */
const marker = '// diplomatic-readouts: a test file that fails to load has failed';

// Where the runner has gathered its tests' results and is about to look for files in error.
const anchor = '        // Collection errors are stored on the file, not in errorsSet, and may\n';

const call = `${marker}
        for (const failed of filesFailedToLoad(this.ctx.state.getFiles())) {
            testResults.push(failed);
            failure = true;
        }
`;

const definition = `
${marker}: each file whose tests never ran, as one failed test.
export function filesFailedToLoad(files) {
    return files
        .filter((file) => file.result?.state === 'fail' && !collectTestsFromSuite(file).some((test) => test.result))
        .map((file) => ({
            id: \`\${path.relative(process.cwd(), file.filepath).replace(/\\\\/g, '/')}#(failed to load)\`,
            name: '(failed to load)',
            status: TestStatus.Failed,
            failureMessage: file.result?.errors?.map((error) => error.message).join('\\n') || 'The test file failed to load.',
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
  if (!source.includes(anchor))
    throw new Error(
      'This is not the code the patch was written for (StrykerJS 10.1.1): see src/mutation/runner-patch.ts for the defect, and check whether this version still has it.',
    );
  return `${source.replace(anchor, `        ${call}${anchor}`)}${definition}`;
}
