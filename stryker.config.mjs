// `npm run test:mutation`: StrykerJS changes the code of the modules whose mistakes readers cannot
// see, one small change (a mutant) at a time, and runs the unit tests that cover each; a good
// test fails. src/cli/mutation-score.ts then reads the report and judges each folder.
export default {
  testRunner: 'vitest',
  // Project "unit" of vitest.config.ts, less the tests that cannot see a mutant.
  vitest: { configFile: 'tests/mutation/vitest.config.ts' },
  mutate: [
    'src/{markdown,import,citations,lib,schemas,stored,versions}/**/*.ts',
    // These two need Astro's content layer (`astro:content`), which only a build has: the build
    // tests (tests/build/) and the browser tests cover them, and no unit test can load them.
    '!src/lib/archive.ts',
    '!src/schemas/meeting.ts',
  ],
  // Each mutant runs only the tests that reach it; module-level code (patterns, tables) is
  // mutated too, and such a mutant runs every test of the modules that import it.
  coverageAnalysis: 'perTest',
  ignoreStatic: false,
  concurrency: 2,
  timeoutMS: 10_000,
  reporters: ['html', 'json', 'progress'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  // The run copies the repository into .stryker-tmp/ to mutate it: not the builds.
  ignorePatterns: [
    'dist',
    'dist-*',
    '.dist-*',
    '.astro',
    'bench-results',
    'test-results',
    'playwright-report',
    'reports',
  ],
};
