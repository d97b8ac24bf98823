/**
 * A built-in rule a check did not apply, and why: `not-in-force` on the date, `turned-off` by
 * the user's overrides, or `no-data` when the input lacks what the rule needs (for example no
 * list of decision-makers).
 *
 * @example
 * ```ts
 * import type { RuleNotApplied } from 'co-commissioning';
 *
 * const skipped: RuleNotApplied = {
 *   ruleId: 'COI-REGISTER-2017',
 *   why: 'not-in-force',
 *   message: 'COI-REGISTER-2017 is not in force on 2016-09-01 (in force from 2017-06-16).',
 * };
 * ```
 * @category Conflicts of interest
 */
export interface RuleNotApplied {
  /** The rule's ID. */
  readonly ruleId: string;
  /** Why it was not applied. */
  readonly why: 'not-in-force' | 'turned-off' | 'no-data';
  /** A sentence saying so. */
  readonly message: string;
}
