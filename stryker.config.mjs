// Mutation testing of src/ with Stryker (issue #9). `npm run mutation` runs every module; one
// module at a time: `npm run mutation -- --mutate 'src/core/**/*.ts'`. The report is written to
// reports/mutation/ (HTML and JSON).
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  packageManager: 'npm',
  testRunner: 'vitest',
  // The unit suite with the fuzz suites turned down to a few dozen cases (see that file).
  vitest: { configFile: 'tests/mutation/vitest.config.ts', related: false },
  // Each mutant runs only the tests that reach it; two workers share a two-core machine.
  coverageAnalysis: 'perTest',
  concurrency: 2,
  // Mutants in module-level data (the rule catalogue, the calendar, citations) would need the
  // whole suite for each; they are left out, and the data is pinned by its own tests.
  ignoreStatic: true,
  // Barrels and files that hold only types have nothing to mutate.
  mutate: [
    'src/**/*.ts',
    '!src/**/index.ts',
    '!src/commissioning/TransitionOptions.ts',
    '!src/conflicts/meetings/AgendaItemAssessment.ts',
    '!src/conflicts/meetings/AssessAgendaItemOptions.ts',
    '!src/conflicts/registers/RuleNotApplied.ts',
    '!src/conflicts/rules/CoiRule.ts',
    '!src/core/Reason.ts',
    '!src/core/SafeResult.ts',
    '!src/responsibilities/ResponsibilityAnswer.ts',
    '!src/responsibilities/ResponsibilityCell.ts',
    '!src/testing/matchers/options.ts',
  ],
  ignorePatterns: [
    'dist',
    'docs/site',
    'coverage',
    'reports',
    '.scratch',
    'tests/package/consumer',
  ],
  thresholds: { high: 90, low: 85, break: 80 },
  timeoutMS: 20000,
  timeoutFactor: 2,
  reporters: ['clear-text', 'progress-append-only', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
