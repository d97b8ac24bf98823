// The vitest configuration Stryker runs (stryker.config.mjs): the unit suite, the fast-path
// equivalence tests (tests/bench/fastPaths.test.ts) and the tests written to kill mutants
// (tests/mutation), without the fuzz suites, the documentation and package checks.
// The fuzz suites reach every function of the library, so with them every mutant would run
// hundreds of generated cases; they run in `npm test` instead.
import { defineConfig, mergeConfig } from 'vitest/config';
import base from '../../vitest.config.js';

export default mergeConfig(
  base,
  defineConfig({
    test: {
      // One module graph for all test files: each mutant's run imports the library once.
      isolate: false,
      // Instrumented code runs several times slower: the slowest property tests need the time.
      testTimeout: 60_000,
      // Added to the base setup files (mergeConfig joins arrays).
      setupFiles: ['tests/mutation/fewerRuns.ts'],
      exclude: ['**/node_modules/**', 'tests/fuzz/**', 'tests/docs/**', 'tests/package/**'],
    },
  }),
);
