// The kit keeps the library's contract whatever it is given: a value, a PolicyAssertionError for
// a failed expectation, or a CoCommissioningError with coded issues; never a TypeError.
import { isCoCommissioningError } from 'co-commissioning';
import {
  assertCompliant,
  buildBallot,
  buildCommittee,
  buildPerson,
  ccgArbitrary,
  commissioningEventArbitrary,
  committeeArbitrary,
  createRuleCoverage,
  invalidArbitrary,
  nearValidArbitrary,
  runScenario,
  voteArbitrary,
} from 'co-commissioning/testing';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const hostile = new Proxy(
  {},
  {
    get: () => {
      throw new Error('unreadable');
    },
  },
);

function issue(run: () => unknown): { code: string; message: string; path: unknown } {
  try {
    run();
  } catch (error) {
    if (!isCoCommissioningError(error)) throw error;
    const [first] = error.issues;
    return { code: first.code, message: first.message, path: first.path };
  }
  throw new Error('did not throw');
}

describe('the builders, given input they cannot read', () => {
  it('throw invalid_input naming the builder', () => {
    expect(issue(() => buildPerson(null as never))).toEqual({
      code: 'invalid_input',
      message: 'buildPerson could not read its input: give plain data of the documented shape.',
      path: [],
    });
    expect(issue(() => buildCommittee({ members: 5 as never })).message).toBe(
      'buildCommittee could not read its input: give plain data of the documented shape.',
    );
    expect(issue(() => buildBallot({ memberIds: 'P001' as never, eligible: 5 })).code).toBe(
      'invalid_input',
    );
  });
});

describe('the assertions, given input they cannot read', () => {
  it('throw invalid_input rather than a TypeError', () => {
    expect(issue(() => assertCompliant(hostile)).message).toBe(
      'assertCompliant could not read its input: give plain data of the documented shape.',
    );
  });
});

describe('runScenario and the coverage collector, given input they cannot read', () => {
  it('throw invalid_input', () => {
    expect(issue(() => runScenario(hostile)).code).toBe('invalid_input');
    expect(issue(() => createRuleCoverage().record(hostile)).message).toBe(
      'createRuleCoverage().record could not read its input: give plain data of the documented shape.',
    );
  });
});

describe('the entity arbitraries, given options that are not as documented', () => {
  it('throw invalid_input with the option’s path and message', () => {
    expect(issue(() => ccgArbitrary({ maxPractices: -1 }))).toEqual({
      code: 'invalid_input',
      message: 'Give maxPractices as a whole number from 0 to 1,000. (at options.maxPractices)',
      path: ['options', 'maxPractices'],
    });
    expect(issue(() => committeeArbitrary({ kind: 'board' as never })).path).toEqual([
      'options',
      'kind',
    ]);
    expect(issue(() => commissioningEventArbitrary({ types: [] })).message).toBe(
      'List at least one event type. (at options.types)',
    );
    expect(issue(() => voteArbitrary({ validity: 'broken' as never })).message).toBe(
      'Give validity as "valid", "near-valid" or "invalid". (at options.validity)',
    );
    expect(issue(() => voteArbitrary({ seed: 1 } as never)).message).toBe(
      'Remove the field "seed" at options: not part of this record.',
    );
    expect(issue(() => voteArbitrary('near-valid' as never)).message).toBe(
      'Give the options as an object, such as { validity: "near-valid" }. (at options)',
    );
  });

  it('accept no options, undefined, or null as no options', () => {
    for (const options of [undefined, null as never, {}]) {
      expect(fc.sample(voteArbitrary(options), 1)).toHaveLength(1);
    }
  });
});

describe('nearValidArbitrary and invalidArbitrary, given something else', () => {
  it('throw invalid_input for an arbitrary or a schema that is not one', () => {
    expect(issue(() => nearValidArbitrary(5 as never, {} as never))).toEqual({
      code: 'invalid_input',
      message: 'Give a fast-check arbitrary of valid data.',
      path: ['valid'],
    });
    expect(issue(() => invalidArbitrary(fc.constant(1), null as never))).toEqual({
      code: 'invalid_input',
      message: 'Give the zod schema that judges the data.',
      path: ['schema'],
    });
  });
});
