import { OfferKindSchema, OfferSchema, OfferSourceSchema } from 'co-commissioning';
import { describe, expect, it } from 'vitest';

const chocolates = {
  id: 'o-1',
  recipientId: 'p-nurse-lead',
  offeredOn: '2017-12-20',
  valuePence: 2000,
  kind: 'gift',
  source: { id: 'fam-1', name: 'A patient’s family', kind: 'other' },
} as const;

describe('OfferSchema', () => {
  describe('when the offer has the fields the public API fixes', () => {
    it('accepts it, with the optional record of what happened', () => {
      const parsed = OfferSchema.parse({
        ...chocolates,
        description: 'Box of chocolates',
        accepted: true,
        onBehalfOfOrganisation: true,
        declaredOn: '2017-12-21',
        seniorApproval: { approvedBy: 'Chief officer', approvedOn: '2017-12-20' },
        promotional: false,
      });
      expect(parsed.valuePence).toBe(2000);
    });
  });

  describe('when the offer is malformed', () => {
    it.each([
      [
        'a fraction of a penny',
        { valuePence: 20.5 },
        'Give the amount in whole pence, such as 5000 for £50.',
      ],
      [
        'a negative value',
        { valuePence: -1 },
        'Give the value in whole pence, zero or more (£50 is 5000).',
      ],
      ['an empty ID', { id: '' }, 'Give the offer ID: it cannot be empty.'],
      [
        'an unknown kind',
        { kind: 'voucher' },
        'Give the kind of offer: gift, hospitality or cash-or-voucher.',
      ],
    ])('rejects %s with a message a person can act on', (_, change, message) => {
      const result = OfferSchema.safeParse({ ...chocolates, ...change });
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.message).toBe(message);
    });

    it('rejects a field it does not know', () => {
      expect(OfferSchema.safeParse({ ...chocolates, vat: 0 }).success).toBe(false);
    });

    it('rejects a senior approval without a date', () => {
      const result = OfferSchema.safeParse({
        ...chocolates,
        seniorApproval: { approvedBy: 'Chief officer' },
      });
      expect(result.success).toBe(false);
    });
  });
});

describe('OfferKindSchema and OfferSourceSchema', () => {
  it('list the kinds of offer and of source', () => {
    expect(OfferKindSchema.options).toEqual(['gift', 'hospitality', 'cash-or-voucher']);
    expect(
      OfferSourceSchema.safeParse({ id: 's', name: 'S', kind: 'contractor' }).error?.issues[0]
        ?.message,
    ).toBe(
      'Say whether the source is a "supplier" (supplier or contractor to the CCG) or "other".',
    );
  });
});
