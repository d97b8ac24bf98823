import { domain } from '../../_lib/cite.js';
import { freezeDeep } from '../../_lib/freezeDeep.js';
import type { GiftRuleId } from '../gifts/assessGift.js';
import type { CoiRule } from './CoiRule.js';

// The 2016 regime runs from the revised statutory guidance (28 Jun 2016) to the day before the
// 2017 regime; the 2017 regime starts on 16 Jun 2017 by default. `assessGift` moves both ends
// to 1 Jun 2017 when the user chooses `regime2017From: '2017-06-01'`.
const REGIME_2016 = { from: '2016-06-28', to: '2017-06-15' } as const;
const REGIME_2017 = { from: '2017-06-16' } as const;

const check = (id: string) => ({ document: 'DOMAIN.md', section: `Part 2 §5b ${id}` }) as const;

/**
 * The gift and hospitality rules of the 2016 and 2017 guidance (DOMAIN Part 2 §1.6, rules
 * 44–48 and 50; checks CHK-GIFT-SUPPLIER, CHK-GIFT-OTHER, CHK-HOSPITALITY). Before 28 June
 * 2016 no rule is in force: the sources give no thresholds for the December 2014 guidance.
 * `GIFT-OTHER-2016` is derived: S1 says the 2017 £50 threshold applies "rather than £10".
 */
export const GIFT_RULES = freezeDeep([
  {
    id: 'GIFT-SUPPLIER-2016',
    title: 'Gifts from suppliers or contractors are declined, whatever their value (2016)',
    description:
      'Gifts of any nature from suppliers or contractors linked to the CCG’s business should be declined, whatever their value (revised statutory guidance, 28 June 2016). In force until the 2017 guidance starts (16 June 2017 by default, or 1 June 2017).',
    subject: 'gift',
    severity: 'breach',
    confidence: 'V',
    sources: [
      domain('GIFT-SUPPLIER-2016', 'Part 2 §1.6 rule 44 (S17)'),
      check('CHK-GIFT-SUPPLIER'),
    ],
    inForce: REGIME_2016,
  },
  {
    id: 'GIFT-OTHER-2016',
    title:
      'Gifts from others: under £10 accepted without declaring, otherwise declared (2016, derived)',
    description:
      'Derived, not seen in a 2016 source: the 2017 guidance raised the threshold below which a gift from a non-supplier need not be declared to £50 "rather than £10" (S1), so under the 2016 guidance a gift under £10 may be accepted without declaring and any other is declared. Switch it off or re-grade it if your 2016 policy differs.',
    subject: 'gift',
    severity: 'warning',
    confidence: 'I',
    sources: [domain('GIFT-OTHER-2017', 'Part 2 §1.6 rule 46 (S1 "rather than £10")')],
    inForce: REGIME_2016,
  },
  {
    id: 'HOSP-2016',
    title: 'Hospitality is modest; above £25 it is presumed refused (2016)',
    description:
      'Hospitality should be modest, similar in scale to what the CCG might offer; offers beyond modest, such as hospitality above £25 or foreign travel and accommodation, are presumed refused (revised statutory guidance, 28 June 2016).',
    subject: 'gift',
    severity: 'warning',
    confidence: 'V',
    sources: [domain('HOSP-2016', 'Part 2 §1.6 rule 48 (S17)'), check('CHK-HOSPITALITY')],
    inForce: REGIME_2016,
  },
  {
    id: 'GH-REGISTER',
    title: 'Declared gifts and hospitality go on a publicly accessible register',
    description:
      'The CCG keeps a publicly accessible register of gifts and hospitality (2016 guidance, S8). The library keeps the rule in force after June 2017 because the 2017 rules still require declarations [I].',
    subject: 'gift',
    severity: 'breach',
    confidence: 'V',
    sources: [domain('GH-REGISTER', 'Part 2 §1.6 rule 50 (S8)')],
    inForce: { from: REGIME_2016.from },
  },
  {
    id: 'GIFT-SUPPLIER-2017',
    title: 'Supplier gifts declined, except branded promotional aids up to £6 (2017)',
    description:
      'Gifts from suppliers or contractors are still declined whatever their value, except low-cost branded promotional aids up to £6 (S1; S18 says "under the value of £6", so whether exactly £6 may be accepted is a choice: see assessGift).',
    subject: 'gift',
    severity: 'breach',
    confidence: 'V',
    sources: [
      domain('GIFT-SUPPLIER-2017', 'Part 2 §1.6 rule 45 (S1, S18)'),
      check('CHK-GIFT-SUPPLIER'),
    ],
    inForce: REGIME_2017,
  },
  {
    id: 'GIFT-OTHER-2017',
    title: 'Other gifts: under £50 accept, over £50 only for the organisation and declared (2017)',
    description:
      'Gifts from non-suppliers under £50 may be accepted and need not be declared; over £50 they may be accepted only on behalf of the organisation and must be declared; cash and vouchers are always declined; gifts from one source whose 12-month total is over £50 are treated as one gift over £50. Exactly £50 and the kind of 12-month window are not defined in the sources (DOMAIN Q5): see assessGift.',
    subject: 'gift',
    severity: 'breach',
    confidence: 'V',
    sources: [domain('GIFT-OTHER-2017', 'Part 2 §1.6 rule 46 (S1, S18)'), check('CHK-GIFT-OTHER')],
    inForce: REGIME_2017,
  },
  {
    id: 'HOSP-2017',
    title:
      'Hospitality: under £25 not declared, £25–£75 declared, over £75 needs senior approval (2017)',
    description:
      'Meals and refreshments under £25 need not be declared; from £25 to £75 they may be accepted and must be declared; over £75 they should be refused unless senior approval is given. The sources do not settle exactly £25 or £75 (DOMAIN Q5): see assessGift.',
    subject: 'gift',
    severity: 'breach',
    confidence: 'V',
    sources: [domain('HOSP-2017', 'Part 2 §1.6 rule 47 (S1)'), check('CHK-HOSPITALITY')],
    inForce: REGIME_2017,
  },
] as const satisfies readonly (CoiRule & { readonly id: GiftRuleId })[]);
