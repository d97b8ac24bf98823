import { assertExpectation } from '../internal/expectation.js';
import { findingExpectation } from '../internal/findingsExpectation.js';
import { readable } from '../internal/readable.js';
import type { FindingMatcherOptions } from '../matchers/options.js';

/**
 * Asserts that a committee, register, offer or check breaches a rule: it has a finding of
 * severity `breach` under the rule (about `options.subjectId`, when given). The plain-function
 * twin of the `toBreach` matcher, for `node:test` and other runners without `expect`.
 *
 * @param subject - As for {@link assertCompliant}.
 * @param ruleId - The rule's ID, such as `'COI-PCCC-LAY-CHAIR'`.
 * @param options - The date whose rules apply, the person the finding must name, options for
 * the check, a coverage collector.
 * @throws {@link PolicyAssertionError} `rule_not_breached`, explaining how the rule came out
 * (passed, not in force, flagged at another severity, ...) with its title and source, the
 * findings, and for a committee its members; `missing_as_of`; `unsupported_subject`.
 * @throws `CoCommissioningError` as the check does, for a malformed subject; `invalid_input` when its input cannot be read as plain data.
 *
 * @example
 * ```ts
 * import { assertBreaches, buildCommittee } from 'co-commissioning/testing';
 *
 * assertBreaches(buildCommittee({ chair: 'ccg-gp' }), 'COI-PCCC-LAY-CHAIR', {
 *   asOf: '2017-06-01',
 *   subjectId: 'p-okafor',
 * });
 * ```
 * @category Testing
 */
export function assertBreaches(
  subject: unknown,
  ruleId: string,
  options: FindingMatcherOptions = {},
): void {
  readable('assertBreaches', () => {
    assertExpectation(findingExpectation(subject, ruleId, options, 'breach', 'assertBreaches'));
  });
}
