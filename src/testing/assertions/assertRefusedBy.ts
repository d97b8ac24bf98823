import { assertExpectation } from '../internal/expectation.js';
import { readable } from '../internal/readable.js';
import { refusalExpectation } from '../internal/transitionExpectation.js';
import type { RefusalMatcherOptions } from '../matchers/options.js';

/**
 * Asserts that a transition is refused, and that each guard named failed. The plain-function
 * twin of the `toBeRefusedBy` matcher.
 *
 * @param subject - What `transition` or `explainTransition` returned, or a `[state, event]`
 * pair to explain.
 * @param guardIds - The guard or guards that must fail (none: refused by anything).
 * @param options - `only: true` to allow no other failing guard; options for
 * `explainTransition`; a coverage collector.
 * @throws {@link PolicyAssertionError} `not_refused`, listing every guard's verdict (or the
 * guards that refused it instead) with remedies and sources; `unsupported_subject`.
 * @throws `CoCommissioningError` `invalid_input` when its input cannot be read as plain data.
 *
 * @example
 * ```ts
 * import { assertRefusedBy, buildDelegationProposal, buildEvent } from 'co-commissioning/testing';
 *
 * const { state } = buildDelegationProposal({ skip: ['CONSULT_LMC'], stopBefore: 'SUBMIT_APPLICATION' });
 * assertRefusedBy([state, buildEvent('SUBMIT_APPLICATION', { on: '2015-11-01' })], 'GUARD-LMC-CONSULTED', {
 *   only: true,
 * });
 * ```
 * @category Testing
 */
export function assertRefusedBy(
  subject: unknown,
  guardIds: string | readonly string[] = [],
  options: RefusalMatcherOptions = {},
): void {
  readable('assertRefusedBy', () => {
    const ids = typeof guardIds === 'string' ? [guardIds] : guardIds;
    assertExpectation(refusalExpectation(subject, ids, options, 'assertRefusedBy'));
  });
}
