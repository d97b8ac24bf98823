import type { Severity } from 'co-commissioning';
import { assertExpectation } from '../internal/expectation.js';
import { findingExpectation } from '../internal/findingsExpectation.js';
import { readable } from '../internal/readable.js';
import type { FlagMatcherOptions } from '../matchers/options.js';

/**
 * Asserts that a committee, register, offer or check has a finding under a rule, of any
 * severity or the one given. The plain-function twin of the `toFlag` matcher, for warnings and
 * advice as well as breaches.
 *
 * @param subject - As for {@link assertCompliant}.
 * @param ruleId - The rule's ID, such as `'COI-PCCC-LMC-SEAT'`.
 * @param severityOrOptions - The severity (`'breach'`, `'warning'`, `'advice'`), or options
 * that may include it with the date and the person the finding must name.
 * @throws {@link PolicyAssertionError} `rule_not_flagged`; `missing_as_of`;
 * `unsupported_subject`.
 * @throws `CoCommissioningError` as the check does, for a malformed subject; `invalid_input` when its input cannot be read as plain data.
 *
 * @example
 * ```ts
 * import { assertFlags, buildCommittee } from 'co-commissioning/testing';
 *
 * assertFlags(buildCommittee({ chair: 'ccg-gp' }), 'COI-PCCC-CCG-GP-NO-VOTE', {
 *   asOf: '2017-06-01',
 *   severity: 'advice',
 * });
 * ```
 * @category Testing
 */
export function assertFlags(
  subject: unknown,
  ruleId: string,
  severityOrOptions: Severity | FlagMatcherOptions = {},
): void {
  readable('assertFlags', () => {
    const options =
      typeof severityOrOptions === 'string' ? { severity: severityOrOptions } : severityOrOptions;
    assertExpectation(findingExpectation(subject, ruleId, options, 'flag', 'assertFlags'));
  });
}
