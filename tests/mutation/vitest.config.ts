import { configDefaults, defineConfig } from 'vitest/config';
import config from '../../vitest.config.ts';

const unit = config.test?.projects?.find(
  (project) => typeof project === 'object' && 'test' in project && project.test.name === 'unit',
);
if (typeof unit !== 'object' || !('test' in unit))
  throw new Error('vitest.config.ts has no project "unit"');

/**
 * The unit tests as `npm run test:mutation` runs them against each mutant: project "unit" of
 * vitest.config.ts, less the tests that run the importer in a child process. A mutant is active
 * only in the test's own process, so those tests can notice none, and each module-level mutant
 * would run them whole (about twenty seconds).
 */
export default defineConfig({
  test: {
    ...unit.test,
    exclude: [
      ...configDefaults.exclude,
      'tests/unit/import/cli.test.ts',
      'tests/unit/import/revisions.test.ts',
    ],
  },
});
