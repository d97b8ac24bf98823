// Issue #9: no entry point changes its arguments (deeply frozen input works exactly as thawed
// input does, so no call even tries to write to it: ES modules run in strict mode, where such a
// write throws), and every result is deeply frozen, as isDeepFrozen from co-commissioning/testing
// proves, including the issues of a refusal.
import { type CoCommissioningError, isCoCommissioningError } from 'co-commissioning';
import { deepFreeze, isDeepFrozen, PolicyAssertionError } from 'co-commissioning/testing';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Outcome, outcomeJson } from './support/contract.js';
import { nearValidArbitrary } from './support/hostile.js';
import { ENTRIES, type Entry, entry, FUZZED } from './support/registry.js';
import { type Args, copy } from './support/samples.js';
import { FUZZ_TIMEOUT, fuzzParameters, share } from './support/settings.js';

/** Whether a value can be deeply frozen: typed arrays with elements cannot (a limit of JS). */
function freezable(value: unknown, seen = new Set<object>()): boolean {
  if (typeof value !== 'object' || value === null || seen.has(value)) return true;
  if (ArrayBuffer.isView(value)) return false;
  seen.add(value);
  return Object.values(value).every((item) => freezable(item, seen));
}

function run(entry: Entry, args: readonly unknown[]): Outcome {
  try {
    return { kind: 'returned', value: entry.call(...args) };
  } catch (error) {
    if (error instanceof PolicyAssertionError) return { kind: 'expectation-failed', error };
    if (!isCoCommissioningError(error)) throw error;
    return { kind: 'threw', error: error as CoCommissioningError };
  }
}

/** What a refusal leaves: the issues, or the expectation's details. */
function refusalOf(outcome: Exclude<Outcome, { kind: 'returned' }>): unknown {
  return outcome.kind === 'threw' ? outcome.error.issues : outcome.error.code;
}

/** Entry points that return data (not their argument, a generator or an error object). */
const RETURNING_DATA = FUZZED.filter((entry) => entry.returns === 'frozen');

/**
 * Entry points whose answer cannot depend on whether their input is frozen: all that return
 * data, but isDeepFrozen, whose subject is exactly that.
 */
const KEEPING_ARGUMENTS = RETURNING_DATA.filter((entry) => entry.name !== 'isDeepFrozen');

describe.each(KEEPING_ARGUMENTS.map((entry) => [entry.name, entry] as const))(
  '%s',
  (_name, entry) => {
    it('gives the same answer for deeply frozen arguments as for thawed copies of them', {
      timeout: FUZZ_TIMEOUT,
    }, () => {
      for (const args of entry.samples) {
        const frozen = run(entry, deepFreeze(copy(args) as unknown[]));
        const thawed = run(entry, copy(args) as unknown[]);
        if (entry.door !== 'assertion') expect(frozen.kind).toBe('returned');
        expect(outcomeJson(frozen)).toBe(outcomeJson(thawed));
      }
    });

    it('gives the same answer for deeply frozen near-valid arguments as for thawed ones', {
      timeout: FUZZ_TIMEOUT,
    }, () => {
      fc.assert(
        fc.property(nearValidArbitrary(entry.samples), (args: Args) => {
          fc.pre(freezable(args));
          const thawed = run(entry, copy(args) as unknown[]);
          const frozen = run(entry, deepFreeze(copy(args) as unknown[]));
          expect(outcomeJson(frozen)).toBe(outcomeJson(thawed));
        }),
        fuzzParameters(share(0.15 * entry.weight)),
      );
    });
  },
);

describe.each(RETURNING_DATA.map((entry) => [entry.name, entry] as const))('%s', (_name, entry) => {
  it('returns a deeply frozen result for each well-formed sample', {
    timeout: FUZZ_TIMEOUT,
  }, () => {
    for (const args of entry.samples) {
      const outcome = run(entry, copy(args) as unknown[]);
      if (entry.door !== 'assertion') expect(outcome.kind).toBe('returned');
      if (outcome.kind === 'returned') expect(isDeepFrozen(outcome.value)).toBe(true);
    }
  });

  it('returns deeply frozen results and issues for near-valid input', {
    timeout: FUZZ_TIMEOUT,
  }, () => {
    fc.assert(
      fc.property(nearValidArbitrary(entry.samples), (args: Args) => {
        const outcome = run(entry, args);
        expect(isDeepFrozen(outcome.kind === 'returned' ? outcome.value : refusalOf(outcome))).toBe(
          true,
        );
      }),
      fuzzParameters(share(0.15 * entry.weight)),
    );
  });
});

describe('the entry points that are exempt', () => {
  it('are deepFreeze (it freezes its argument), error classes, generators, matchers and a collector', () => {
    const exempt = ENTRIES.filter(
      (entry) => entry.returns !== 'frozen' || entry.changesArguments !== undefined,
    );
    const reasons = exempt.map((entry) => {
      if (entry.name === 'deepFreeze') return `${entry.name}: ${entry.returns}`;
      if (/Arbitrary$/.test(entry.name)) return `*Arbitrary: ${entry.returns}`;
      if (entry.name.startsWith('coCommissioningMatchers.')) return `matchers: ${entry.returns}`;
      return `${entry.name}: ${entry.returns}`;
    });
    expect([...new Set(reasons)].sort()).toEqual([
      '*Arbitrary: arbitrary',
      'CoCommissioningError: error',
      'PolicyAssertionError: policy-error',
      'createRuleCoverage: collector',
      'deepFreeze: argument',
      'matchers: matcher',
    ]);
  });

  it('include an error class whose issues are a deeply frozen copy of those it was given', () => {
    const issues = [
      { code: 'invalid_input', message: 'Bad.', path: ['x'], expected: 'y', received: 'z' },
    ];
    const error = entry('CoCommissioningError').call(issues) as CoCommissioningError;
    expect(isDeepFrozen(error.issues)).toBe(true);
    expect(error.issues).toEqual(issues);
    expect(Object.isFrozen(issues[0])).toBe(false);
  });
});
