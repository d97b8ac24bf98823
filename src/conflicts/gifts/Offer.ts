import * as z from 'zod';
import { IsoDateSchema } from '../../core/IsoDate.js';
import { PenceSchema } from '../../core/Pence.js';

const text = (what: string) =>
  z
    .string({ error: `Give the ${what} as text.` })
    .min(1, { error: `Give the ${what}: it cannot be empty.` });

/**
 * The zod schema of an {@link Offer}'s kind: a `gift`, `hospitality` (meals and
 * refreshments), or `cash-or-voucher`.
 *
 * @example
 * ```ts
 * import { OfferKindSchema } from 'co-commissioning';
 *
 * OfferKindSchema.options; //=> ['gift', 'hospitality', 'cash-or-voucher']
 * ```
 * @category Conflicts of interest
 */
export const OfferKindSchema = z.enum(['gift', 'hospitality', 'cash-or-voucher'], {
  error: 'Give the kind of offer: gift, hospitality or cash-or-voucher.',
});

/**
 * The zod schema of who made an {@link Offer}: a `supplier` (a supplier or contractor linked,
 * now or prospectively, to the CCG's business) or `other` (patients, families, service users
 * and anyone else).
 *
 * @example
 * ```ts
 * import { OfferSourceSchema } from 'co-commissioning';
 *
 * OfferSourceSchema.parse({ id: 's-1', name: 'Acme Diagnostics Ltd', kind: 'supplier' }).kind;
 * //=> 'supplier'
 * ```
 * @category Conflicts of interest
 */
export const OfferSourceSchema = z
  .object(
    {
      id: text('source ID'),
      name: z.string({ error: 'Give the name of whoever made the offer.' }),
      kind: z.enum(['supplier', 'other'], {
        error:
          'Say whether the source is a "supplier" (supplier or contractor to the CCG) or "other".',
      }),
    },
    { error: 'Give the source of the offer as { id, name, kind }.' },
  )
  .strict();

/**
 * The zod schema of an {@link Offer}.
 *
 * @example
 * ```ts
 * import { OfferSchema } from 'co-commissioning';
 *
 * OfferSchema.safeParse({
 *   id: 'o-1', recipientId: 'p-lay', offeredOn: '2017-07-03', valuePence: 4.5, kind: 'gift',
 *   source: { id: 'fam-1', name: 'A patient’s family', kind: 'other' },
 * }).success;
 * //=> false
 * ```
 * @category Conflicts of interest
 */
export const OfferSchema = z
  .object(
    {
      id: text('offer ID'),
      recipientId: text('person ID of the recipient'),
      offeredOn: IsoDateSchema,
      valuePence: PenceSchema.refine((value) => value >= 0, {
        error: 'Give the value in whole pence, zero or more (£50 is 5000).',
      }),
      kind: OfferKindSchema,
      source: OfferSourceSchema,
      description: z.string({ error: 'Describe the offer in words.' }).optional(),
      promotional: z
        .boolean({
          error: 'Say whether the gift is a low-cost branded promotional aid (true or false).',
        })
        .optional()
        .describe('A low-cost branded promotional aid (pen, notepad) from a supplier.'),
      accepted: z
        .boolean({ error: 'Say whether the offer was accepted (true) or declined (false).' })
        .optional()
        .describe(
          'What the recipient did; absent while undecided. Declined offers do not count towards a 12-month total.',
        ),
      onBehalfOfOrganisation: z
        .boolean({
          error: 'Say whether it was accepted on behalf of the organisation (true) or personally.',
        })
        .optional(),
      declaredOn: IsoDateSchema.optional().describe(
        'The date it was entered on the register of gifts and hospitality.',
      ),
      seniorApproval: z
        .object(
          {
            approvedBy: text('name or ID of the senior person who approved it'),
            approvedOn: IsoDateSchema,
          },
          { error: 'Give the senior approval as { approvedBy, approvedOn }.' },
        )
        .strict()
        .optional(),
    },
    { error: 'Give the offer as an object.' },
  )
  .strict();

/**
 * A gift, hospitality, or cash or voucher offered to someone in the CCG (DOMAIN Part 2 §1.6,
 * §5c "Gift / Hospitality"). The first six fields are fixed by the public API; the rest record
 * what happened, so {@link assessGift} can also report findings:
 *
 * - `promotional`: a low-cost branded promotional aid from a supplier (the 2017 £6 exception).
 * - `accepted`: `true` accepted, `false` declined, absent while undecided.
 * - `onBehalfOfOrganisation`: accepted for the CCG rather than personally.
 * - `declaredOn`: when it was entered on the register of gifts and hospitality.
 * - `seniorApproval`: who approved hospitality over £75, and when.
 *
 * Money is in whole pence: £6 is `600`.
 *
 * @example
 * ```ts
 * import type { Offer } from 'co-commissioning';
 *
 * const lunch: Offer = {
 *   id: 'o-7', recipientId: 'p-okafor', offeredOn: '2017-09-14', valuePence: 3200,
 *   kind: 'hospitality', source: { id: 'acme', name: 'Acme Diagnostics Ltd', kind: 'supplier' },
 * };
 * ```
 * @category Conflicts of interest
 */
export type Offer = z.infer<typeof OfferSchema>;
