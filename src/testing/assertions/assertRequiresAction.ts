import type { GiftAction } from 'co-commissioning';
import { assertExpectation } from '../internal/expectation.js';
import { actionExpectation } from '../internal/giftExpectation.js';
import { readable } from '../internal/readable.js';
import type { GiftMatcherOptions } from '../matchers/options.js';

/**
 * Asserts what an offer of a gift or hospitality calls for. The plain-function twin of the
 * `toRequireAction` matcher.
 *
 * @param subject - An offer (assessed on `options.asOf`, then required) or a result of
 * `assessGift`.
 * @param action - `'accept'`, `'declare'`, `'accept-for-organisation'`, `'needs-approval'` or
 * `'decline'`.
 * @param options - The options of `assessGift`, and a coverage collector.
 * @throws {@link PolicyAssertionError} `wrong_gift_action` with each reason and its source;
 * `missing_as_of`; `unsupported_subject`.
 * @throws `CoCommissioningError` as `assessGift` does, for a malformed offer; `invalid_input` when its input cannot be read as plain data.
 *
 * @example
 * ```ts
 * import { assertRequiresAction, buildOffer } from 'co-commissioning/testing';
 *
 * const voucher = buildOffer({ kind: 'cash-or-voucher', valuePence: 1000 });
 * assertRequiresAction(voucher, 'decline', { asOf: '2017-07-03' });
 * ```
 * @category Testing
 */
export function assertRequiresAction(
  subject: unknown,
  action: GiftAction,
  options: GiftMatcherOptions = {},
): void {
  readable('assertRequiresAction', () => {
    assertExpectation(actionExpectation(subject, action, options, 'assertRequiresAction'));
  });
}
