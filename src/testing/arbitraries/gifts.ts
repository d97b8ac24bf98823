import { type Offer, OfferSchema } from 'co-commissioning';
import * as fc from 'fast-check';
import { isoDateArbitrary, penceArbitrary } from '../arbitraries.js';
import { idArbitrary, nameArbitrary, phraseArbitrary } from './internal.js';
import {
  type Generated,
  readArbitraryOptions,
  type Validity,
  type ValidityOptions,
  withValidity,
} from './validity.js';

/**
 * A fast-check arbitrary of gift and hospitality {@link Offer}s: any kind and source, values
 * up to £200 (crossing every threshold of the 2016 and 2017 guidance), and what was done with
 * the offer, or nothing yet.
 *
 * @typeParam V - The validity asked for.
 * @param options - `validity`: `'valid'` (default), `'near-valid'` or `'invalid'`.
 * @returns An arbitrary of offers that pass `OfferSchema` (for `'valid'`).
 * @throws `CoCommissioningError` `invalid_input` for options that are not as documented.
 *
 * @example
 * ```ts
 * import * as fc from 'fast-check';
 * import { assessGift } from 'co-commissioning';
 * import { offerArbitrary } from 'co-commissioning/testing';
 *
 * fc.assert(
 *   fc.property(offerArbitrary(), (offer) => assessGift(offer, { asOf: offer.offeredOn }).offerId === offer.id),
 * );
 * ```
 * @category Testing
 */
export function offerArbitrary<V extends Validity = 'valid'>(
  options: ValidityOptions<V> = {},
): fc.Arbitrary<Generated<Offer, V>> {
  const settings = readArbitraryOptions(options);
  const valid: fc.Arbitrary<Offer> = fc.record(
    {
      id: fc.integer({ min: 1, max: 9999 }).map((n) => `o-${n}`),
      recipientId: idArbitrary('p'),
      offeredOn: isoDateArbitrary({ min: '2015-04-01', max: '2022-06-30' }),
      valuePence: penceArbitrary(20_000),
      kind: fc.constantFrom('gift' as const, 'hospitality' as const, 'cash-or-voucher' as const),
      source: fc.record({
        id: idArbitrary('source'),
        name: nameArbitrary,
        kind: fc.constantFrom('supplier' as const, 'other' as const),
      }),
      description: phraseArbitrary,
      promotional: fc.boolean(),
      accepted: fc.boolean(),
      onBehalfOfOrganisation: fc.boolean(),
      declaredOn: isoDateArbitrary({ min: '2015-04-01', max: '2022-06-30' }),
      seniorApproval: fc.record({ approvedBy: nameArbitrary, approvedOn: isoDateArbitrary() }),
    },
    { requiredKeys: ['id', 'recipientId', 'offeredOn', 'valuePence', 'kind', 'source'] },
  );
  return withValidity(valid, OfferSchema, settings.validity);
}
