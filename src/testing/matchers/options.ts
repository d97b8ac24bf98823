import type {
  AssessGiftOptions,
  CheckCommitteeOptions,
  CheckDeclarationsOptions,
  CheckProcurementRegisterOptions,
  IsoDate,
  Severity,
  TransitionOptions,
} from 'co-commissioning';
import type { RuleCoverage } from '../ruleCoverage/createRuleCoverage.js';

/**
 * Options for the check a matcher runs on a raw subject, besides `asOf`: the options of
 * `checkCommittee` for a committee, `checkDeclarations` for a register of interests,
 * `checkProcurementRegister` for a register of procurement decisions, or `assessGift` for an
 * offer.
 *
 * @example
 * ```ts
 * import type { CheckOptions } from 'co-commissioning/testing';
 *
 * const strict: CheckOptions = { overrides: { 'COI-PCCC-LAY-MAJORITY': { severity: 'breach' } } };
 * ```
 * @category Testing
 */
export type CheckOptions =
  | Omit<CheckCommitteeOptions, 'asOf'>
  | Omit<CheckDeclarationsOptions, 'asOf'>
  | Omit<CheckProcurementRegisterOptions, 'asOf'>
  | Omit<AssessGiftOptions, 'asOf'>;

/**
 * Options for `toBeCompliant` and {@link assertCompliant}.
 *
 * @example
 * ```ts
 * import { createRuleCoverage, type CheckMatcherOptions } from 'co-commissioning/testing';
 *
 * const options: CheckMatcherOptions = { asOf: '2017-06-01', coverage: createRuleCoverage() };
 * ```
 * @category Testing
 */
export interface CheckMatcherOptions {
  /** The date whose rules apply; required for a raw committee, register, offer or procurement register, ignored for a result that has been checked already. */
  readonly asOf?: IsoDate;
  /** Further options for the check run on a raw subject (overrides, local rules, ...). */
  readonly checkOptions?: CheckOptions;
  /** A collector that records the rule outcomes of the subject's check. */
  readonly coverage?: RuleCoverage;
}

/**
 * Options for `toBreach` and {@link assertBreaches}.
 *
 * @example
 * ```ts
 * import type { FindingMatcherOptions } from 'co-commissioning/testing';
 *
 * const options: FindingMatcherOptions = { asOf: '2017-06-01', subjectId: 'p-okafor' };
 * ```
 * @category Testing
 */
export interface FindingMatcherOptions extends CheckMatcherOptions {
  /** The person, item, offer or declaration the finding must name among its `subjectIds`. */
  readonly subjectId?: string;
}

/**
 * Options for `toFlag` and {@link assertFlags}.
 *
 * @example
 * ```ts
 * import type { FlagMatcherOptions } from 'co-commissioning/testing';
 *
 * const options: FlagMatcherOptions = { asOf: '2017-06-01', severity: 'advice' };
 * ```
 * @category Testing
 */
export interface FlagMatcherOptions extends FindingMatcherOptions {
  /** The severity the finding must have (default: any). */
  readonly severity?: Severity;
}

/**
 * Options for `toBeAllowed` and {@link assertAllowed}: the options `explainTransition` takes
 * when the subject is a `[state, event]` pair, and a coverage collector.
 *
 * @example
 * ```ts
 * import type { TransitionMatcherOptions } from 'co-commissioning/testing';
 *
 * const options: TransitionMatcherOptions = { guards: { 'GUARD-DUE-DILIGENCE': { enabled: false } } };
 * ```
 * @category Testing
 */
export interface TransitionMatcherOptions {
  /** Application waves that replace or add to `APPLICATION_CALENDAR`, as `transition` takes them. */
  readonly calendar?: NonNullable<TransitionOptions['calendar']>;
  /** Switchable guards to turn off, by guard ID, as `transition` takes them. */
  readonly guards?: NonNullable<TransitionOptions['guards']>;
  /** Options for the committee check run when a committee is established. */
  readonly committeeRules?: NonNullable<TransitionOptions['committeeRules']>;
  /** A collector that records the guards' verdicts. */
  readonly coverage?: RuleCoverage;
}

/**
 * Options for `toBeRefusedBy` and {@link assertRefusedBy}.
 *
 * @example
 * ```ts
 * import type { RefusalMatcherOptions } from 'co-commissioning/testing';
 *
 * const options: RefusalMatcherOptions = { only: true };
 * ```
 * @category Testing
 */
export interface RefusalMatcherOptions extends TransitionMatcherOptions {
  /** Require that no guard other than those named failed (default `false`). */
  readonly only?: boolean;
}

/**
 * Options for `toRequireAction` and {@link assertRequiresAction}: the options of `assessGift`
 * (`asOf` is required for a raw offer), and a coverage collector.
 *
 * @example
 * ```ts
 * import type { GiftMatcherOptions } from 'co-commissioning/testing';
 *
 * const options: GiftMatcherOptions = { asOf: '2017-07-03', giftAtThreshold: 'below' };
 * ```
 * @category Testing
 */
export interface GiftMatcherOptions extends Partial<AssessGiftOptions> {
  /** A collector that records the gift rules' outcomes. */
  readonly coverage?: RuleCoverage;
}
