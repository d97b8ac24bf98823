// Issue #9: the same input gives byte-identical JSON output: twice in a row, whatever the order
// of the keys of its records, and whatever the time zone. `npm run test:tz` runs the unit suites
// and this one again in fresh processes started in two more time zones and a Turkish locale (the
// default run is UTC), where the outputs of every sample must match the digests recorded here.
import { createHash } from 'node:crypto';
import { env } from 'node:process';
import { type CoCommissioningError, isCoCommissioningError } from 'co-commissioning';
import { PolicyAssertionError } from 'co-commissioning/testing';
import * as fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { outcomeJson } from './support/contract.js';
import { nearValidArbitrary } from './support/hostile.js';
import { type Entry, FUZZED } from './support/registry.js';
import { type Args, copy } from './support/samples.js';
import { FUZZ_TIMEOUT, fuzzParameters, share } from './support/settings.js';
import { shuffleKeys } from './support/shuffle.js';

function run(entry: Entry, args: readonly unknown[]): string {
  try {
    return outcomeJson({ kind: 'returned', value: entry.call(...args) });
  } catch (error) {
    if (error instanceof PolicyAssertionError)
      return outcomeJson({ kind: 'expectation-failed', error });
    if (!isCoCommissioningError(error)) throw error;
    return outcomeJson({ kind: 'threw', error: error as CoCommissioningError });
  }
}

/**
 * The outcome with the issues of a refusal as a sorted list. Issues come in input order, so when
 * the keys of the input are reordered the same issues may come in another order; each issue, and
 * any successful result, must be byte-identical.
 */
function runIgnoringIssueOrder(entry: Entry, args: readonly unknown[]): string {
  const text = run(entry, args);
  const issues = /^(threw |returned \{"success":false,"issues":)(\[.*\])\}?$/s.exec(text);
  if (issues === null) return text;
  const list = (JSON.parse(issues[2] as string) as unknown[]).map((issue) => JSON.stringify(issue));
  return `${issues[1]}${JSON.stringify(list.sort())}`;
}

/** Entry points that return data; the arbitraries are checked by seed below. */
const DATA = FUZZED.filter((entry) => entry.returns === 'frozen' || entry.returns === 'error');

/**
 * The error class keeps the caller's issues as they were written (a copy, keys in the caller's
 * order), and the kit's builders return the caller's overrides as given: for these only the
 * answer to the same input is compared, not to reordered keys.
 */
const ECHOES_INPUT = new Set([
  'CoCommissioningError',
  ...FUZZED.filter((entry) => /^build[A-Z]/.test(entry.name)).map((entry) => entry.name),
]);

const ZONES = ['Pacific/Kiritimati', 'America/St_Johns', 'Asia/Kathmandu', 'UTC'] as const;
const zone = env['TZ'];

afterEach(() => {
  if (zone === undefined) delete env['TZ'];
  else env['TZ'] = zone;
});

describe.each(DATA.map((entry) => [entry.name, entry] as const))('%s', (_name, entry) => {
  it('gives byte-identical JSON for the same input, twice and with its keys in any order', {
    timeout: FUZZ_TIMEOUT,
  }, () => {
    fc.assert(
      fc.property(fc.constantFrom(...entry.samples), fc.nat(), (args: Args, seed) => {
        const first = run(entry, copy(args) as unknown[]);
        expect(run(entry, copy(args) as unknown[])).toBe(first);
        if (!ECHOES_INPUT.has(entry.name))
          expect(run(entry, shuffleKeys(args, seed) as unknown[])).toBe(first);
      }),
      fuzzParameters(share(0.1 * entry.weight)),
    );
  });

  it('gives byte-identical JSON for near-valid input with its keys in any order', {
    timeout: FUZZ_TIMEOUT,
  }, () => {
    if (ECHOES_INPUT.has(entry.name)) return;
    fc.assert(
      fc.property(nearValidArbitrary(entry.samples), fc.nat(), (args: Args, seed) => {
        expect(runIgnoringIssueOrder(entry, shuffleKeys(args, seed) as unknown[])).toBe(
          runIgnoringIssueOrder(entry, args),
        );
      }),
      fuzzParameters(share(0.15 * entry.weight)),
    );
  });

  it('gives, for its samples, the JSON whose digest is recorded, in any process', () => {
    // A digest per entry point: the outputs of all its samples, as JSON. A change to a message
    // or a result changes it (update with `npx vitest run tests/fuzz/determinism.test.ts -u`, without
    // FUZZ_ONLY, which would drop the digests of the entry points it leaves out);
    // a process started in another time zone or locale must reproduce it exactly.
    const outputs = entry.samples.map((args) => run(entry, copy(args) as unknown[]));
    const digest = createHash('sha256').update(outputs.join('\n')).digest('hex');
    expect(digest).toMatchSnapshot();
  });

  it('gives the same JSON in every time zone', { timeout: FUZZ_TIMEOUT }, () => {
    const outputs = ZONES.map((name) => {
      env['TZ'] = name;
      return entry.samples.map((args) => run(entry, copy(args) as unknown[]));
    });
    for (const output of outputs) expect(output).toEqual(outputs[0]);
  });
});

describe.each(
  FUZZED.filter((entry) => entry.returns === 'arbitrary').map(
    (entry) => [entry.name, entry] as const,
  ),
)('%s', (_name, entry) => {
  it('generates the same values from the same seed', { timeout: FUZZ_TIMEOUT }, () => {
    for (const args of entry.samples) {
      const arbitrary = entry.call(...copy(args)) as fc.Arbitrary<unknown>;
      const again = entry.call(...copy(args)) as fc.Arbitrary<unknown>;
      expect(fc.stringify(fc.sample(arbitrary, { seed: 2016, numRuns: 50 }))).toBe(
        fc.stringify(fc.sample(again, { seed: 2016, numRuns: 50 })),
      );
    }
  });
});
