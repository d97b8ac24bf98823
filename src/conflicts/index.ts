export * from './issues.js';
export * from './Register.js';
export type {
  CoiRule,
  Confidence,
  Finding,
  FindingDraft,
  InForce,
  LocalRule,
  RuleOptions,
  RuleOverride,
  RuleSubject,
  Severity,
} from './rules/CoiRule.js';
