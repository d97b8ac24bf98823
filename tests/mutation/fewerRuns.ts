// Stryker runs the covering tests once per mutant: property tests without their own `numRuns`
// use 25 generated cases there instead of fast-check's 100. `npm test` keeps the default.
import fc from 'fast-check';

fc.configureGlobal({ numRuns: 25 });
