import {
  addDays,
  type Ballot,
  type BallotResult,
  BallotResultSchema,
  type BallotRules,
  BallotRulesSchema,
  BallotSchema,
  tallyBallot,
  type Vote,
  VoteSchema,
} from 'co-commissioning';
import * as fc from 'fast-check';
import { isoDateArbitrary } from '../arbitraries.js';
import type { BallotCase } from '../builders/buildBallot.js';
import {
  type Generated,
  readArbitraryOptions,
  type Validity,
  type ValidityOptions,
  withValidity,
} from './validity.js';

const shareArbitrary = (positive: boolean) =>
  fc
    .integer({ min: 1, max: 12 })
    .chain((denominator) =>
      fc
        .integer({ min: positive ? 1 : 0, max: denominator })
        .map((numerator) => ({ numerator, denominator })),
    );

/**
 * A fast-check arbitrary of one {@link Vote}: a member `P001` to `P999`, any choice, a date.
 *
 * @typeParam V - The validity asked for.
 * @param options - `validity`: `'valid'` (default), `'near-valid'` or `'invalid'`.
 * @returns An arbitrary of votes that pass `VoteSchema` (for `'valid'`).
 * @throws `CoCommissioningError` `invalid_input` for options that are not as documented.
 *
 * @example
 * ```ts
 * import * as fc from 'fast-check';
 * import { VoteSchema } from 'co-commissioning';
 * import { voteArbitrary } from 'co-commissioning/testing';
 *
 * fc.assert(fc.property(voteArbitrary(), (vote) => VoteSchema.safeParse(vote).success));
 * ```
 * @category Testing
 */
export function voteArbitrary<V extends Validity = 'valid'>(
  options: ValidityOptions<V> = {},
): fc.Arbitrary<Generated<Vote, V>> {
  const settings = readArbitraryOptions(options);
  const valid: fc.Arbitrary<Vote> = fc.record({
    memberId: fc.integer({ min: 1, max: 999 }).map((n) => `P${String(n).padStart(3, '0')}`),
    choice: fc.constantFrom('yes' as const, 'no' as const, 'abstain' as const, 'spoilt' as const),
    castOn: isoDateArbitrary(),
  });
  return withValidity(valid, VoteSchema, settings.validity);
}

/**
 * A fast-check arbitrary of {@link BallotRules}: weighting per member or by list size (always
 * with a minimum of one vote, so no electorate is left without votes), any threshold, base and
 * comparator, a quorum or none, any tie and changed-vote rule.
 *
 * @typeParam V - The validity asked for.
 * @param options - `validity`: `'valid'` (default), `'near-valid'` or `'invalid'`.
 * @returns An arbitrary of rules that pass `BallotRulesSchema` (for `'valid'`).
 * @throws `CoCommissioningError` `invalid_input` for options that are not as documented.
 *
 * @example
 * ```ts
 * import * as fc from 'fast-check';
 * import { BallotRulesSchema } from 'co-commissioning';
 * import { ballotRulesArbitrary } from 'co-commissioning/testing';
 *
 * fc.assert(fc.property(ballotRulesArbitrary(), (rules) => BallotRulesSchema.safeParse(rules).success));
 * ```
 * @category Testing
 */
export function ballotRulesArbitrary<V extends Validity = 'valid'>(
  options: ValidityOptions<V> = {},
): fc.Arbitrary<Generated<BallotRules, V>> {
  const settings = readArbitraryOptions(options);
  const valid: fc.Arbitrary<BallotRules> = fc.record(
    {
      weighting: fc.oneof(
        fc.constant({ kind: 'per-member' as const }),
        fc.record({
          kind: fc.constant('list-size' as const),
          patientsPerVote: fc.integer({ min: 1, max: 3000 }),
          rounding: fc.constantFrom('floor' as const, 'ceil' as const, 'nearest' as const),
          minimumVotes: fc.integer({ min: 1, max: 2 }),
        }),
      ),
      threshold: fc.record({
        ratio: shareArbitrary(true),
        comparator: fc.constantFrom('>' as const, '>=' as const),
        base: fc.constantFrom('yes-no' as const, 'votes-cast' as const, 'eligible' as const),
      }),
      quorum: fc.record({
        turnout: shareArbitrary(false),
        comparator: fc.constantFrom('>' as const, '>=' as const),
      }),
      tie: fc.constantFrom(
        'not-carried' as const,
        'chair-casting-vote' as const,
        're-ballot' as const,
      ),
      changedVotes: fc.constantFrom(
        'last-counts' as const,
        'first-counts' as const,
        'reject-all' as const,
      ),
    },
    { requiredKeys: ['weighting', 'threshold', 'tie'] },
  );
  return withValidity(valid, BallotRulesSchema, settings.validity);
}

/**
 * Options for {@link ballotCaseArbitrary}, {@link ballotArbitrary} and
 * {@link ballotResultArbitrary}.
 *
 * @typeParam V - The validity asked for.
 * @example
 * ```ts
 * import type { BallotArbitraryOptions } from 'co-commissioning/testing';
 *
 * const small: BallotArbitraryOptions = { maxMembers: 8 };
 * ```
 * @category Testing
 */
export interface BallotArbitraryOptions<V extends Validity = 'valid'> extends ValidityOptions<V> {
  /** The most members in the electorate (default 15). */
  readonly maxMembers?: number;
}

function caseArbitrary(maxMembers: number): fc.Arbitrary<BallotCase> {
  return fc
    .record({
      size: fc.integer({ min: 1, max: Math.max(1, maxMembers) }),
      rules: ballotRulesArbitrary(),
      opens: isoDateArbitrary({ min: '2014-06-01', max: '2022-03-31' }),
      length: fc.integer({ min: 0, max: 40 }),
      castingVote: fc.option(fc.constantFrom('yes' as const, 'no' as const), { nil: undefined }),
    })
    .chain(({ size, rules, opens, length, castingVote }) => {
      const closes = addDays(opens, length);
      const ids = Array.from(
        { length: size },
        (_, index) => `P${String(index + 1).padStart(3, '0')}`,
      );
      return fc
        .record({
          listSizes: fc.array(fc.integer({ min: 0, max: 12_000 }), {
            minLength: size,
            maxLength: size,
          }),
          voters: fc.subarray(ids),
          choices: fc.array(
            fc.constantFrom('yes' as const, 'no' as const, 'abstain' as const, 'spoilt' as const),
            { minLength: size, maxLength: size },
          ),
          days: fc.array(fc.integer({ min: 0, max: length }), { minLength: size, maxLength: size }),
        })
        .map(({ listSizes, voters, choices, days }): BallotCase => {
          const weighted = rules.weighting.kind === 'list-size';
          const ballot: Ballot = {
            id: 'generated',
            question: 'Should the CCG apply for delegated commissioning?',
            opens,
            closes,
            electorate: ids.map((memberId, index) =>
              weighted
                ? { memberId, listSize: listSizes[index] as number, listSizeOn: opens }
                : { memberId },
            ),
            rules,
            ...(castingVote !== undefined && rules.tie === 'chair-casting-vote'
              ? { castingVote }
              : {}),
          };
          const votes = voters.map((memberId, index) => ({
            memberId,
            choice: choices[index] as Vote['choice'],
            castOn: addDays(opens, days[index] as number),
          }));
          return { ballot, votes };
        });
    });
}

/**
 * A fast-check arbitrary of ballots with their votes (`{ ballot, votes }`, as
 * {@link buildBallot} returns): an electorate `P001`... with list sizes when votes are weighted,
 * any rules, a window of up to 40 days, and one vote from some members, each inside the window,
 * so `tallyBallot` counts every vote.
 *
 * @param options - The most members in the electorate.
 * @returns An arbitrary of ballot cases whose ballot passes `BallotSchema`.
 * @throws `CoCommissioningError` `invalid_input` for options that are not as documented.
 *
 * @example
 * ```ts
 * import * as fc from 'fast-check';
 * import { tallyBallot } from 'co-commissioning';
 * import { ballotCaseArbitrary } from 'co-commissioning/testing';
 *
 * fc.assert(
 *   fc.property(ballotCaseArbitrary({ maxMembers: 10 }), ({ ballot, votes }) => {
 *     return tallyBallot(ballot, votes).rejectedVotes.length === 0;
 *   }),
 * );
 * ```
 * @category Testing
 */
export function ballotCaseArbitrary(
  options: Omit<BallotArbitraryOptions, 'validity'> = {},
): fc.Arbitrary<BallotCase> {
  const settings = readArbitraryOptions(options);
  return caseArbitrary(settings.maxMembers ?? 15);
}

/**
 * A fast-check arbitrary of {@link Ballot}s (without votes): see {@link ballotCaseArbitrary}.
 *
 * @typeParam V - The validity asked for.
 * @param options - The most members, and the validity.
 * @returns An arbitrary of ballots that pass `BallotSchema` (for `'valid'`).
 * @throws `CoCommissioningError` `invalid_input` for options that are not as documented.
 *
 * @example
 * ```ts
 * import * as fc from 'fast-check';
 * import { BallotSchema } from 'co-commissioning';
 * import { ballotArbitrary } from 'co-commissioning/testing';
 *
 * fc.assert(fc.property(ballotArbitrary({ validity: 'near-valid' }), (ballot) => !BallotSchema.safeParse(ballot).success));
 * ```
 * @category Testing
 */
export function ballotArbitrary<V extends Validity = 'valid'>(
  options: BallotArbitraryOptions<V> = {},
): fc.Arbitrary<Generated<Ballot, V>> {
  const settings = readArbitraryOptions(options);
  const valid = caseArbitrary(settings.maxMembers ?? 15).map(({ ballot }) => ballot);
  return withValidity(valid, BallotSchema, settings.validity);
}

/**
 * A fast-check arbitrary of {@link BallotResult}s: each the count, by `tallyBallot`, of a
 * ballot from {@link ballotCaseArbitrary}.
 *
 * @typeParam V - The validity asked for.
 * @param options - The most members, and the validity.
 * @returns An arbitrary of results that pass `BallotResultSchema` (for `'valid'`).
 * @throws `CoCommissioningError` `invalid_input` for options that are not as documented.
 *
 * @example
 * ```ts
 * import * as fc from 'fast-check';
 * import { BALLOT_OUTCOMES } from 'co-commissioning';
 * import { ballotResultArbitrary } from 'co-commissioning/testing';
 *
 * fc.assert(fc.property(ballotResultArbitrary(), (result) => BALLOT_OUTCOMES.includes(result.outcome)));
 * ```
 * @category Testing
 */
export function ballotResultArbitrary<V extends Validity = 'valid'>(
  options: BallotArbitraryOptions<V> = {},
): fc.Arbitrary<Generated<BallotResult, V>> {
  const settings = readArbitraryOptions(options);
  const valid = caseArbitrary(settings.maxMembers ?? 15).map(({ ballot, votes }) =>
    tallyBallot(ballot, votes),
  );
  return withValidity(valid, BallotResultSchema, settings.validity);
}
