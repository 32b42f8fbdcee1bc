import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'],
    // Builds of scratch sites take a while on two cores.
    testTimeout: 60_000,
  },
});
