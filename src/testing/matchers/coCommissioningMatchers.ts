import type { BallotOutcome, GiftAction, Severity } from 'co-commissioning';
import { guardIdsArgument, optionsArgument, ruleIdArgument } from '../internal/arguments.js';
import { outcomeExpectation } from '../internal/ballotExpectation.js';
import { type Expectation, matcherMessage, quoteArg } from '../internal/expectation.js';
import { complianceExpectation, findingExpectation } from '../internal/findingsExpectation.js';
import { actionExpectation } from '../internal/giftExpectation.js';
import { allowedExpectation, refusalExpectation } from '../internal/transitionExpectation.js';
import type {
  CheckMatcherOptions,
  FindingMatcherOptions,
  FlagMatcherOptions,
  GiftMatcherOptions,
  RefusalMatcherOptions,
  TransitionMatcherOptions,
} from './options.js';

/**
 * The type augmentation for the kit's matchers: what `expect(x)` gains after
 * `expect.extend(coCommissioningMatchers)`. `R` is what each matcher returns in your runner.
 * Declare it once in a `.d.ts` file (or any module) of your test suite.
 *
 * For vitest:
 *
 * ```ts
 * import type { CoCommissioningMatchers } from 'co-commissioning/testing';
 *
 * declare module 'vitest' {
 *   interface Matchers<T = any> extends CoCommissioningMatchers<T> {}
 * }
 * ```
 *
 * For jest (with `@jest/globals` or `expect`):
 *
 * ```ts
 * import type { CoCommissioningMatchers } from 'co-commissioning/testing';
 *
 * declare module 'expect' {
 *   interface Matchers<R extends void | Promise<void>> extends CoCommissioningMatchers<R> {}
 * }
 * ```
 *
 * and, for jest's global `expect` (`@types/jest`):
 *
 * ```ts
 * import type { CoCommissioningMatchers } from 'co-commissioning/testing';
 *
 * declare global {
 *   namespace jest {
 *     interface Matchers<R> extends CoCommissioningMatchers<R> {}
 *   }
 * }
 * ```
 *
 * @typeParam R - What each matcher returns, as the runner declares it.
 * @example
 * ```ts
 * import type { CoCommissioningMatchers } from 'co-commissioning/testing';
 *
 * type Assertion = CoCommissioningMatchers<void>;
 * const names: (keyof Assertion)[] = ['toBreach', 'toBeRefusedBy', 'toCarry'];
 * ```
 * @category Testing
 */
export interface CoCommissioningMatchers<R = unknown> {
  /**
   * Passes when the subject has no breach: a committee, register of interests, offer or register
   * of procurement decisions checked on `options.asOf` (required for these), or a result already
   * checked (`checkCommittee`, `checkDeclarations`, `checkProcurementRegister`, `assessGift`,
   * `assessAgendaItem`, `assessMeeting`), or a list of findings.
   *
   * @param options - The date whose rules apply, options for the check, a coverage collector.
   */
  toBeCompliant(options?: CheckMatcherOptions): R;
  /**
   * Passes when the subject has a finding of severity `breach` under the rule (and, with
   * `options.subjectId`, about that person or item). The subject is as for `toBeCompliant`.
   *
   * @param ruleId - The rule's ID, such as `'COI-PCCC-LAY-CHAIR'`.
   * @param options - The date whose rules apply, the person the finding must name, options for
   * the check, a coverage collector.
   */
  toBreach(ruleId: string, options?: FindingMatcherOptions): R;
  /**
   * Passes when the subject has a finding under the rule, of any severity or the one given
   * (`'breach'`, `'warning'`, `'advice'`).
   *
   * @param ruleId - The rule's ID, such as `'COI-PCCC-LMC-SEAT'`.
   * @param severityOrOptions - The severity, or options that may include it.
   */
  toFlag(ruleId: string, severityOrOptions?: Severity | FlagMatcherOptions): R;
  /**
   * Passes when a transition is refused, and (when guards are named) each named guard failed.
   * The subject is what `transition` or `explainTransition` returned, or a `[state, event]`
   * pair, which is explained with the options.
   *
   * @param guardIds - The guard or guards that must fail, such as `'GUARD-LMC-CONSULTED'`.
   * @param options - `only: true` to allow no other failing guard; options for
   * `explainTransition`; a coverage collector.
   */
  toBeRefusedBy(guardIds?: string | readonly string[], options?: RefusalMatcherOptions): R;
  /**
   * Passes when a transition is accepted (the subject as for `toBeRefusedBy`).
   *
   * @param options - Options for `explainTransition`; a coverage collector.
   */
  toBeAllowed(options?: TransitionMatcherOptions): R;
  /** Passes when a ballot is carried: a `BallotResult`, or `{ ballot, votes }` to count. */
  toCarry(): R;
  /**
   * Passes when a ballot has the outcome given: `'carried'`, `'not-carried'`, `'tied'` or
   * `'inquorate'`.
   *
   * @param outcome - The outcome expected.
   */
  toHaveBallotOutcome(outcome: BallotOutcome): R;
  /**
   * Passes when an offer of a gift or hospitality calls for the action given. The subject is an
   * offer, assessed on `options.asOf` (required), or what `assessGift` returned.
   *
   * @param action - The action expected, such as `'decline'`.
   * @param options - The options of `assessGift`, and a coverage collector.
   */
  toRequireAction(action: GiftAction, options?: GiftMatcherOptions): R;
}

/**
 * What a runner passes to a matcher as `this`: vitest and jest set `isNot` under `.not`.
 *
 * @example
 * ```ts
 * import type { MatcherContext } from 'co-commissioning/testing';
 *
 * const negated: MatcherContext = { isNot: true };
 * ```
 * @category Testing
 */
export interface MatcherContext {
  /** Whether the assertion is negated with `.not`. */
  readonly isNot?: boolean;
}

/**
 * What each matcher returns, as `expect.extend` in vitest and jest expects: whether the subject
 * meets the expectation, and the message to show when the assertion fails (for `.not`, when it
 * does meet it).
 *
 * @example
 * ```ts
 * import type { MatcherResult } from 'co-commissioning/testing';
 *
 * const result: MatcherResult = { pass: true, message: () => 'Expected it not to pass.' };
 * ```
 * @category Testing
 */
export interface MatcherResult {
  /** Whether the subject meets the expectation (before any `.not`). */
  readonly pass: boolean;
  /** The explanation to show when the assertion fails. */
  readonly message: () => string;
}

/**
 * The type of {@link coCommissioningMatchers}: each matcher of {@link CoCommissioningMatchers}
 * as a function of the subject and the matcher's arguments.
 *
 * @example
 * ```ts
 * import type { CoCommissioningMatcherFunctions } from 'co-commissioning/testing';
 *
 * type Breach = CoCommissioningMatcherFunctions['toBreach'];
 * ```
 * @category Testing
 */
export type CoCommissioningMatcherFunctions = {
  readonly [K in keyof CoCommissioningMatchers]: (
    this: unknown,
    received: unknown,
    ...args: Parameters<CoCommissioningMatchers[K]>
  ) => MatcherResult;
};

function result(
  context: unknown,
  expectation: Expectation,
  matcher: string,
  args: string,
): MatcherResult {
  const isNot = (context as MatcherContext | undefined)?.isNot === true;
  return {
    pass: expectation.pass,
    message: () => matcherMessage(expectation, matcher, args, isNot),
  };
}

/**
 * The kit's matchers for vitest and jest: pass it to `expect.extend` once (in a setup file or at
 * the top of a test file), and declare {@link CoCommissioningMatchers} for the types. Each
 * failure message explains itself in a committee's words: the rule or guard with its title and
 * citation (`formatCitation`), the finding's message, the people it names and the remedy, not a
 * JSON dump.
 *
 * - `toBeCompliant(options?)`: no breach.
 * - `toBreach(ruleId, options?)`: a breach of the rule (`options.subjectId`: about that person).
 * - `toFlag(ruleId, severity?)`: a finding under the rule, of any or the given severity.
 * - `toBeRefusedBy(guardIds?, options?)`, `toBeAllowed(options?)`: a transition's verdict.
 * - `toCarry()`, `toHaveBallotOutcome(outcome)`: a ballot's outcome.
 * - `toRequireAction(action, options?)`: what an offer of a gift or hospitality calls for.
 *
 * A raw committee, register, offer or register of procurement decisions is checked on
 * `options.asOf`, which is then required (the rules in force depend on the date): without it
 * the matcher throws a {@link PolicyAssertionError} `missing_as_of`, and `unsupported_subject`
 * for a subject it cannot read, so a misused `.not` never passes silently. Matchers use
 * `this.isNot` to word the message for `.not`.
 *
 * In vitest:
 *
 * ```mts
 * import { expect, it } from 'vitest';
 * import { buildCommittee, coCommissioningMatchers } from 'co-commissioning/testing';
 *
 * expect.extend(coCommissioningMatchers);
 *
 * it('breaches the lay-chair rule when a CCG GP chairs the PCCC', () => {
 *   expect(buildCommittee({ chair: 'ccg-gp' })).toBreach('COI-PCCC-LAY-CHAIR', { asOf: '2017-06-01' });
 * });
 * ```
 *
 * @example
 * ```ts
 * import { buildCommittee, coCommissioningMatchers } from 'co-commissioning/testing';
 *
 * // What expect(committee).toBreach('COI-PCCC-LAY-CHAIR', { asOf: '2017-06-01' }) runs:
 * const outcome = coCommissioningMatchers.toBreach.call(
 *   { isNot: false },
 *   buildCommittee(),
 *   'COI-PCCC-LAY-CHAIR',
 *   { asOf: '2017-06-01' },
 * );
 * outcome.pass; //=> false
 * outcome.message().split('\n')[2];
 * //=> 'Expected committee "pccc" (Primary Care Commissioning Committee) to breach COI-PCCC-LAY-CHAIR on 2017-06-01, but the rule was applied and passed.'
 * ```
 * @category Testing
 */
export const coCommissioningMatchers: CoCommissioningMatcherFunctions = Object.freeze({
  toBeCompliant(this: unknown, received: unknown, options: CheckMatcherOptions = {}) {
    return result(
      this,
      complianceExpectation(received, options, 'toBeCompliant'),
      'toBeCompliant',
      '',
    );
  },
  toBreach(this: unknown, received: unknown, ruleId: string, options: FindingMatcherOptions = {}) {
    return result(
      this,
      findingExpectation(received, ruleId, options, 'breach', 'toBreach'),
      'toBreach',
      quoteArg(ruleId),
    );
  },
  toFlag(
    this: unknown,
    received: unknown,
    ruleId: string,
    severityOrOptions: Severity | FlagMatcherOptions = {},
  ) {
    const options = optionsArgument<FlagMatcherOptions>(
      typeof severityOrOptions === 'string' ? { severity: severityOrOptions } : severityOrOptions,
      'toFlag',
    );
    ruleIdArgument(ruleId, 'toFlag');
    const args =
      options.severity === undefined
        ? quoteArg(ruleId)
        : `${quoteArg(ruleId)}, ${quoteArg(options.severity)}`;
    return result(
      this,
      findingExpectation(received, ruleId, options, 'flag', 'toFlag'),
      'toFlag',
      args,
    );
  },
  toBeRefusedBy(
    this: unknown,
    received: unknown,
    guardIds: string | readonly string[] = [],
    options: RefusalMatcherOptions = {},
  ) {
    const ids = guardIdsArgument(guardIds, 'toBeRefusedBy');
    const args =
      typeof guardIds === 'string'
        ? quoteArg(guardIds)
        : ids.length === 0
          ? ''
          : `[${ids.map(quoteArg).join(', ')}]`;
    return result(
      this,
      refusalExpectation(received, ids, options, 'toBeRefusedBy'),
      'toBeRefusedBy',
      args,
    );
  },
  toBeAllowed(this: unknown, received: unknown, options: TransitionMatcherOptions = {}) {
    return result(this, allowedExpectation(received, options, 'toBeAllowed'), 'toBeAllowed', '');
  },
  toCarry(this: unknown, received: unknown) {
    return result(this, outcomeExpectation(received, 'carried', 'toCarry'), 'toCarry', '');
  },
  toHaveBallotOutcome(this: unknown, received: unknown, outcome: BallotOutcome) {
    return result(
      this,
      outcomeExpectation(received, outcome, 'toHaveBallotOutcome'),
      'toHaveBallotOutcome',
      quoteArg(outcome),
    );
  },
  toRequireAction(
    this: unknown,
    received: unknown,
    action: GiftAction,
    options: GiftMatcherOptions = {},
  ) {
    return result(
      this,
      actionExpectation(received, action, options, 'toRequireAction'),
      'toRequireAction',
      quoteArg(action),
    );
  },
});
