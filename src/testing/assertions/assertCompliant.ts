import { assertExpectation } from '../internal/expectation.js';
import { complianceExpectation } from '../internal/findingsExpectation.js';
import { readable } from '../internal/readable.js';
import type { CheckMatcherOptions } from '../matchers/options.js';

/**
 * Asserts that a committee, register, offer or check has no breach, for test runners without
 * `expect` (such as `node:test`); the plain-function twin of the `toBeCompliant` matcher. A raw
 * committee, register of interests, offer or register of procurement decisions is checked on
 * `options.asOf`, which is then required.
 *
 * @param subject - A committee, register, offer or list of procurement decisions (with `asOf`),
 * a result of `checkCommittee`, `checkDeclarations`, `checkProcurementRegister`, `assessGift`,
 * `assessAgendaItem` or `assessMeeting`, or a list of findings.
 * @param options - The date whose rules apply, options for the check, a coverage collector.
 * @throws {@link PolicyAssertionError} `not_compliant` listing each breach with its rule, the
 * people it names, its source and remedy; `missing_as_of`; `unsupported_subject`.
 * @throws `CoCommissioningError` as the check does, for a malformed subject; `invalid_input` when its input cannot be read as plain data.
 *
 * @example
 * ```ts
 * import { assertCompliant, buildCommittee, PolicyAssertionError } from 'co-commissioning/testing';
 *
 * assertCompliant(buildCommittee(), { asOf: '2017-06-01' });
 * try {
 *   assertCompliant(buildCommittee({ chair: 'ccg-gp' }), { asOf: '2017-06-01' });
 * } catch (error) {
 *   if (error instanceof PolicyAssertionError) error.actual; //=> ['COI-PCCC-LAY-CHAIR']
 * }
 * ```
 * @category Testing
 */
export function assertCompliant(subject: unknown, options: CheckMatcherOptions = {}): void {
  readable('assertCompliant', () => {
    assertExpectation(complianceExpectation(subject, options, 'assertCompliant'));
  });
}
