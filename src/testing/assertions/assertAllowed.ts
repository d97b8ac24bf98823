import { assertExpectation } from '../internal/expectation.js';
import { readable } from '../internal/readable.js';
import { allowedExpectation } from '../internal/transitionExpectation.js';
import type { TransitionMatcherOptions } from '../matchers/options.js';

/**
 * Asserts that a transition is accepted. The plain-function twin of the `toBeAllowed` matcher.
 *
 * @param subject - What `transition` or `explainTransition` returned, or a `[state, event]`
 * pair to explain.
 * @param options - Options for `explainTransition`; a coverage collector.
 * @throws {@link PolicyAssertionError} `not_allowed`, listing each failing guard with its
 * message, remedy and source; `unsupported_subject`.
 * @throws `CoCommissioningError` `invalid_input` when its input cannot be read as plain data.
 *
 * @example
 * ```ts
 * import { assertAllowed, buildDelegationProposal } from 'co-commissioning/testing';
 *
 * const { state, goLive } = buildDelegationProposal();
 * assertAllowed([state, { type: 'GO_LIVE', on: goLive }]);
 * ```
 * @category Testing
 */
export function assertAllowed(subject: unknown, options: TransitionMatcherOptions = {}): void {
  readable('assertAllowed', () => {
    assertExpectation(allowedExpectation(subject, options, 'assertAllowed'));
  });
}
