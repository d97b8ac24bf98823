import { describeValue } from '../_lib/describe.js';
import { invalidInput } from './internal/fail.js';
/**
 * Every code a {@link PolicyAssertionError} may carry:
 *
 * - `not_compliant`: a committee, register or check was expected to be compliant but has a
 *   breach.
 * - `rule_not_breached`: a rule was expected to be breached and was not.
 * - `rule_not_flagged`: a rule was expected to produce a finding (of a given severity) and did
 *   not.
 * - `not_refused`: a transition was expected to be refused (by given guards) and was not.
 * - `not_allowed`: a transition was expected to be allowed and was refused.
 * - `wrong_ballot_outcome`: a ballot was expected to be carried (or to have another outcome)
 *   and was not.
 * - `wrong_gift_action`: an offer was expected to call for one action and calls for another.
 * - `step_refused`: a builder could not record a step of a proposal because a guard refused it.
 * - `unsupported_subject`: an assertion or matcher was given something it cannot check.
 * - `missing_as_of`: a raw committee, register, offer or procurement register was given
 *   without the `asOf` date whose rules apply.
 *
 * @example
 * ```ts
 * import { POLICY_ASSERTION_CODES } from 'co-commissioning/testing';
 *
 * POLICY_ASSERTION_CODES.includes('rule_not_breached'); //=> true
 * ```
 * @category Testing
 */
export const POLICY_ASSERTION_CODES = [
  'not_compliant',
  'rule_not_breached',
  'rule_not_flagged',
  'not_refused',
  'not_allowed',
  'wrong_ballot_outcome',
  'wrong_gift_action',
  'step_refused',
  'unsupported_subject',
  'missing_as_of',
] as const;

/**
 * The stable code of a {@link PolicyAssertionError}: one of {@link POLICY_ASSERTION_CODES}.
 *
 * @example
 * ```ts
 * import type { PolicyAssertionCode } from 'co-commissioning/testing';
 *
 * const code: PolicyAssertionCode = 'not_compliant';
 * ```
 * @category Testing
 */
export type PolicyAssertionCode = (typeof POLICY_ASSERTION_CODES)[number];

/**
 * What a {@link PolicyAssertionError} is made from.
 *
 * @example
 * ```ts
 * import type { PolicyAssertionDetails } from 'co-commissioning/testing';
 *
 * const details: PolicyAssertionDetails = {
 *   code: 'not_compliant',
 *   message: 'Expected committee "pccc" to be compliant on 2017-06-01, but it has 1 breach.',
 *   expected: 'compliant',
 *   actual: 'not compliant',
 * };
 * ```
 * @category Testing
 */
export interface PolicyAssertionDetails {
  /** The stable code of the failed expectation. */
  readonly code: PolicyAssertionCode;
  /** The explanation: what was expected, what was found, the rule or guard and its source. */
  readonly message: string;
  /** What the assertion expected, in a few words or values. */
  readonly expected: unknown;
  /** What it found instead. */
  readonly actual: unknown;
}

/**
 * The error the kit's plain assertions (`assertCompliant`, `assertBreaches`, `assertRefusedBy`,
 * ...) throw when an expectation about a policy fails, for test runners without `expect`, such
 * as `node:test`. It is an `Error` with a stable `code`, and `expected` and `actual` like an
 * assertion error, so reporters show both; its message explains the verdict with the rule or
 * guard and its citation.
 *
 * @example
 * ```ts
 * import { PolicyAssertionError } from 'co-commissioning/testing';
 *
 * const error = new PolicyAssertionError({
 *   code: 'not_allowed',
 *   message: 'Expected GO_LIVE on 2016-04-01 to be allowed, but it was refused.',
 *   expected: 'allowed',
 *   actual: 'refused',
 * });
 * error.code; //=> 'not_allowed'
 * error instanceof Error; //=> true
 * ```
 * @category Testing
 */
export class PolicyAssertionError extends Error {
  /** The stable code of the failed expectation. */
  readonly code: PolicyAssertionCode;
  /** What the assertion expected. */
  readonly expected: unknown;
  /** What it found instead. */
  readonly actual: unknown;

  /**
   * Creates the error from its code, explanation, and the expected and actual values.
   *
   * @param details - The code, the message, and what was expected and found.
   * @throws `CoCommissioningError` `invalid_input` when the details have no known code or no
   * message.
   */
  constructor(details: PolicyAssertionDetails) {
    const { code, message } = (details ?? {}) as { code?: unknown; message?: unknown };
    if (
      !(POLICY_ASSERTION_CODES as readonly unknown[]).includes(code) ||
      typeof message !== 'string'
    )
      invalidInput(
        `Give PolicyAssertionError its details: a code from POLICY_ASSERTION_CODES and a message, not ${describeValue(details)}.`,
        ['details'],
        '{ code, message, expected, actual }',
        details,
      );
    super(details.message);
    this.name = 'PolicyAssertionError';
    this.code = details.code;
    this.expected = details.expected;
    this.actual = details.actual;
  }
}

/**
 * Tells whether a value is a {@link PolicyAssertionError}, also across bundle copies of the kit
 * (where `instanceof` would fail) by checking its name and code.
 *
 * @param value - Anything caught.
 * @returns `true` when the value is the kit's assertion error.
 *
 * @example
 * ```ts
 * import { assertCarried, buildBallot, isPolicyAssertionError } from 'co-commissioning/testing';
 *
 * try {
 *   assertCarried(buildBallot({ eligible: 10, yes: 3, no: 5 }));
 * } catch (error) {
 *   isPolicyAssertionError(error); //=> true
 * }
 * ```
 * @category Testing
 */
export function isPolicyAssertionError(value: unknown): value is PolicyAssertionError {
  if (value instanceof PolicyAssertionError) return true;
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as { name?: unknown; code?: unknown };
  return (
    candidate.name === 'PolicyAssertionError' &&
    (POLICY_ASSERTION_CODES as readonly unknown[]).includes(candidate.code)
  );
}
