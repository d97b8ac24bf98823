import type { BallotOutcome } from 'co-commissioning';
import { outcomeExpectation } from '../internal/ballotExpectation.js';
import { assertExpectation } from '../internal/expectation.js';
import { readable } from '../internal/readable.js';

/**
 * Asserts that a ballot has the outcome given. The plain-function twin of the
 * `toHaveBallotOutcome` matcher.
 *
 * @param subject - A result of `tallyBallot`, or `{ ballot, votes }` to count.
 * @param outcome - `'carried'`, `'not-carried'`, `'tied'` or `'inquorate'`.
 * @throws {@link PolicyAssertionError} `wrong_ballot_outcome` with the count explained;
 * `unsupported_subject`.
 * @throws `CoCommissioningError` as `tallyBallot` does, for a malformed ballot; `invalid_input` when its input cannot be read as plain data.
 *
 * @example
 * ```ts
 * import { assertBallotOutcome, buildBallot } from 'co-commissioning/testing';
 *
 * // Surrey Downs 2019: a turnout just under the 75% quorum decides nothing (DOMAIN BALLOT-TURNOUT-QUORUM).
 * const quorum = { turnout: { numerator: 3, denominator: 4 }, comparator: '>=' as const };
 * assertBallotOutcome(buildBallot({ eligible: 20, yes: 14, rules: { quorum } }), 'inquorate');
 * ```
 * @category Testing
 */
export function assertBallotOutcome(subject: unknown, outcome: BallotOutcome): void {
  readable('assertBallotOutcome', () => {
    assertExpectation(outcomeExpectation(subject, outcome, 'assertBallotOutcome'));
  });
}
