// `postinstall`: patches StrykerJS's Vitest runner so that a test file that fails outside its
// tests under a mutant counts as a kill (the defect: src/mutation/runner-patch.ts). Idempotent;
// does nothing where StrykerJS is not installed. `--check` (run by `npm run test:mutation`)
// fails unless the installed runner carries the patch.
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { isPatched, patchRunner } from '../mutation/runner-patch.ts';

const runner = fileURLToPath(
  new URL(
    '../../node_modules/@stryker-mutator/vitest-runner/dist/src/vitest-test-runner.js',
    import.meta.url,
  ),
);
const check = process.argv.includes('--check');
if (!existsSync(runner)) {
  if (check) throw new Error(`StrykerJS's Vitest runner is not installed (${runner}): npm ci.`);
} else {
  const source = await readFile(runner, 'utf8');
  if (check && !isPatched(source))
    throw new Error(`${runner} is not patched: run \`node src/cli/patch-stryker-runner.ts\`.`);
  if (!isPatched(source)) {
    try {
      await writeFile(runner, patchRunner(source));
      console.log(`Patched ${runner}: a test file that fails outside its tests kills the mutant.`);
    } catch (error) {
      // An install must not fail for the mutation run's sake; `npm run test:mutation` will.
      console.warn(`Did not patch StrykerJS's Vitest runner: ${String(error)}`);
    }
  }
}
