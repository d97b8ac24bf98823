import * as z from 'zod';
import { fail, toSafe } from '../../_lib/fail.js';
import type { Citation } from '../../core/citation.js';
import { type IsoDate, IsoDateSchema } from '../../core/IsoDate.js';
import { formatPence, type Pence } from '../../core/Pence.js';
import type { Comparator, Reason, ReasonValue } from '../../core/Reason.js';
import type { SafeResult } from '../../core/SafeResult.js';
import type { GuidanceRegime, Regime2017Start } from '../registers/guidanceRegimeOn.js';
import { addMonths, financialYearStart } from '../registers/months.js';
import { GuidanceRegimeSchema, Regime2017StartSchema } from '../registers/regimeSchemas.js';
import {
  asLocalRules,
  asOverrides,
  chooseRule,
  frozen,
  LocalRuleSchema,
  OverridesSchema,
  parseSubjectAndOptions,
  regimeChoice,
  regimeFor,
  ruleDate,
  runLocalRules,
  toFinding,
} from '../registers/ruleRuntime.js';
import type { CoiRule, Finding, RuleOptions } from '../rules/CoiRule.js';
import { GIFT_RULES } from '../rules/giftRules.js';
import type { ActiveRule } from '../rules/selectRule.js';
import { type Offer, OfferSchema } from './Offer.js';

/**
 * What to do with an offer, from most to least permissive:
 *
 * - `accept`: may be accepted and need not be declared.
 * - `declare`: may be accepted and must be declared.
 * - `accept-for-organisation`: may be accepted only on behalf of the organisation, not
 *   personally, and must be declared (2017 gifts over £50).
 * - `needs-approval`: refuse unless a senior person approves (2017 hospitality over £75); also
 *   returned when no rule in force covers the offer, so a person must decide.
 * - `decline`: decline it.
 *
 * @example
 * ```ts
 * import type { GiftAction } from 'co-commissioning';
 *
 * const action: GiftAction = 'accept-for-organisation';
 * ```
 * @category Conflicts of interest
 */
export type GiftAction =
  | 'accept'
  | 'declare'
  | 'accept-for-organisation'
  | 'needs-approval'
  | 'decline';

/**
 * The ID of a built-in gift or hospitality rule (see `COI_RULES`).
 *
 * @example
 * ```ts
 * import type { GiftRuleId } from 'co-commissioning';
 *
 * const ruleId: GiftRuleId = 'HOSP-2017';
 * ```
 * @category Conflicts of interest
 */
export type GiftRuleId =
  | 'GIFT-SUPPLIER-2016'
  | 'GIFT-OTHER-2016'
  | 'HOSP-2016'
  | 'GH-REGISTER'
  | 'GIFT-SUPPLIER-2017'
  | 'GIFT-OTHER-2017'
  | 'HOSP-2017';

/**
 * What {@link assessGift} passes to each local rule's check, besides the offer.
 *
 * @example
 * ```ts
 * import type { GiftRuleContext } from 'co-commissioning';
 *
 * const context: GiftRuleContext = { asOf: '2017-07-01', regime: '2017', history: [], action: 'accept' };
 * ```
 * @category Conflicts of interest
 */
export interface GiftRuleContext {
  /** The date whose guidance applies. */
  readonly asOf: IsoDate;
  /** The guidance regime applied. */
  readonly regime: GuidanceRegime;
  /** The validated history of earlier offers. */
  readonly history: readonly Offer[];
  /** The action the built-in rules gave. */
  readonly action: GiftAction;
}

/**
 * Options for {@link assessGift}: the date, the offer history, and the choices the sources
 * leave open (DOMAIN Part 3 Q5). Every boundary default is stated on its property.
 *
 * @example
 * ```ts
 * import type { AssessGiftOptions } from 'co-commissioning';
 *
 * const strict: AssessGiftOptions = {
 *   asOf: '2017-07-01',
 *   promotionalLimit: 'under',
 *   cumulativeWindow: 'financial-year',
 * };
 * ```
 * @category Conflicts of interest
 */
export interface AssessGiftOptions extends RuleOptions<Offer, GiftRuleContext> {
  /** Earlier offers; only gifts from the same source to the same recipient in the window count. */
  readonly history?: readonly Offer[];
  /** The day the 2017 rules start: `'2017-06-16'` (default, CCG statutory guidance) or `'2017-06-01'` (NHS-wide guidance). */
  readonly regime2017From?: Regime2017Start;
  /** Apply this regime's rules whatever the date (for comparisons); default: the regime in force on `asOf`. */
  readonly regime?: GuidanceRegime;
  /** A supplier's promotional aid worth exactly £6: `'up-to'` accepts it (S1 "up to £6", default), `'under'` declines it (S18 "under the value of £6"). */
  readonly promotionalLimit?: 'up-to' | 'under';
  /** A non-supplier gift (or 12-month total) of exactly £50 (2017) or £10 (2016): `'above'` (default) treats it as over the threshold, `'below'` as under. */
  readonly giftAtThreshold?: 'below' | 'above';
  /** 2017 hospitality of exactly £25: `'above'` (default) declares it, `'below'` needs no declaration. */
  readonly hospitalityAt25?: 'below' | 'above';
  /** 2017 hospitality of exactly £75: `'below'` (default) accepts and declares it, `'above'` needs senior approval. */
  readonly hospitalityAt75?: 'below' | 'above';
  /** The 12-month period for totals: `'rolling-12-months'` (default: from the same day 12 months before the offer to the offer date, both inclusive) or `'financial-year'` (1 April to the offer date). */
  readonly cumulativeWindow?: 'rolling-12-months' | 'financial-year';
  /** 2016 hospitality of £25 or less: `'declare'` (default: accept and record it on the gifts and hospitality register [I]) or `'accept'` (no declaration). */
  readonly modestHospitality2016?: 'declare' | 'accept';
}

/**
 * The gifts from one source to one recipient that {@link assessGift} added up.
 *
 * @example
 * ```ts
 * import type { GiftTotal } from 'co-commissioning';
 *
 * const total: GiftTotal = { totalPence: 5500, from: '2016-09-10', to: '2017-09-10', offerIds: ['o-1', 'o-2'] };
 * ```
 * @category Conflicts of interest
 */
export interface GiftTotal {
  /** The offer's value plus the counted earlier gifts, in pence. */
  readonly totalPence: Pence;
  /** The first day of the window, inclusive. */
  readonly from: IsoDate;
  /** The last day of the window (the offer date), inclusive. */
  readonly to: IsoDate;
  /** The offer and the earlier gifts counted, sorted by ID. */
  readonly offerIds: readonly string[];
}

/**
 * What {@link assessGift} decided about an offer and why.
 *
 * @example
 * ```ts
 * import type { GiftAssessment } from 'co-commissioning';
 *
 * const assessment: GiftAssessment = {
 *   offerId: 'o-1', action: 'accept', mustDeclare: false, ruleId: 'GIFT-OTHER-2017',
 *   regime: '2017', reasons: [], findings: [],
 * };
 * ```
 * @category Conflicts of interest
 */
export interface GiftAssessment {
  /** The offer assessed. */
  readonly offerId: string;
  /** What to do with it. */
  readonly action: GiftAction;
  /** Whether it must be declared if accepted (`declare`, `accept-for-organisation`, `needs-approval`). */
  readonly mustDeclare: boolean;
  /** The rule that decided the action, or `NO-RULE-IN-FORCE` when none covers the offer. */
  readonly ruleId: GiftRuleId | 'NO-RULE-IN-FORCE';
  /** The guidance regime applied. */
  readonly regime: GuidanceRegime;
  /** Each rule's verdict, with the values in pence, the comparison and the source. */
  readonly reasons: readonly Reason[];
  /** Problems with what was recorded (accepted when it should be declined, not declared, ...), and local rules' findings. */
  readonly findings: readonly Finding[];
  /** The 12-month total, for 2017 gifts from non-suppliers. */
  readonly total?: GiftTotal;
}

const AssessGiftOptionsSchema = z
  .object(
    {
      asOf: IsoDateSchema,
      history: z
        .array(OfferSchema, { error: 'Give the history as a list of offers (empty if none).' })
        .optional(),
      overrides: OverridesSchema.optional(),
      localRules: z.array(LocalRuleSchema, { error: 'Give the local rules as a list.' }).optional(),
      regime2017From: Regime2017StartSchema.optional(),
      regime: GuidanceRegimeSchema.optional(),
      promotionalLimit: z
        .enum(['up-to', 'under'], { error: 'Give promotionalLimit as "up-to" or "under".' })
        .optional(),
      giftAtThreshold: z
        .enum(['below', 'above'], { error: 'Give giftAtThreshold as "below" or "above".' })
        .optional(),
      hospitalityAt25: z
        .enum(['below', 'above'], { error: 'Give hospitalityAt25 as "below" or "above".' })
        .optional(),
      hospitalityAt75: z
        .enum(['below', 'above'], { error: 'Give hospitalityAt75 as "below" or "above".' })
        .optional(),
      cumulativeWindow: z
        .enum(['rolling-12-months', 'financial-year'], {
          error: 'Give cumulativeWindow as "rolling-12-months" or "financial-year".',
        })
        .optional(),
      modestHospitality2016: z
        .enum(['declare', 'accept'], {
          error: 'Give modestHospitality2016 as "declare" or "accept".',
        })
        .optional(),
    },
    { error: 'Give the options as an object with at least asOf, such as { asOf: "2017-07-01" }.' },
  )
  .strict();

interface Settings {
  readonly promotionalLimit: 'up-to' | 'under';
  readonly giftAtThreshold: 'below' | 'above';
  readonly hospitalityAt25: 'below' | 'above';
  readonly hospitalityAt75: 'below' | 'above';
  readonly cumulativeWindow: 'rolling-12-months' | 'financial-year';
  readonly modestHospitality2016: 'declare' | 'accept';
}

/** The thresholds, in pence. */
const PROMOTIONAL_LIMIT = 600;
const GIFT_2016_THRESHOLD = 1000;
const GIFT_2017_THRESHOLD = 5000;
const HOSPITALITY_LOWER = 2500;
const HOSPITALITY_UPPER = 7500;

const STRICTNESS: Readonly<Record<GiftAction, number>> = {
  accept: 0,
  declare: 1,
  'accept-for-organisation': 2,
  'needs-approval': 3,
  decline: 4,
};

interface Candidate {
  readonly active: ActiveRule;
  readonly action: GiftAction;
  readonly reasons: readonly Reason[];
  readonly total?: GiftTotal;
}

/**
 * Says what to do with a gift, hospitality, or cash or voucher offered to someone in the CCG,
 * under the guidance in force on `asOf` (DOMAIN Part 2 §1.6 rules 44–48, 50; checks
 * CHK-GIFT-SUPPLIER, CHK-GIFT-OTHER, CHK-HOSPITALITY). All amounts are in pence; every
 * boundary below states whether the amount at the boundary itself is in or out.
 *
 * **2017 regime** (from 16 June 2017, or 1 June 2017 with `regime2017From`):
 * - Supplier or contractor gifts (GIFT-SUPPLIER-2017): `decline`, except a `promotional`
 *   aid worth up to £6, which is `accept`ed: 599 and 600 accepted, 601 declined by default
 *   (`promotionalLimit: 'under'` declines 600, following S18).
 * - Cash and vouchers from anyone (GIFT-OTHER-2017): `decline`, whatever the value.
 * - Other gifts (GIFT-OTHER-2017): under £50 `accept` (4999); over £50
 *   `accept-for-organisation` (5001); exactly £50 (5000) is not defined in the sources: over
 *   by default, under with `giftAtThreshold: 'below'`. The value compared is the 12-month
 *   total: the offer plus earlier gifts (`kind: 'gift'`) from the same source (`source.id`)
 *   to the same recipient, offered within the window, not declined (`accepted: false`), and
 *   not the offer itself (an entry in `history` with the offer's ID is skipped). The window
 *   runs by default from the same calendar day 12 months before the offer date to the offer
 *   date, both inclusive (an offer of 10 September 2017 counts gifts from 10 September 2016;
 *   9 September 2016 is out; 29 February falls back to 28 February); with
 *   `cumulativeWindow: 'financial-year'` it runs from the 1 April on or before the offer date.
 * - Hospitality (HOSP-2017): under £25 `accept` (2499); from £25 to £75 `declare` (2500 and
 *   7500 by default); over £75 `needs-approval` (7501), or `declare` when `seniorApproval` is
 *   recorded. `hospitalityAt25` and `hospitalityAt75` move the two edges.
 *
 * **2016 regime** (28 June 2016 to the day before the 2017 regime):
 * - Supplier or contractor gifts, cash included (GIFT-SUPPLIER-2016): `decline`.
 * - Other gifts (GIFT-OTHER-2016, derived [I]): under £10 `accept` (999); from £10 `declare`
 *   (1000 by default, 1001). Cash from a non-supplier is assessed as a gift, with an `unknown`
 *   reason: the 2016 sources do not say. No 12-month total: the sources give none for 2016.
 * - Hospitality (HOSP-2016): above £25 presumed refused, `decline` (2501); £25 or less is
 *   modest (2500, 2499): `declare` by default, `accept` with `modestHospitality2016`.
 *
 * **Before 28 June 2016**, and whenever the covering rule is turned off, no rule in the
 * sources applies: the action is `needs-approval` with ruleId `NO-RULE-IN-FORCE` and an
 * `unknown` reason. The library never invents a threshold.
 *
 * Findings come from what the offer records: accepted although it should be declined,
 * accepted without senior approval, accepted personally when only the organisation may accept,
 * or accepted and not declared (`declaredOn` absent).
 *
 * @param offer - The offer to assess.
 * @param options - The date whose guidance applies (normally the offer date), the history of
 * earlier offers, overrides, local rules and the boundary choices.
 * @returns The action, whether to declare, the deciding rule, the reasons and any findings,
 * deeply frozen.
 * @throws {@link CoCommissioningError} `invalid_input` for a malformed offer or options, a
 * history with a repeated offer ID, or a history entry that has the offer's ID but different
 * details.
 *
 * @example
 * ```ts
 * import { assessGift } from 'co-commissioning';
 *
 * const family = { id: 'fam-9', name: 'A patient’s family', kind: 'other' } as const;
 * const chocolates = {
 *   id: 'o-2', recipientId: 'p-nurse', offeredOn: '2017-12-20', valuePence: 2000,
 *   kind: 'gift', source: family,
 * } as const;
 * const hamper = { ...chocolates, id: 'o-1', offeredOn: '2017-07-01', valuePence: 3500 };
 *
 * assessGift(chocolates, { asOf: '2017-12-20' }).action; //=> 'accept'
 * const withHistory = assessGift(chocolates, { asOf: '2017-12-20', history: [hamper] });
 * withHistory.action; //=> 'accept-for-organisation'
 * withHistory.total?.totalPence; //=> 5500
 * ```
 * @category Conflicts of interest
 */
export function assessGift(offer: Offer, options: AssessGiftOptions): GiftAssessment {
  const [parsedOffer, parsed] = parseSubjectAndOptions(
    OfferSchema,
    offer,
    'offer',
    AssessGiftOptionsSchema,
    options,
  );
  const history = checkHistory(parsedOffer, parsed.history ?? []);
  const settings: Settings = {
    promotionalLimit: parsed.promotionalLimit ?? 'up-to',
    giftAtThreshold: parsed.giftAtThreshold ?? 'above',
    hospitalityAt25: parsed.hospitalityAt25 ?? 'above',
    hospitalityAt75: parsed.hospitalityAt75 ?? 'below',
    cumulativeWindow: parsed.cumulativeWindow ?? 'rolling-12-months',
    modestHospitality2016: parsed.modestHospitality2016 ?? 'declare',
  };
  const overrides = asOverrides(parsed.overrides);
  const choice = regimeChoice(parsed.regime2017From, parsed.regime);
  const regime = regimeFor(parsed.asOf, choice);
  const date = ruleDate(parsed.asOf, choice);

  const candidates: Candidate[] = [];
  const passedOver: CoiRule[] = [];
  let register: ActiveRule | undefined;
  for (const rule of GIFT_RULES as readonly CoiRule[]) {
    const chosen = chooseRule(rule, parsed.asOf, choice, overrides);
    if (rule.id === 'GH-REGISTER') {
      if (typeof chosen !== 'string') register = chosen;
      continue;
    }
    if (!covers(rule.id, parsedOffer)) continue;
    if (typeof chosen === 'string') {
      if (chosen === 'turned-off') passedOver.push(rule);
      continue;
    }
    candidates.push(evaluate(chosen, parsedOffer, history, settings));
  }

  const assessment = decide(
    parsedOffer,
    candidates,
    passedOver,
    register,
    regime,
    parsed.asOf,
    parsed.regime !== undefined,
  );
  const localFindings = runLocalRules(
    asLocalRules<Offer, GiftRuleContext>(parsed.localRules),
    parsedOffer,
    { asOf: parsed.asOf, regime, history, action: assessment.action },
    date,
    overrides,
  );
  return frozen({ ...assessment, findings: [...assessment.findings, ...localFindings] });
}

/**
 * The safe door of {@link assessGift}: the same assessment, or the issues, never a throw.
 *
 * @param offer - The offer to assess (unvalidated input is fine).
 * @param options - As for {@link assessGift}.
 * @returns `{ success: true, data }` with the assessment, or `{ success: false, issues }`.
 *
 * @example
 * ```ts
 * import { safeAssessGift } from 'co-commissioning';
 *
 * const result = safeAssessGift({ id: 'o-1' }, { asOf: '2017-07-01' });
 * result.success; //=> false
 * ```
 * @category Conflicts of interest
 */
export function safeAssessGift(offer: unknown, options: unknown): SafeResult<GiftAssessment> {
  return toSafe(() => assessGift(offer as Offer, options as AssessGiftOptions));
}

/** Checks the history: no repeated IDs; an entry with the offer's ID must be the offer. */
function checkHistory(offer: Offer, history: readonly Offer[]): readonly Offer[] {
  const seen = new Set<string>();
  history.forEach((entry, index) => {
    const path = ['options', 'history', index, 'id'];
    if (seen.has(entry.id)) {
      fail({
        code: 'invalid_input',
        message: `Offer ID "${entry.id}" appears more than once in the history: give each offer once.`,
        path,
        expected: 'unique offer IDs',
        received: `a repeated ID "${entry.id}"`,
      });
    }
    seen.add(entry.id);
    if (entry.id === offer.id && !sameOffer(entry, offer)) {
      fail({
        code: 'invalid_input',
        message: `The history has an offer with ID "${entry.id}", the offer being assessed, but with different details: correct one of them.`,
        path,
        expected: 'the same details as the offer being assessed',
        received: 'different details under the same ID',
      });
    }
  });
  return history;
}

function sameOffer(a: Offer, b: Offer): boolean {
  return (
    a.recipientId === b.recipientId &&
    a.offeredOn === b.offeredOn &&
    a.valuePence === b.valuePence &&
    a.kind === b.kind &&
    a.source.id === b.source.id
  );
}

/** Whether a rule covers an offer of this kind from this source. */
function covers(ruleId: string, offer: Offer): boolean {
  const fromSupplier = offer.source.kind === 'supplier';
  const isGift = offer.kind !== 'hospitality';
  switch (ruleId) {
    case 'GIFT-SUPPLIER-2016':
    case 'GIFT-SUPPLIER-2017':
      return fromSupplier && isGift;
    case 'GIFT-OTHER-2016':
      return !fromSupplier && isGift;
    case 'GIFT-OTHER-2017':
      return (!fromSupplier && isGift) || offer.kind === 'cash-or-voucher';
    default:
      return offer.kind === 'hospitality';
  }
}

function evaluate(
  active: ActiveRule,
  offer: Offer,
  history: readonly Offer[],
  settings: Settings,
): Candidate {
  switch (active.rule.id) {
    case 'GIFT-SUPPLIER-2016':
      return supplier2016(active, offer);
    case 'GIFT-OTHER-2016':
      return other2016(active, offer, settings);
    case 'HOSP-2016':
      return hospitality2016(active, offer, settings);
    case 'GIFT-SUPPLIER-2017':
      return supplier2017(active, offer, settings);
    case 'GIFT-OTHER-2017':
      return other2017(active, offer, history, settings);
    default:
      return hospitality2017(active, offer, settings);
  }
}

function reason(
  active: ActiveRule,
  verdict: Reason['verdict'],
  message: string,
  values: Readonly<Record<string, ReasonValue>>,
  comparator?: Comparator,
  remedy?: string,
): Reason {
  const base: Reason = {
    id: active.rule.id,
    verdict,
    message,
    sources: active.rule.sources.map((source) => ({ ...source })),
    values,
  };
  const withComparator = comparator === undefined ? base : { ...base, comparator };
  return remedy === undefined ? withComparator : { ...withComparator, remedy };
}

function relation(value: number, threshold: number): Comparator {
  return value < threshold ? '<' : value > threshold ? '>' : '=';
}

/** Which side of a threshold a value falls, with `atThreshold` deciding the value itself. */
function side(value: number, threshold: number, atThreshold: 'below' | 'above'): 'below' | 'above' {
  if (value < threshold) return 'below';
  if (value > threshold) return 'above';
  return atThreshold;
}

const money = formatPence;
const quoted = (offer: Offer) =>
  `${offer.kind === 'hospitality' ? 'Hospitality' : offer.kind === 'cash-or-voucher' ? 'Cash or a voucher' : 'A gift'} worth ${money(offer.valuePence)} from ${offer.source.name}`;

function supplier2016(active: ActiveRule, offer: Offer): Candidate {
  return {
    active,
    action: 'decline',
    reasons: [
      reason(
        active,
        'fail',
        `${quoted(offer)}, a supplier or contractor: under the 2016 guidance gifts from suppliers are declined whatever their value.`,
        { valuePence: offer.valuePence, sourceKind: 'supplier' },
        undefined,
        'Decline it.',
      ),
    ],
  };
}

function other2016(active: ActiveRule, offer: Offer, settings: Settings): Candidate {
  const below = side(offer.valuePence, GIFT_2016_THRESHOLD, settings.giftAtThreshold) === 'below';
  const values = { valuePence: offer.valuePence, thresholdPence: GIFT_2016_THRESHOLD };
  const comparator = relation(offer.valuePence, GIFT_2016_THRESHOLD);
  const reasons: Reason[] = [];
  if (offer.kind === 'cash-or-voucher') {
    reasons.push({
      ...reason(
        active,
        'unknown',
        'The 2016 sources do not say how cash or vouchers from non-suppliers are treated, so the library assesses them as a gift of the same value. The 2017 guidance declines cash and vouchers always.',
        { valuePence: offer.valuePence },
        undefined,
        'Check the CCG’s 2016 policy on cash and vouchers.',
      ),
      missing: ['the 2016 rule for cash and vouchers'],
    });
  }
  reasons.push(
    below
      ? reason(
          active,
          'pass',
          `${quoted(offer)} is ${comparator === '=' ? 'exactly' : 'under'} £10: under the 2016 guidance (threshold derived from the 2017 guidance's "rather than £10") it may be accepted and need not be declared.`,
          values,
          comparator,
        )
      : reason(
          active,
          'pass',
          `${quoted(offer)} is ${comparator === '=' ? 'exactly' : 'over'} £10: under the 2016 guidance (threshold derived from the 2017 guidance's "rather than £10") it may be accepted but must be declared.`,
          values,
          comparator,
          'Declare it on the register of gifts and hospitality.',
        ),
  );
  return { active, action: below ? 'accept' : 'declare', reasons };
}

function hospitality2016(active: ActiveRule, offer: Offer, settings: Settings): Candidate {
  const values = { valuePence: offer.valuePence, thresholdPence: HOSPITALITY_LOWER };
  const comparator = relation(offer.valuePence, HOSPITALITY_LOWER);
  if (comparator === '>') {
    return {
      active,
      action: 'decline',
      reasons: [
        reason(
          active,
          'fail',
          `${quoted(offer)} is above £25: under the 2016 guidance hospitality beyond modest is presumed refused.`,
          values,
          comparator,
          'Decline it, unless the CCG is satisfied the presumption is displaced.',
        ),
      ],
    };
  }
  const declare = settings.modestHospitality2016 === 'declare';
  return {
    active,
    action: declare ? 'declare' : 'accept',
    reasons: [
      reason(
        active,
        'pass',
        `${quoted(offer)} is ${comparator === '=' ? 'exactly' : 'under'} £25, modest under the 2016 guidance: it may be accepted${declare ? ' and is recorded on the register of gifts and hospitality (the library’s reading [I]; the 2016 sources give no band that need not be declared)' : ''}.`,
        values,
        comparator,
      ),
    ],
  };
}

function supplier2017(active: ActiveRule, offer: Offer, settings: Settings): Candidate {
  const values = {
    valuePence: offer.valuePence,
    thresholdPence: PROMOTIONAL_LIMIT,
    promotional: offer.promotional === true,
  };
  if (offer.kind === 'gift' && offer.promotional === true) {
    const comparator = relation(offer.valuePence, PROMOTIONAL_LIMIT);
    const atLimit = settings.promotionalLimit === 'up-to' ? 'below' : 'above';
    if (side(offer.valuePence, PROMOTIONAL_LIMIT, atLimit) === 'below') {
      return {
        active,
        action: 'accept',
        reasons: [
          reason(
            active,
            'pass',
            `${quoted(offer)} is a branded promotional aid ${comparator === '=' ? 'of exactly £6, allowed by "up to £6" (S1)' : 'under £6'}: it may be accepted.`,
            values,
            comparator,
          ),
        ],
      };
    }
    return {
      active,
      action: 'decline',
      reasons: [
        reason(
          active,
          'fail',
          `${quoted(offer)} is a promotional aid ${comparator === '=' ? 'of exactly £6, not "under the value of £6" (S18)' : 'over £6'}: supplier gifts are declined whatever their value.`,
          values,
          comparator,
          'Decline it.',
        ),
      ],
    };
  }
  return {
    active,
    action: 'decline',
    reasons: [
      reason(
        active,
        'fail',
        `${quoted(offer)}, a supplier or contractor, is not a low-cost branded promotional aid: supplier gifts are declined whatever their value.`,
        values,
        undefined,
        'Decline it.',
      ),
    ],
  };
}

function other2017(
  active: ActiveRule,
  offer: Offer,
  history: readonly Offer[],
  settings: Settings,
): Candidate {
  if (offer.kind === 'cash-or-voucher') {
    return {
      active,
      action: 'decline',
      reasons: [
        reason(
          active,
          'fail',
          `${quoted(offer)}: cash and vouchers to individuals are always declined.`,
          { valuePence: offer.valuePence, kind: offer.kind },
          undefined,
          'Decline it.',
        ),
      ],
    };
  }
  const total = giftTotal(offer, history, settings.cumulativeWindow);
  const alone = side(offer.valuePence, GIFT_2017_THRESHOLD, settings.giftAtThreshold);
  const together = side(total.totalPence, GIFT_2017_THRESHOLD, settings.giftAtThreshold);
  const aloneComparator = relation(offer.valuePence, GIFT_2017_THRESHOLD);
  const totalComparator = relation(total.totalPence, GIFT_2017_THRESHOLD);
  const window =
    settings.cumulativeWindow === 'financial-year'
      ? `the financial year from ${total.from} to ${total.to}`
      : `the 12 months from ${total.from} to ${total.to}`;
  const earlier = total.offerIds.length - 1;
  const reasons: Reason[] = [
    reason(
      active,
      'pass',
      alone === 'below'
        ? `${quoted(offer)} is ${aloneComparator === '=' ? 'exactly' : 'under'} £50 on its own.`
        : `${quoted(offer)} is ${aloneComparator === '=' ? 'exactly' : 'over'} £50: it may be accepted only on behalf of the organisation, not personally, and must be declared.`,
      { valuePence: offer.valuePence, thresholdPence: GIFT_2017_THRESHOLD },
      aloneComparator,
      alone === 'below' ? undefined : 'Accept it for the CCG, not personally, and declare it.',
    ),
    reason(
      active,
      'pass',
      together === 'below'
        ? `Gifts from ${offer.source.name} to this person in ${window} total ${money(total.totalPence)} (${earlier} earlier ${earlier === 1 ? 'gift' : 'gifts'} counted), ${totalComparator === '=' ? 'exactly' : 'under'} £50: it may be accepted and need not be declared.`
        : `Gifts from ${offer.source.name} to this person in ${window} total ${money(total.totalPence)} (${earlier} earlier ${earlier === 1 ? 'gift' : 'gifts'} counted), ${totalComparator === '=' ? 'exactly' : 'over'} £50: treated as one gift over £50, accepted only on behalf of the organisation and declared.`,
      {
        totalPence: total.totalPence,
        thresholdPence: GIFT_2017_THRESHOLD,
        offersCounted: total.offerIds.length,
        windowFrom: total.from,
        windowTo: total.to,
      },
      totalComparator,
      together === 'below' ? undefined : 'Accept it for the CCG, not personally, and declare it.',
    ),
  ];
  return {
    active,
    action: together === 'below' ? 'accept' : 'accept-for-organisation',
    reasons,
    total,
  };
}

function hospitality2017(active: ActiveRule, offer: Offer, settings: Settings): Candidate {
  const lower = side(offer.valuePence, HOSPITALITY_LOWER, settings.hospitalityAt25);
  const lowerComparator = relation(offer.valuePence, HOSPITALITY_LOWER);
  const lowerValues = { valuePence: offer.valuePence, thresholdPence: HOSPITALITY_LOWER };
  if (lower === 'below') {
    return {
      active,
      action: 'accept',
      reasons: [
        reason(
          active,
          'pass',
          `${quoted(offer)} is ${lowerComparator === '=' ? 'exactly' : 'under'} £25: it need not be declared.`,
          lowerValues,
          lowerComparator,
        ),
      ],
    };
  }
  const upper = side(offer.valuePence, HOSPITALITY_UPPER, settings.hospitalityAt75);
  const upperComparator = relation(offer.valuePence, HOSPITALITY_UPPER);
  const upperValues = { valuePence: offer.valuePence, thresholdPence: HOSPITALITY_UPPER };
  const fromLower = reason(
    active,
    'pass',
    `${quoted(offer)} is ${lowerComparator === '=' ? 'exactly' : 'over'} £25: it must be declared if accepted.`,
    lowerValues,
    lowerComparator,
  );
  if (upper === 'below') {
    return {
      active,
      action: 'declare',
      reasons: [
        fromLower,
        reason(
          active,
          'pass',
          `${quoted(offer)} is ${upperComparator === '=' ? 'exactly' : 'under'} £75: it may be accepted and must be declared.`,
          upperValues,
          upperComparator,
          'Declare it on the register of gifts and hospitality.',
        ),
      ],
    };
  }
  const approval = offer.seniorApproval;
  if (approval !== undefined) {
    return {
      active,
      action: 'declare',
      reasons: [
        fromLower,
        reason(
          active,
          'pass',
          `${quoted(offer)} is ${upperComparator === '=' ? 'exactly' : 'over'} £75, and senior approval was given by ${approval.approvedBy} on ${approval.approvedOn}: it may be accepted and must be declared.`,
          { ...upperValues, approvedBy: approval.approvedBy, approvedOn: approval.approvedOn },
          upperComparator,
          'Declare it on the register of gifts and hospitality.',
        ),
      ],
    };
  }
  return {
    active,
    action: 'needs-approval',
    reasons: [
      fromLower,
      reason(
        active,
        'fail',
        `${quoted(offer)} is ${upperComparator === '=' ? 'exactly' : 'over'} £75: it should be refused unless senior approval is given.`,
        upperValues,
        upperComparator,
        'Refuse it, or obtain senior approval and record it, then declare it.',
      ),
    ],
  };
}

/** Adds the offer to the earlier gifts from the same source to the same recipient in the window. */
function giftTotal(
  offer: Offer,
  history: readonly Offer[],
  window: 'rolling-12-months' | 'financial-year',
): GiftTotal {
  const to = offer.offeredOn;
  const from = window === 'financial-year' ? financialYearStart(to) : addMonths(to, -12);
  const counted = history.filter(
    (entry) =>
      entry.id !== offer.id &&
      entry.kind === 'gift' &&
      entry.source.id === offer.source.id &&
      entry.recipientId === offer.recipientId &&
      entry.accepted !== false &&
      from <= entry.offeredOn &&
      entry.offeredOn <= to,
  );
  let totalPence = offer.valuePence;
  for (const entry of counted) totalPence += entry.valuePence;
  if (!Number.isSafeInteger(totalPence)) {
    fail({
      code: 'invalid_input',
      message: `The gifts from ${offer.source.name} add up to more than the library can count exactly in pence: check the values.`,
      path: ['options', 'history'],
      expected: 'a total below 9,007,199,254,740,991 pence',
      received: 'a larger total',
    });
  }
  const offerIds = [offer.id, ...counted.map((entry) => entry.id)].sort();
  return { totalPence, from, to, offerIds };
}

function decide(
  offer: Offer,
  candidates: readonly Candidate[],
  passedOver: readonly CoiRule[],
  register: ActiveRule | undefined,
  regime: GuidanceRegime,
  asOf: IsoDate,
  forced: boolean,
): GiftAssessment {
  let decisive: Candidate | undefined;
  for (const candidate of candidates) {
    if (decisive === undefined || STRICTNESS[candidate.action] > STRICTNESS[decisive.action]) {
      decisive = candidate;
    }
  }
  if (decisive === undefined) return noRule(offer, passedOver, regime, asOf, forced);
  const action = decisive.action;
  const mustDeclare =
    action === 'declare' || action === 'accept-for-organisation' || action === 'needs-approval';
  const reasons = candidates.flatMap((candidate) => candidate.reasons);
  if (mustDeclare && register !== undefined) {
    reasons.push(
      reason(
        register,
        offer.declaredOn === undefined ? 'unknown' : 'pass',
        offer.declaredOn === undefined
          ? 'If accepted, record it on the CCG’s publicly accessible register of gifts and hospitality.'
          : `It was recorded on the register of gifts and hospitality on ${offer.declaredOn}.`,
        { declaredOn: offer.declaredOn ?? null },
      ),
    );
  }
  const assessment: GiftAssessment = {
    offerId: offer.id,
    action,
    mustDeclare,
    ruleId: decisive.active.rule.id as GiftRuleId,
    regime,
    reasons,
    findings: recordFindings(offer, decisive.active, action, mustDeclare),
  };
  const total = candidates.find((candidate) => candidate.total !== undefined)?.total;
  return total === undefined ? assessment : { ...assessment, total };
}

function noRule(
  offer: Offer,
  passedOver: readonly CoiRule[],
  regime: GuidanceRegime,
  asOf: IsoDate,
  forced: boolean,
): GiftAssessment {
  // A regime chosen in the options, not the date, can be what leaves no rule in force.
  const when = forced ? `under the ${regime} guidance chosen in options.regime` : `on ${asOf}`;
  const why =
    passedOver.length > 0
      ? `${passedOver.map((rule) => `${rule.id} is turned off by your overrides.`).join(' ')} No other rule covers this offer.`
      : `No gift or hospitality rule in the sources is in force ${when}: thresholds begin with the revised statutory guidance of 28 June 2016, and the sources give none for the December 2014 guidance.`;
  const sources: Citation[] =
    passedOver.length > 0
      ? passedOver.flatMap((rule) => rule.sources.slice(0, 1).map((source) => ({ ...source })))
      : [{ document: 'DOMAIN.md', section: 'Part 2 §3 timeline, Dec 2014 and 28 Jun 2016' }];
  return {
    offerId: offer.id,
    action: 'needs-approval',
    mustDeclare: false,
    ruleId: 'NO-RULE-IN-FORCE',
    regime,
    reasons: [
      {
        id: 'NO-RULE-IN-FORCE',
        verdict: 'unknown',
        message: `${why} The library cannot say what to do: a person must decide.`,
        sources,
        values: { valuePence: offer.valuePence, kind: offer.kind, sourceKind: offer.source.kind },
        missing: [`a gift and hospitality rule covering this offer ${when}`],
        remedy:
          'Refer the offer to the CCG’s own policy in force on that date, or add a local rule.',
      },
    ],
    findings: [],
  };
}

/** Findings about what the offer records: only once it has been accepted. */
function recordFindings(
  offer: Offer,
  active: ActiveRule,
  action: GiftAction,
  mustDeclare: boolean,
): Finding[] {
  if (offer.accepted !== true) return [];
  const subjectIds = [offer.id, offer.recipientId];
  const evidence = {
    offerId: offer.id,
    valuePence: offer.valuePence,
    action,
    accepted: true,
  };
  const findings: Finding[] = [];
  if (action === 'decline') {
    findings.push(
      toFinding(active, {
        message: `Offer ${offer.id} (${quoted(offer)}) was accepted, but ${active.rule.id} says it should be declined.`,
        subjectIds,
        evidence,
        remedy:
          'Return the gift or record why it was kept, and report it under the CCG’s breach process.',
      }),
    );
  }
  if (action === 'needs-approval') {
    findings.push(
      toFinding(active, {
        message: `Offer ${offer.id} (${quoted(offer)}) was accepted without the senior approval ${active.rule.id} requires.`,
        subjectIds,
        evidence,
        remedy:
          'Record the senior approval, or report the acceptance under the CCG’s breach process.',
      }),
    );
  }
  if (action === 'accept-for-organisation' && offer.onBehalfOfOrganisation !== true) {
    findings.push(
      toFinding(active, {
        message: `Offer ${offer.id} (${quoted(offer)}) was accepted without being recorded as on behalf of the organisation; ${active.rule.id} does not allow it to be accepted personally.`,
        subjectIds,
        evidence: { ...evidence, onBehalfOfOrganisation: offer.onBehalfOfOrganisation ?? null },
        remedy: 'Record it as accepted on behalf of the CCG.',
      }),
    );
  }
  if (mustDeclare && offer.declaredOn === undefined) {
    findings.push(
      toFinding(active, {
        message: `Offer ${offer.id} (${quoted(offer)}) was accepted but not declared; ${active.rule.id} requires a declaration.`,
        subjectIds,
        evidence: { ...evidence, declaredOn: null },
        remedy: 'Enter it on the register of gifts and hospitality.',
      }),
    );
  }
  return findings;
}
