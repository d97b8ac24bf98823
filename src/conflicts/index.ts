export * from './committees/index.js';
export * from './gifts/index.js';
export * from './issues.js';
export * from './meetings/index.js';
export * from './procurement/index.js';
export * from './Register.js';
export * from './registers/index.js';
export { COI_RULES } from './rules/COI_RULES.js';
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
