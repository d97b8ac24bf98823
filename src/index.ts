/**
 * co-commissioning: NHS England primary care co-commissioning as data. Models A, B and C, who
 * decides what, member-practice ballots with exact arithmetic, and conflict-of-interest rules,
 * each cited to its source.
 *
 * @module co-commissioning
 */

export * from './ballots/index.js';
export * from './commissioning/index.js';
export * from './conflicts/index.js';
export * from './core/index.js';
export { ISSUE_CODES, type Issue, type IssueCode } from './issues.js';
export * from './jsonSchemas/index.js';
export * from './organisations/index.js';
export * from './responsibilities/index.js';
