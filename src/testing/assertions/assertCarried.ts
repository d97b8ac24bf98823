import { outcomeExpectation } from '../internal/ballotExpectation.js';
import { assertExpectation } from '../internal/expectation.js';
import { readable } from '../internal/readable.js';

/**
 * Asserts that a ballot is carried. The plain-function twin of the `toCarry` matcher.
 *
 * @param subject - A result of `tallyBallot`, or `{ ballot, votes }` (as {@link buildBallot}
 * returns) to count.
 * @throws {@link PolicyAssertionError} `wrong_ballot_outcome` with the count explained by
 * `formatBallotResult`; `unsupported_subject`.
 * @throws `CoCommissioningError` as `tallyBallot` does, for a malformed ballot; `invalid_input` when its input cannot be read as plain data.
 *
 * @example
 * ```ts
 * import { assertCarried, buildBallot } from 'co-commissioning/testing';
 *
 * assertCarried(buildBallot({ eligible: 107, yes: 52, no: 31 }));
 * ```
 * @category Testing
 */
export function assertCarried(subject: unknown): void {
  readable('assertCarried', () => {
    assertExpectation(outcomeExpectation(subject, 'carried', 'assertCarried'));
  });
}
