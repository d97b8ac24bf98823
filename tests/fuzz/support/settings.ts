// How hard the fuzz suites work. `npm test` runs the defaults (a few thousand cases per entry
// point in well under two minutes on two cores); set FUZZ_RUNS for a deeper run, such as
// `FUZZ_RUNS=20000 npx vitest run tests/fuzz`, and FUZZ_SEED to replay a reported failure.
// FUZZ_LARGE=off leaves out the one-off very large inputs; FUZZ_ONLY=<regular expression> fuzzes
// only the entry points whose names match, such as `FUZZ_ONLY='^(safe)?tallyBallot$'`.
import { env } from 'node:process';

function positiveInteger(text: string | undefined): number | undefined {
  if (text === undefined || text.trim() === '') return undefined;
  const value = Number(text);
  return Number.isSafeInteger(value) && value > 0 ? value : undefined;
}

/** Cases per entry point for each kind of generated input, unless FUZZ_RUNS says otherwise. */
export const FUZZ_RUNS = positiveInteger(env['FUZZ_RUNS']) ?? 1000;

/** Whether to run the very large inputs (10,000 practices, 100,000 votes, 1,000 members). */
export const FUZZ_LARGE = env['FUZZ_LARGE'] !== 'off';

const seed = positiveInteger(env['FUZZ_SEED']);

/** fast-check parameters for `runs` cases, replaying FUZZ_SEED when one is given. */
export function fuzzParameters(runs: number = FUZZ_RUNS): { numRuns: number; seed?: number } {
  return seed === undefined ? { numRuns: runs } : { numRuns: runs, seed };
}

/** A share of the runs, at least one. */
export function share(fraction: number): number {
  return Math.max(1, Math.round(FUZZ_RUNS * fraction));
}

const only = env['FUZZ_ONLY'];

/** The entry points to fuzz, by name (all of them unless FUZZ_ONLY is set). */
export const FUZZ_ONLY: RegExp | undefined =
  only === undefined || only.trim() === '' ? undefined : new RegExp(only);

/** The time a fuzz property may take before vitest gives up on it (generous: machines vary). */
export const FUZZ_TIMEOUT = 180_000;
