import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { isPatched, patchRunner } from '../../../src/mutation/runner-patch.ts';

const runnerFile = 'node_modules/@stryker-mutator/vitest-runner/dist/src/vitest-test-runner.js';

/** The installed runner's `filesFailedOutsideTests`, which the patch adds. */
interface PatchedRunner {
  filesFailedOutsideTests: (
    files: unknown[],
  ) => { id: string; status: number; failureMessage: string }[];
}

describe('the patch of StrykerJS’s Vitest runner', () => {
  it('is applied at install, once', async () => {
    const installed = await readFile(runnerFile, 'utf8');
    expect(isPatched(installed)).toBe(true);
    expect(patchRunner(installed)).toBe(installed);
  });

  it('refuses code an earlier version of it patched, or it was not written for', () => {
    expect(() => patchRunner('export function filesFailedOutsideTests() {}')).toThrow(
      /An earlier version of this patch is applied/,
    );
    expect(() => patchRunner('export class VitestTestRunner {}')).toThrow(
      /not the code the patch was written for/,
    );
  });

  it('turns a test file that failed outside its tests into a failed test, and leaves those whose tests failed or passed', async () => {
    // The patch adds the function to the installed runner, whose declared types know nothing of it.
    const runner: unknown =
      await import('../../../node_modules/@stryker-mutator/vitest-runner/dist/src/vitest-test-runner.js');
    const { filesFailedOutsideTests } = runner as PatchedRunner;
    const failed = { filepath: `${process.cwd()}/tests/unit/a.test.ts`, tasks: [] };
    const ran = { filepath: `${process.cwd()}/tests/unit/b.test.ts` };
    expect(
      filesFailedOutsideTests([
        { ...failed, result: { state: 'fail', errors: [{ message: 'Too big' }] } },
        { ...ran, result: { state: 'fail' }, tasks: [{ type: 'test', result: { state: 'fail' } }] },
        { ...ran, result: { state: 'pass' }, tasks: [{ type: 'test', result: { state: 'pass' } }] },
        // A file-wide beforeAll that throws: its tests are skipped, the file has failed.
        {
          filepath: `${process.cwd()}/tests/unit/c.test.ts`,
          result: { state: 'fail', errors: [{ message: 'Invalid time value' }] },
          tasks: [{ type: 'test', result: { state: 'skip' } }],
        },
      ]),
    ).toEqual([
      expect.objectContaining({
        id: 'tests/unit/a.test.ts#(failed outside its tests)',
        status: 1, // TestStatus.Failed
        failureMessage: 'Too big',
      }),
      expect.objectContaining({
        id: 'tests/unit/c.test.ts#(failed outside its tests)',
        failureMessage: 'Invalid time value',
      }),
    ]);
  });
});
