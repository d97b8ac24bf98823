import {
  type AssessGiftOptions,
  addDays,
  assessGift,
  type GiftAction,
  type GiftRuleContext,
  type LocalRule,
  type Offer,
  safeAssessGift,
} from 'co-commissioning';
import { deepFreeze, isDeepFrozen } from 'co-commissioning/testing';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';

// Sources for the figures: DOMAIN.md Part 2 §1.6 rules 44–48 and 50; Part 3 Q5.

const supplier = { id: 'acme', name: 'Acme Diagnostics Ltd', kind: 'supplier' } as const;
const family = { id: 'fam-okafor', name: 'The Okafor family', kind: 'other' } as const;

function offer(fields: Partial<Offer> = {}): Offer {
  return {
    id: 'o-1',
    recipientId: 'p-nurse-lead',
    offeredOn: '2017-09-10',
    valuePence: 2000,
    kind: 'gift',
    source: family,
    ...fields,
  };
}

const in2017 = { asOf: '2017-09-10' } as const;
const in2016 = { asOf: '2016-09-10' } as const;

const action = (subject: Offer, options: AssessGiftOptions) => assessGift(subject, options).action;

const STRICTNESS: Readonly<Record<GiftAction, number>> = {
  accept: 0,
  declare: 1,
  'accept-for-organisation': 2,
  'needs-approval': 3,
  decline: 4,
};

describe('assessGift', () => {
  describe('when a supplier offers a gift under the 2017 guidance (GIFT-SUPPLIER-2017)', () => {
    it.each([0, 1, 600, 100_000])(
      'declines a gift that is not a promotional aid, worth %i pence',
      (valuePence) => {
        const result = assessGift(offer({ source: supplier, valuePence }), in2017);
        expect(result.action).toBe('decline');
        expect(result.ruleId).toBe('GIFT-SUPPLIER-2017');
        expect(result.mustDeclare).toBe(false);
        expect(result.reasons[0]?.verdict).toBe('fail');
      },
    );

    it.each([
      [599, 'accept'],
      [600, 'accept'],
      [601, 'decline'],
    ] as const)(
      'treats a promotional aid of %i pence as "%s" by default (S1 "up to £6")',
      (valuePence, expected) => {
        const result = assessGift(
          offer({ source: supplier, valuePence, promotional: true }),
          in2017,
        );
        expect(result.action).toBe(expected);
        expect(result.reasons[0]?.values).toEqual({
          valuePence,
          thresholdPence: 600,
          promotional: true,
        });
        expect(result.reasons[0]?.comparator).toBe(
          valuePence < 600 ? '<' : valuePence > 600 ? '>' : '=',
        );
      },
    );

    it.each([
      [599, 'accept'],
      [600, 'decline'],
      [601, 'decline'],
    ] as const)(
      'treats a promotional aid of %i pence as "%s" with promotionalLimit "under" (S18)',
      (valuePence, expected) => {
        const options = { ...in2017, promotionalLimit: 'under' } as const;
        expect(action(offer({ source: supplier, valuePence, promotional: true }), options)).toBe(
          expected,
        );
      },
    );

    it('says which source it follows at exactly £6', () => {
      const upTo = assessGift(
        offer({ source: supplier, valuePence: 600, promotional: true }),
        in2017,
      );
      expect(upTo.reasons[0]?.message).toBe(
        'A gift worth £6.00 from Acme Diagnostics Ltd is a branded promotional aid of exactly £6, allowed by "up to £6" (S1): it may be accepted.',
      );
      const under = assessGift(offer({ source: supplier, valuePence: 600, promotional: true }), {
        ...in2017,
        promotionalLimit: 'under',
      });
      expect(under.reasons[0]?.message).toBe(
        'A gift worth £6.00 from Acme Diagnostics Ltd is a promotional aid of exactly £6, not "under the value of £6" (S18): supplier gifts are declined whatever their value.',
      );
    });

    it('declines cash from a supplier, citing the supplier rule first', () => {
      const result = assessGift(
        offer({ source: supplier, kind: 'cash-or-voucher', valuePence: 500 }),
        in2017,
      );
      expect(result.action).toBe('decline');
      expect(result.ruleId).toBe('GIFT-SUPPLIER-2017');
      expect(result.reasons.map((reason) => reason.id)).toEqual([
        'GIFT-SUPPLIER-2017',
        'GIFT-OTHER-2017',
      ]);
    });

    it('ignores the promotional flag on cash', () => {
      const cash = offer({
        source: supplier,
        kind: 'cash-or-voucher',
        valuePence: 100,
        promotional: true,
      });
      expect(action(cash, in2017)).toBe('decline');
    });
  });

  describe('when someone other than a supplier offers a gift under the 2017 guidance (GIFT-OTHER-2017)', () => {
    it.each([
      [4999, 'accept', false],
      [5000, 'accept-for-organisation', true],
      [5001, 'accept-for-organisation', true],
    ] as const)(
      'treats a gift of %i pence as "%s" by default',
      (valuePence, expected, mustDeclare) => {
        const result = assessGift(offer({ valuePence }), in2017);
        expect(result.action).toBe(expected);
        expect(result.mustDeclare).toBe(mustDeclare);
        expect(result.ruleId).toBe('GIFT-OTHER-2017');
      },
    );

    it.each([
      [4999, 'accept'],
      [5000, 'accept'],
      [5001, 'accept-for-organisation'],
    ] as const)(
      'treats a gift of %i pence as "%s" with giftAtThreshold "below"',
      (valuePence, expected) => {
        expect(action(offer({ valuePence }), { ...in2017, giftAtThreshold: 'below' })).toBe(
          expected,
        );
      },
    );

    it('declines cash and vouchers whatever their value', () => {
      for (const valuePence of [0, 1, 4999, 5001]) {
        const result = assessGift(offer({ kind: 'cash-or-voucher', valuePence }), in2017);
        expect(result.action).toBe('decline');
        expect(result.ruleId).toBe('GIFT-OTHER-2017');
        expect(result.total).toBeUndefined();
      }
    });

    it('explains the decision with values in pence, comparators and the source', () => {
      const result = assessGift(offer({ valuePence: 5001 }), in2017);
      expect(result.reasons).toMatchInlineSnapshot(`
        [
          {
            "comparator": ">",
            "id": "GIFT-OTHER-2017",
            "message": "A gift worth £50.01 from The Okafor family is over £50: it may be accepted only on behalf of the organisation, not personally, and must be declared.",
            "remedy": "Accept it for the CCG, not personally, and declare it.",
            "sources": [
              {
                "document": "DOMAIN.md",
                "domainId": "GIFT-OTHER-2017",
                "section": "Part 2 §1.6 rule 46 (S1, S18)",
              },
              {
                "document": "DOMAIN.md",
                "section": "Part 2 §5b CHK-GIFT-OTHER",
              },
            ],
            "values": {
              "thresholdPence": 5000,
              "valuePence": 5001,
            },
            "verdict": "pass",
          },
          {
            "comparator": ">",
            "id": "GIFT-OTHER-2017",
            "message": "Gifts from The Okafor family to this person in the 12 months from 2016-09-10 to 2017-09-10 total £50.01 (0 earlier gifts counted), over £50: treated as one gift over £50, accepted only on behalf of the organisation and declared.",
            "remedy": "Accept it for the CCG, not personally, and declare it.",
            "sources": [
              {
                "document": "DOMAIN.md",
                "domainId": "GIFT-OTHER-2017",
                "section": "Part 2 §1.6 rule 46 (S1, S18)",
              },
              {
                "document": "DOMAIN.md",
                "section": "Part 2 §5b CHK-GIFT-OTHER",
              },
            ],
            "values": {
              "offersCounted": 1,
              "thresholdPence": 5000,
              "totalPence": 5001,
              "windowFrom": "2016-09-10",
              "windowTo": "2017-09-10",
            },
            "verdict": "pass",
          },
          {
            "id": "GH-REGISTER",
            "message": "If accepted, record it on the CCG’s publicly accessible register of gifts and hospitality.",
            "sources": [
              {
                "document": "DOMAIN.md",
                "domainId": "GH-REGISTER",
                "section": "Part 2 §1.6 rule 50 (S8)",
              },
            ],
            "values": {
              "declaredOn": null,
            },
            "verdict": "unknown",
          },
        ]
      `);
    });
  });

  describe('when earlier gifts from the same source add up (the 12-month total)', () => {
    const earlier = (
      id: string,
      offeredOn: string,
      valuePence: number,
      fields: Partial<Offer> = {},
    ) => offer({ id, offeredOn, valuePence, ...fields });

    it.each([
      [2999, 4999, 'accept'],
      [3000, 5000, 'accept-for-organisation'],
      [3001, 5001, 'accept-for-organisation'],
    ] as const)(
      'adds an earlier gift of %i pence to make %i and returns "%s"',
      (earlierPence, total, expected) => {
        const result = assessGift(offer({ valuePence: 2000 }), {
          ...in2017,
          history: [earlier('o-0', '2017-03-01', earlierPence)],
        });
        expect(result.action).toBe(expected);
        expect(result.total).toEqual({
          totalPence: total,
          from: '2016-09-10',
          to: '2017-09-10',
          offerIds: ['o-0', 'o-1'],
        });
      },
    );

    it.each([
      ['2016-09-09', false],
      ['2016-09-10', true],
      ['2016-09-11', true],
      ['2017-09-10', true],
      ['2017-09-11', false],
    ] as const)('with an earlier gift offered on %s, counts it: %s', (offeredOn, counted) => {
      const result = assessGift(offer({ valuePence: 2000 }), {
        ...in2017,
        history: [earlier('o-0', offeredOn, 3001)],
      });
      expect(result.total?.totalPence).toBe(counted ? 5001 : 2000);
      expect(result.action).toBe(counted ? 'accept-for-organisation' : 'accept');
    });

    it.each([
      ['2017-03-31', false],
      ['2017-04-01', true],
    ] as const)(
      'with the financial-year window and an earlier gift on %s, counts it: %s',
      (offeredOn, counted) => {
        const result = assessGift(offer({ offeredOn: '2017-09-10', valuePence: 2000 }), {
          ...in2017,
          cumulativeWindow: 'financial-year',
          history: [earlier('o-0', offeredOn, 3001)],
        });
        expect(result.total?.from).toBe('2017-04-01');
        expect(result.total?.totalPence).toBe(counted ? 5001 : 2000);
        expect(result.reasons[1]?.message).toContain(
          'the financial year from 2017-04-01 to 2017-09-10',
        );
      },
    );

    it('starts the financial year on the previous 1 April for an offer in January to March', () => {
      const result = assessGift(offer({ offeredOn: '2018-01-15' }), {
        asOf: '2018-01-15',
        cumulativeWindow: 'financial-year',
      });
      expect(result.total?.from).toBe('2017-04-01');
    });

    it('runs the rolling window from the last day of February when the offer date has no match', () => {
      const leap = assessGift(offer({ offeredOn: '2020-02-29' }), { asOf: '2020-02-29' });
      expect(leap.total?.from).toBe('2019-02-28');
      const common = assessGift(offer({ offeredOn: '2017-02-28' }), {
        asOf: '2017-06-20',
        history: [earlier('o-0', '2016-02-29', 3001), earlier('o-00', '2016-02-27', 3001)],
      });
      expect(common.total).toEqual({
        totalPence: 5001,
        from: '2016-02-28',
        to: '2017-02-28',
        offerIds: ['o-0', 'o-1'],
      });
    });

    it('holds the window at 0000-01-01 at the start of the calendar', () => {
      const options = { asOf: '2018-01-01', regime: '2017' } as const;
      expect(assessGift(offer({ offeredOn: '0000-06-01' }), options).total?.from).toBe(
        '0000-01-01',
      );
      const financial = assessGift(offer({ offeredOn: '0000-02-01' }), {
        ...options,
        cumulativeWindow: 'financial-year',
      });
      expect(financial.total?.from).toBe('0000-01-01');
    });

    it('counts only gifts from the same source to the same recipient that were not declined', () => {
      const result = assessGift(offer({ valuePence: 2000 }), {
        ...in2017,
        history: [
          earlier('other-source', '2017-05-01', 9000, { source: { ...family, id: 'fam-2' } }),
          earlier('other-person', '2017-05-01', 9000, { recipientId: 'p-someone-else' }),
          earlier('a-meal', '2017-05-01', 9000, { kind: 'hospitality' }),
          earlier('cash', '2017-05-01', 9000, { kind: 'cash-or-voucher' }),
          earlier('declined', '2017-05-01', 9000, { accepted: false }),
          earlier('accepted', '2017-05-01', 1000, { accepted: true }),
          earlier('undecided', '2017-05-02', 1000),
        ],
      });
      expect(result.total?.offerIds).toEqual(['accepted', 'o-1', 'undecided']);
      expect(result.total?.totalPence).toBe(4000);
      expect(result.action).toBe('accept');
    });

    it('never counts the offer itself twice when the history already holds it', () => {
      const gift = offer({ valuePence: 3000 });
      const result = assessGift(gift, { ...in2017, history: [gift] });
      expect(result.total?.totalPence).toBe(3000);
      expect(result.total?.offerIds).toEqual(['o-1']);
    });

    it('does not add up gifts under the 2016 guidance, which gives no 12-month total', () => {
      const result = assessGift(offer({ offeredOn: '2016-09-10', valuePence: 500 }), {
        ...in2016,
        history: [earlier('o-0', '2016-08-01', 900, { offeredOn: '2016-08-01' })],
      });
      expect(result.action).toBe('accept');
      expect(result.total).toBeUndefined();
    });

    it('says so in words when one earlier gift is counted', () => {
      const result = assessGift(offer({ valuePence: 2000 }), {
        ...in2017,
        history: [earlier('o-0', '2017-03-01', 1000)],
      });
      expect(result.reasons[1]?.message).toBe(
        'Gifts from The Okafor family to this person in the 12 months from 2016-09-10 to 2017-09-10 total £30.00 (1 earlier gift counted), under £50: it may be accepted and need not be declared.',
      );
    });
  });

  describe('when hospitality is offered under the 2017 guidance (HOSP-2017)', () => {
    const meal = (valuePence: number, fields: Partial<Offer> = {}) =>
      offer({ kind: 'hospitality', source: supplier, valuePence, ...fields });

    it.each([
      [2499, 'accept'],
      [2500, 'declare'],
      [2501, 'declare'],
      [7499, 'declare'],
      [7500, 'declare'],
      [7501, 'needs-approval'],
    ] as const)('treats hospitality of %i pence as "%s" by default', (valuePence, expected) => {
      const result = assessGift(meal(valuePence), in2017);
      expect(result.action).toBe(expected);
      expect(result.ruleId).toBe('HOSP-2017');
    });

    it.each([
      [2499, 'accept'],
      [2500, 'accept'],
      [2501, 'declare'],
    ] as const)(
      'treats hospitality of %i pence as "%s" with hospitalityAt25 "below"',
      (valuePence, expected) => {
        expect(action(meal(valuePence), { ...in2017, hospitalityAt25: 'below' })).toBe(expected);
      },
    );

    it.each([
      [7499, 'declare'],
      [7500, 'needs-approval'],
      [7501, 'needs-approval'],
    ] as const)(
      'treats hospitality of %i pence as "%s" with hospitalityAt75 "above"',
      (valuePence, expected) => {
        expect(action(meal(valuePence), { ...in2017, hospitalityAt75: 'above' })).toBe(expected);
      },
    );

    it('lets hospitality over £75 be accepted and declared once senior approval is recorded', () => {
      const approved = meal(12_000, {
        seniorApproval: { approvedBy: 'Chief officer', approvedOn: '2017-09-08' },
      });
      const result = assessGift(approved, in2017);
      expect(result.action).toBe('declare');
      expect(result.mustDeclare).toBe(true);
      expect(result.reasons[1]?.values).toEqual({
        valuePence: 12_000,
        thresholdPence: 7500,
        approvedBy: 'Chief officer',
        approvedOn: '2017-09-08',
      });
    });

    it('words an approved £75 exactly when hospitalityAt75 is "above"', () => {
      const approved = meal(7500, {
        seniorApproval: { approvedBy: 'Chief officer', approvedOn: '2017-09-08' },
      });
      const result = assessGift(approved, { ...in2017, hospitalityAt75: 'above' });
      expect(result.action).toBe('declare');
      expect(result.reasons[1]?.message).toBe(
        'Hospitality worth £75.00 from Acme Diagnostics Ltd is exactly £75, and senior approval was given by Chief officer on 2017-09-08: it may be accepted and must be declared.',
      );
    });

    it('asks for senior approval over £75, with a remedy', () => {
      const result = assessGift(meal(7501), in2017);
      expect(result.mustDeclare).toBe(true);
      expect(result.reasons[1]).toMatchObject({
        verdict: 'fail',
        comparator: '>',
        message:
          'Hospitality worth £75.01 from Acme Diagnostics Ltd is over £75: it should be refused unless senior approval is given.',
        remedy: 'Refuse it, or obtain senior approval and record it, then declare it.',
      });
    });

    it('applies the same bands to hospitality from anyone', () => {
      expect(action(meal(2600, { source: family }), in2017)).toBe('declare');
    });
  });

  describe('when an offer is made under the 2016 guidance', () => {
    it('declines any gift from a supplier, promotional aids included (GIFT-SUPPLIER-2016)', () => {
      for (const valuePence of [0, 100, 600, 50_000]) {
        const result = assessGift(
          offer({ source: supplier, valuePence, promotional: true }),
          in2016,
        );
        expect(result.action).toBe('decline');
        expect(result.ruleId).toBe('GIFT-SUPPLIER-2016');
      }
      expect(action(offer({ source: supplier, kind: 'cash-or-voucher' }), in2016)).toBe('decline');
    });

    it.each([
      [999, 'accept'],
      [1000, 'declare'],
      [1001, 'declare'],
    ] as const)(
      'treats a gift of %i pence from others as "%s" (GIFT-OTHER-2016, derived)',
      (valuePence, expected) => {
        const result = assessGift(offer({ valuePence }), in2016);
        expect(result.action).toBe(expected);
        expect(result.ruleId).toBe('GIFT-OTHER-2016');
      },
    );

    it('treats exactly £10 as under the threshold with giftAtThreshold "below"', () => {
      expect(action(offer({ valuePence: 1000 }), { ...in2016, giftAtThreshold: 'below' })).toBe(
        'accept',
      );
    });

    it('assesses cash from others as a gift and says the 2016 sources are silent', () => {
      const result = assessGift(offer({ kind: 'cash-or-voucher', valuePence: 2000 }), in2016);
      expect(result.action).toBe('declare');
      expect(result.reasons[0]).toMatchObject({
        id: 'GIFT-OTHER-2016',
        verdict: 'unknown',
        missing: ['the 2016 rule for cash and vouchers'],
      });
    });

    it.each([
      [2499, 'declare'],
      [2500, 'declare'],
      [2501, 'decline'],
    ] as const)(
      'treats hospitality of %i pence as "%s" (HOSP-2016: above £25 presumed refused)',
      (valuePence, expected) => {
        const result = assessGift(offer({ kind: 'hospitality', valuePence }), in2016);
        expect(result.action).toBe(expected);
        expect(result.ruleId).toBe('HOSP-2016');
      },
    );

    it('accepts modest hospitality without a declaration when modestHospitality2016 is "accept"', () => {
      const options = { ...in2016, modestHospitality2016: 'accept' } as const;
      expect(action(offer({ kind: 'hospitality', valuePence: 2500 }), options)).toBe('accept');
      expect(action(offer({ kind: 'hospitality', valuePence: 2501 }), options)).toBe('decline');
    });

    it('does not let senior approval displace the 2016 presumption', () => {
      const approved = offer({
        kind: 'hospitality',
        valuePence: 9000,
        seniorApproval: { approvedBy: 'Chief officer', approvedOn: '2016-09-01' },
      });
      expect(action(approved, in2016)).toBe('decline');
    });
  });

  describe('when the offer falls before any rule in the sources (before 28 June 2016)', () => {
    it('returns needs-approval with NO-RULE-IN-FORCE and never invents a threshold', () => {
      const result = assessGift(offer({ offeredOn: '2015-12-01', valuePence: 100 }), {
        asOf: '2015-12-01',
      });
      expect(result).toMatchInlineSnapshot(`
        {
          "action": "needs-approval",
          "findings": [],
          "mustDeclare": false,
          "offerId": "o-1",
          "reasons": [
            {
              "id": "NO-RULE-IN-FORCE",
              "message": "No gift or hospitality rule in the sources is in force on 2015-12-01: thresholds begin with the revised statutory guidance of 28 June 2016, and the sources give none for the December 2014 guidance. The library cannot say what to do: a person must decide.",
              "missing": [
                "a gift and hospitality rule covering this offer on 2015-12-01",
              ],
              "remedy": "Refer the offer to the CCG’s own policy in force on that date, or add a local rule.",
              "sources": [
                {
                  "document": "DOMAIN.md",
                  "section": "Part 2 §3 timeline, Dec 2014 and 28 Jun 2016",
                },
              ],
              "values": {
                "kind": "gift",
                "sourceKind": "other",
                "valuePence": 100,
              },
              "verdict": "unknown",
            },
          ],
          "regime": "before-2016",
          "ruleId": "NO-RULE-IN-FORCE",
        }
      `);
    });
  });

  describe('when the date is at a change of regime', () => {
    const gift = offer({ valuePence: 2000 });

    it.each([
      ['2016-06-27', 'before-2016', 'NO-RULE-IN-FORCE'],
      ['2016-06-28', '2016', 'GIFT-OTHER-2016'],
      ['2017-05-31', '2016', 'GIFT-OTHER-2016'],
      ['2017-06-01', '2016', 'GIFT-OTHER-2016'],
      ['2017-06-15', '2016', 'GIFT-OTHER-2016'],
      ['2017-06-16', '2017', 'GIFT-OTHER-2017'],
    ] as const)('by default (16 June 2017) applies on %s the %s regime', (asOf, regime, ruleId) => {
      const result = assessGift(gift, { asOf });
      expect(result.regime).toBe(regime);
      expect(result.ruleId).toBe(ruleId);
    });

    it.each([
      ['2016-06-28', '2016', 'GIFT-OTHER-2016'],
      ['2017-05-31', '2016', 'GIFT-OTHER-2016'],
      ['2017-06-01', '2017', 'GIFT-OTHER-2017'],
      ['2017-06-15', '2017', 'GIFT-OTHER-2017'],
      ['2017-06-16', '2017', 'GIFT-OTHER-2017'],
    ] as const)(
      'with regime2017From "2017-06-01" applies on %s the %s regime',
      (asOf, regime, ruleId) => {
        const result = assessGift(gift, { asOf, regime2017From: '2017-06-01' });
        expect(result.regime).toBe(regime);
        expect(result.ruleId).toBe(ruleId);
      },
    );

    it('changes the answer for the same £20 gift across the change (£10 declared, then £50 free)', () => {
      expect(action(gift, { asOf: '2017-06-15' })).toBe('declare');
      expect(action(gift, { asOf: '2017-06-16' })).toBe('accept');
      expect(action(gift, { asOf: '2017-06-01', regime2017From: '2017-06-01' })).toBe('accept');
    });

    it('applies a forced regime whatever the date', () => {
      expect(assessGift(gift, { asOf: '2015-01-01', regime: '2017' }).ruleId).toBe(
        'GIFT-OTHER-2017',
      );
      expect(assessGift(gift, { asOf: '2019-01-01', regime: '2016' }).ruleId).toBe(
        'GIFT-OTHER-2016',
      );
      expect(assessGift(gift, { asOf: '2019-01-01', regime: 'before-2016' }).ruleId).toBe(
        'NO-RULE-IN-FORCE',
      );
      const forced = assessGift(gift, {
        asOf: '2016-01-01',
        regime: '2017',
        regime2017From: '2017-06-01',
      });
      expect(forced.regime).toBe('2017');
    });
  });

  describe('when the offer records what happened', () => {
    it('reports a supplier gift that was accepted as a breach of GIFT-SUPPLIER-2017', () => {
      const result = assessGift(
        offer({ source: supplier, valuePence: 4000, accepted: true }),
        in2017,
      );
      expect(result.findings).toMatchInlineSnapshot(`
        [
          {
            "evidence": {
              "accepted": true,
              "action": "decline",
              "offerId": "o-1",
              "valuePence": 4000,
            },
            "message": "Offer o-1 (A gift worth £40.00 from Acme Diagnostics Ltd) was accepted, but GIFT-SUPPLIER-2017 says it should be declined.",
            "remedy": "Return the gift or record why it was kept, and report it under the CCG’s breach process.",
            "ruleId": "GIFT-SUPPLIER-2017",
            "severity": "breach",
            "source": {
              "document": "DOMAIN.md",
              "domainId": "GIFT-SUPPLIER-2017",
              "section": "Part 2 §1.6 rule 45 (S1, S18)",
            },
            "subjectIds": [
              "o-1",
              "p-nurse-lead",
            ],
          },
        ]
      `);
    });

    it('reports hospitality over £75 accepted without approval and without a declaration', () => {
      const result = assessGift(
        offer({ kind: 'hospitality', valuePence: 9000, accepted: true }),
        in2017,
      );
      expect(result.findings.map((finding) => finding.message)).toEqual([
        'Offer o-1 (Hospitality worth £90.00 from The Okafor family) was accepted without the senior approval HOSP-2017 requires.',
        'Offer o-1 (Hospitality worth £90.00 from The Okafor family) was accepted but not declared; HOSP-2017 requires a declaration.',
      ]);
    });

    it('reports a gift over £50 accepted personally', () => {
      const result = assessGift(
        offer({ valuePence: 6000, accepted: true, declaredOn: '2017-09-12' }),
        in2017,
      );
      expect(result.findings).toHaveLength(1);
      expect(result.findings[0]).toMatchObject({
        ruleId: 'GIFT-OTHER-2017',
        severity: 'breach',
        evidence: { onBehalfOfOrganisation: null },
      });
      const onBehalf = assessGift(
        offer({
          valuePence: 6000,
          accepted: true,
          declaredOn: '2017-09-12',
          onBehalfOfOrganisation: true,
        }),
        in2017,
      );
      expect(onBehalf.findings).toEqual([]);
      expect(onBehalf.reasons.at(-1)?.message).toBe(
        'It was recorded on the register of gifts and hospitality on 2017-09-12.',
      );
    });

    it('reports nothing for an offer that was declined or is undecided', () => {
      expect(assessGift(offer({ source: supplier, accepted: false }), in2017).findings).toEqual([]);
      expect(assessGift(offer({ source: supplier }), in2017).findings).toEqual([]);
    });

    it('reports nothing when there is no rule in force', () => {
      const early = offer({ offeredOn: '2015-01-01', accepted: true });
      expect(assessGift(early, { asOf: '2015-01-01' }).findings).toEqual([]);
    });
  });

  describe('when the user overrides a rule', () => {
    it('turns a rule off: a supplier gift then falls to NO-RULE-IN-FORCE, saying why', () => {
      const result = assessGift(offer({ source: supplier }), {
        ...in2017,
        overrides: { 'GIFT-SUPPLIER-2017': { enabled: false } },
      });
      expect(result.action).toBe('needs-approval');
      expect(result.ruleId).toBe('NO-RULE-IN-FORCE');
      expect(result.reasons[0]?.message).toBe(
        'GIFT-SUPPLIER-2017 is turned off by your overrides. No other rule covers this offer. The library cannot say what to do: a person must decide.',
      );
      expect(result.reasons[0]?.sources).toEqual([
        {
          document: 'DOMAIN.md',
          domainId: 'GIFT-SUPPLIER-2017',
          section: 'Part 2 §1.6 rule 45 (S1, S18)',
        },
      ]);
    });

    it('still declines supplier cash by the cash clause when the supplier rule is off', () => {
      const result = assessGift(offer({ source: supplier, kind: 'cash-or-voucher' }), {
        ...in2017,
        overrides: { 'GIFT-SUPPLIER-2017': { enabled: false } },
      });
      expect(result.action).toBe('decline');
      expect(result.ruleId).toBe('GIFT-OTHER-2017');
    });

    it('re-grades a rule: findings carry the new severity', () => {
      const result = assessGift(offer({ kind: 'hospitality', valuePence: 3000, accepted: true }), {
        ...in2017,
        overrides: { 'HOSP-2017': { severity: 'advice' } },
      });
      expect(result.findings.map((finding) => finding.severity)).toEqual(['advice']);
    });

    it('drops the register reason when GH-REGISTER is off', () => {
      const result = assessGift(offer({ valuePence: 6000 }), {
        ...in2017,
        overrides: { 'GH-REGISTER': { enabled: false } },
      });
      expect(result.reasons.map((reason) => reason.id)).toEqual([
        'GIFT-OTHER-2017',
        'GIFT-OTHER-2017',
      ]);
    });

    it('ignores overrides for rules that are not in force', () => {
      const result = assessGift(offer(), {
        ...in2017,
        overrides: { 'GIFT-OTHER-2016': { enabled: false } },
      });
      expect(result.ruleId).toBe('GIFT-OTHER-2017');
    });
  });

  describe('when the user adds local rules', () => {
    const noPharmaLunches: LocalRule<Offer, GiftRuleContext> = {
      id: 'LOCAL-NO-SUPPLIER-HOSPITALITY',
      title: 'No hospitality from suppliers during a procurement',
      description: 'Our procurement policy bars supplier hospitality while a tender is open.',
      subject: 'gift',
      severity: 'breach',
      confidence: 'V',
      sources: [{ document: 'Our procurement policy', section: '7.1' }],
      inForce: { from: '2017-04-01', to: '2018-03-31' },
      check: (subject, context) =>
        subject.kind === 'hospitality' && subject.source.kind === 'supplier'
          ? [
              {
                message: `Supplier hospitality during the tender (${context.regime} rules gave ${context.action}).`,
                subjectIds: [subject.id],
                evidence: { valuePence: subject.valuePence },
              },
            ]
          : [],
    };
    const lunch = offer({ kind: 'hospitality', source: supplier, valuePence: 1500 });

    it('adds their findings after the built-in ones, with the rule’s severity and source', () => {
      const result = assessGift(lunch, { ...in2017, localRules: [noPharmaLunches] });
      expect(result.action).toBe('accept');
      expect(result.findings).toEqual([
        {
          ruleId: 'LOCAL-NO-SUPPLIER-HOSPITALITY',
          severity: 'breach',
          message: 'Supplier hospitality during the tender (2017 rules gave accept).',
          subjectIds: ['o-1'],
          source: { document: 'Our procurement policy', section: '7.1' },
          evidence: { valuePence: 1500 },
        },
      ]);
    });

    it('skips them outside their dates or when turned off', () => {
      expect(
        assessGift(lunch, { asOf: '2018-04-01', localRules: [noPharmaLunches] }).findings,
      ).toEqual([]);
      const off = { 'LOCAL-NO-SUPPLIER-HOSPITALITY': { enabled: false } };
      expect(
        assessGift(lunch, { ...in2017, localRules: [noPharmaLunches], overrides: off }).findings,
      ).toEqual([]);
    });

    it('copies a ratio in their evidence so freezing never touches the caller’s objects', () => {
      const share = { numerator: 1, denominator: 3 };
      const rule: LocalRule<Offer, GiftRuleContext> = {
        ...noPharmaLunches,
        check: (subject) => [
          { message: 'share', subjectIds: [subject.id], evidence: { share }, remedy: 'Ask.' },
        ],
      };
      const result = assessGift(lunch, { ...in2017, localRules: [rule] });
      expect(result.findings[0]?.evidence).toEqual({ share: { numerator: 1, denominator: 3 } });
      expect(result.findings[0]?.remedy).toBe('Ask.');
      expect(Object.isFrozen(share)).toBe(false);
    });
  });

  describe('when the input is malformed', () => {
    it('reports every problem in the offer and the options together', () => {
      const result = safeAssessGift(
        {
          id: 'o-1',
          recipientId: 'p-1',
          offeredOn: '2017-02-30',
          valuePence: -1,
          kind: 'food',
          source: { id: 's-1', name: 'S', kind: 'x' },
        },
        { asOf: '2017-06-31', mystery: true },
      );
      expect(result.success).toBe(false);
      if (result.success) return;
      expect(
        result.issues.map((issue) => [issue.code, issue.path.join('.'), issue.message]),
      ).toMatchInlineSnapshot(`
        [
          [
            "invalid_input",
            "offer.offeredOn",
            "Give a real calendar date written YYYY-MM-DD, such as 2016-04-01. (at offer.offeredOn)",
          ],
          [
            "invalid_input",
            "offer.valuePence",
            "Give the value in whole pence, zero or more (£50 is 5000). (at offer.valuePence)",
          ],
          [
            "invalid_input",
            "offer.kind",
            "Give the kind of offer: gift, hospitality or cash-or-voucher. (at offer.kind)",
          ],
          [
            "invalid_input",
            "offer.source.kind",
            "Say whether the source is a "supplier" (supplier or contractor to the CCG) or "other". (at offer.source.kind)",
          ],
          [
            "invalid_input",
            "options.asOf",
            "Give a real calendar date written YYYY-MM-DD, such as 2016-04-01. (at options.asOf)",
          ],
          [
            "invalid_input",
            "options",
            "Remove the field "mystery" at options: not part of this record.",
          ],
        ]
      `);
    });

    it('throws a CoCommissioningError from the throwing door', () => {
      expect(() =>
        assessGift(offer({ valuePence: 12.5 }), in2017),
      ).toThrowErrorMatchingInlineSnapshot(
        `[CoCommissioningError: [co-commissioning] invalid_input: Give the amount in whole pence, such as 5000 for £50. (at offer.valuePence)]`,
      );
    });

    it('rejects missing options, a bad choice and a local rule without a check', () => {
      const missing = safeAssessGift(offer(), undefined);
      expect(missing.success === false && missing.issues[0].message).toBe(
        'Give the options as an object with at least asOf, such as { asOf: "2017-07-01" }. (at options)',
      );
      const badChoice = safeAssessGift(offer(), { ...in2017, regime2017From: '2017-06-10' });
      expect(badChoice.success === false && badChoice.issues[0].message).toBe(
        'Choose when the 2017 rules start: "2017-06-16" (revised CCG statutory guidance, the default) or "2017-06-01" (NHS-wide guidance in force). (at options.regime2017From)',
      );
      const noCheck = safeAssessGift(offer(), {
        ...in2017,
        localRules: [
          {
            id: 'L',
            title: 'L',
            description: 'L',
            subject: 'gift',
            severity: 'breach',
            confidence: 'V',
            sources: [{ document: 'x' }],
            inForce: { from: '2017-01-01' },
          },
        ],
      });
      expect(noCheck.success === false && noCheck.issues[0].message).toBe(
        'Give the local rule a check function. (at options.localRules.0.check)',
      );
      const badOverride = safeAssessGift(offer(), {
        ...in2017,
        overrides: { 'HOSP-2017': { severity: 'fatal' } },
      });
      expect(badOverride.success === false && badOverride.issues[0].message).toBe(
        'Give the severity as "breach", "warning" or "advice". (at options.overrides.HOSP-2017.severity)',
      );
    });

    it('rejects a history with a repeated offer ID', () => {
      const result = safeAssessGift(offer(), {
        ...in2017,
        history: [offer({ id: 'o-0' }), offer({ id: 'o-0', valuePence: 100 })],
      });
      expect(result).toEqual({
        success: false,
        issues: [
          {
            code: 'invalid_input',
            message: 'Offer ID "o-0" appears more than once in the history: give each offer once.',
            path: ['options', 'history', 1, 'id'],
            expected: 'unique offer IDs',
            received: 'a repeated ID "o-0"',
          },
        ],
      });
    });

    it('rejects a history entry that has the offer’s ID but different details', () => {
      expect(() =>
        assessGift(offer(), { ...in2017, history: [offer({ valuePence: 1 })] }),
      ).toThrowErrorMatchingInlineSnapshot(
        `[CoCommissioningError: [co-commissioning] invalid_input: The history has an offer with ID "o-1", the offer being assessed, but with different details: correct one of them.]`,
      );
    });

    it('rejects a 12-month total too large to count exactly', () => {
      const huge = Number.MAX_SAFE_INTEGER - 10;
      const result = safeAssessGift(offer({ valuePence: huge }), {
        ...in2017,
        history: [offer({ id: 'o-0', valuePence: huge, offeredOn: '2017-09-01' })],
      });
      expect(result.success === false && result.issues[0]).toEqual({
        code: 'invalid_input',
        message:
          'The gifts from The Okafor family add up to more than the library can count exactly in pence: check the values.',
        path: ['options', 'history'],
        expected: 'a total below 9,007,199,254,740,991 pence',
        received: 'a larger total',
      });
    });

    it('never throws from the safe door, whatever it is given', () => {
      fc.assert(
        fc.property(fc.anything(), fc.anything(), (subject, options) => {
          const result = safeAssessGift(subject, options);
          expect(typeof result.success).toBe('boolean');
        }),
      );
    });

    it('turns an error thrown by a local rule into an issue at the safe door', () => {
      const result = safeAssessGift(offer(), {
        ...in2017,
        localRules: [
          {
            id: 'L',
            title: 'L',
            description: 'L',
            subject: 'gift',
            severity: 'breach',
            confidence: 'V',
            sources: [{ document: 'x' }],
            inForce: { from: '2017-01-01' },
            check: () => {
              throw new Error('boom');
            },
          },
        ],
      });
      expect(result.success === false && result.issues[0].code).toBe('invalid_input');
    });
  });

  describe('when it comes to purity', () => {
    it('does not mutate its arguments', () => {
      const subject = deepFreeze(offer({ valuePence: 6000, accepted: true }));
      const options = deepFreeze({
        asOf: '2017-09-10',
        history: [offer({ id: 'o-0', offeredOn: '2017-01-01' })],
        overrides: { 'GIFT-OTHER-2017': { severity: 'warning' as const } },
      });
      expect(() => assessGift(subject, options)).not.toThrow();
      expect(subject.valuePence).toBe(6000);
    });

    it('returns a deeply frozen result', () => {
      const result = assessGift(offer({ valuePence: 6000, accepted: true }), {
        ...in2017,
        history: [offer({ id: 'o-0', offeredOn: '2017-01-01' })],
      });
      expect(isDeepFrozen(result)).toBe(true);
      expect(isDeepFrozen(assessGift(offer(), { asOf: '2015-01-01' }))).toBe(true);
    });

    it('does not freeze the caller’s offer or history', () => {
      const history = [offer({ id: 'o-0', offeredOn: '2017-01-01' })];
      const subject = offer();
      assessGift(subject, { ...in2017, history });
      expect(Object.isFrozen(subject)).toBe(false);
      expect(Object.isFrozen(history[0])).toBe(false);
    });
  });

  describe('laws (property-based)', () => {
    const kindArbitrary = fc.constantFrom('gift', 'hospitality', 'cash-or-voucher') as fc.Arbitrary<
      Offer['kind']
    >;
    const sourceArbitrary = fc.constantFrom(supplier, family);
    const dateArbitrary = fc.constantFrom('2015-06-01', '2016-09-10', '2017-06-05', '2017-09-10');
    const choices = fc.record({
      promotionalLimit: fc.constantFrom('up-to', 'under') as fc.Arbitrary<'up-to' | 'under'>,
      giftAtThreshold: fc.constantFrom('below', 'above') as fc.Arbitrary<'below' | 'above'>,
      hospitalityAt25: fc.constantFrom('below', 'above') as fc.Arbitrary<'below' | 'above'>,
      hospitalityAt75: fc.constantFrom('below', 'above') as fc.Arbitrary<'below' | 'above'>,
      regime2017From: fc.constantFrom('2017-06-16', '2017-06-01') as fc.Arbitrary<
        '2017-06-16' | '2017-06-01'
      >,
    });

    it('is monotone: raising a value never makes the action more permissive', () => {
      fc.assert(
        fc.property(
          fc.integer({ min: 0, max: 20_000 }),
          fc.integer({ min: 0, max: 20_000 }),
          kindArbitrary,
          sourceArbitrary,
          fc.boolean(),
          dateArbitrary,
          choices,
          (a, b, kind, source, promotional, asOf, options) => {
            const [low, high] = a <= b ? [a, b] : [b, a];
            const make = (valuePence: number) =>
              offer({ valuePence, kind, source, promotional, offeredOn: asOf });
            const lower = action(make(low), { asOf, ...options });
            const higher = action(make(high), { asOf, ...options });
            expect(STRICTNESS[higher]).toBeGreaterThanOrEqual(STRICTNESS[lower]);
          },
        ),
      );
    });

    it('is monotone in history: an earlier gift never makes the action more permissive', () => {
      fc.assert(
        fc.property(
          fc.integer({ min: 0, max: 10_000 }),
          fc.array(fc.tuple(fc.integer({ min: 0, max: 6000 }), fc.integer({ min: 0, max: 400 })), {
            maxLength: 5,
          }),
          (valuePence, earlier) => {
            const gift = offer({ valuePence });
            const history = earlier.map(([pence, daysBack], index) =>
              offer({
                id: `h-${index}`,
                valuePence: pence,
                offeredOn: addDays('2017-09-10', -daysBack),
              }),
            );
            const alone = action(gift, in2017);
            const together = action(gift, { ...in2017, history });
            expect(STRICTNESS[together]).toBeGreaterThanOrEqual(STRICTNESS[alone]);
          },
        ),
      );
    });

    it('does not depend on the order of the history', () => {
      fc.assert(
        fc.property(
          fc.array(fc.integer({ min: 0, max: 3000 }), { maxLength: 6 }),
          fc.integer({ min: 0, max: 1000 }),
          (values, seed) => {
            const history = values.map((pence, index) =>
              offer({ id: `h-${index}`, valuePence: pence, offeredOn: '2017-05-01' }),
            );
            const shuffled = [...history].sort(
              (x, y) => ((x.valuePence * 31 + seed) % 7) - ((y.valuePence * 31 + seed) % 7),
            );
            expect(assessGift(offer(), { ...in2017, history: shuffled })).toEqual(
              assessGift(offer(), { ...in2017, history }),
            );
          },
        ),
      );
    });

    it('requires a declaration exactly when the action is declare, accept-for-organisation or needs-approval (with a rule)', () => {
      fc.assert(
        fc.property(
          fc.integer({ min: 0, max: 20_000 }),
          kindArbitrary,
          sourceArbitrary,
          dateArbitrary,
          (valuePence, kind, source, asOf) => {
            const result = assessGift(offer({ valuePence, kind, source, offeredOn: asOf }), {
              asOf,
            });
            const expected =
              result.ruleId !== 'NO-RULE-IN-FORCE' &&
              ['declare', 'accept-for-organisation', 'needs-approval'].includes(result.action);
            expect(result.mustDeclare).toBe(expected);
          },
        ),
      );
    });
  });
});
