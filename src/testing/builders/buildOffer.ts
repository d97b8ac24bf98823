import type { Offer } from 'co-commissioning';
import { frozenCopy } from '../internal/frozen.js';
import { readable } from '../internal/readable.js';

/**
 * Builds a gift or hospitality {@link Offer} for a test: by default `o-1`, a £20 gift (2000
 * pence) from a patient's family to Mrs R Hughes (`p-hughes`) on 3 July 2017, which
 * `assessGift` says may be accepted without a declaration under the 2017 guidance (DOMAIN
 * GIFT-OTHER-2017: under £50). Overrides are not checked.
 *
 * @param overrides - The fields to set instead of the defaults.
 * @returns A new, deeply frozen offer that passes `OfferSchema` when the overrides do.
 * @throws `CoCommissioningError` `invalid_input` when its input cannot be read as plain data.
 *
 * @example
 * ```ts
 * import { assessGift } from 'co-commissioning';
 * import { buildOffer } from 'co-commissioning/testing';
 *
 * assessGift(buildOffer(), { asOf: '2017-07-03' }).action; //=> 'accept'
 * const supplierLunch = buildOffer({
 *   kind: 'hospitality', valuePence: 8000,
 *   source: { id: 'acme', name: 'Acme Diagnostics Ltd', kind: 'supplier' },
 * });
 * assessGift(supplierLunch, { asOf: '2017-07-03' }).action; //=> 'needs-approval'
 * ```
 * @category Testing
 */
export function buildOffer(overrides: Partial<Offer> = {}): Offer {
  return readable('buildOffer', () => {
    return frozenCopy({
      id: 'o-1',
      recipientId: 'p-hughes',
      offeredOn: '2017-07-03',
      valuePence: 2000,
      kind: 'gift' as const,
      source: { id: 'family-1', name: 'A patient’s family', kind: 'other' as const },
      description: 'A box of chocolates',
      ...overrides,
    });
  });
}
