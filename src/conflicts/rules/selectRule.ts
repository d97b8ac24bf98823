import type { IsoDate } from '../../core/IsoDate.js';
import type { CoiRule, RuleOverride, Severity } from './CoiRule.js';

/** A rule chosen for a check: the rule and the severity to report it at. */
export interface ActiveRule {
  readonly rule: CoiRule;
  readonly severity: Severity;
}

/** Whether a rule is in force on a date (both ends inclusive). Dates are validated upstream. */
export function isInForce(rule: CoiRule, asOf: IsoDate): boolean {
  return rule.inForce.from <= asOf && (rule.inForce.to === undefined || asOf <= rule.inForce.to);
}

/**
 * Chooses a rule for a check: undefined when it is not in force on `asOf` or the user turned
 * it off; otherwise the rule with its severity after any override.
 */
export function selectRule(
  rule: CoiRule,
  asOf: IsoDate,
  overrides: Readonly<Record<string, RuleOverride>> | undefined,
): ActiveRule | undefined {
  if (!isInForce(rule, asOf)) return undefined;
  const override =
    overrides !== undefined && Object.hasOwn(overrides, rule.id) ? overrides[rule.id] : undefined;
  if (override?.enabled === false) return undefined;
  return { rule, severity: override?.severity ?? rule.severity };
}
