import { BALLOT_ISSUE_CODES, type BallotIssue } from './ballots/issues.js';
import { COMMISSIONING_ISSUE_CODES, type CommissioningIssue } from './commissioning/issues.js';
import { CONFLICT_ISSUE_CODES, type ConflictIssue } from './conflicts/issues.js';
import { CORE_ISSUE_CODES, type CoreIssue } from './core/issue.js';
import { JSON_SCHEMA_ISSUE_CODES, type JsonSchemaIssue } from './jsonSchemas/issues.js';
import { ORGANISATION_ISSUE_CODES, type OrganisationIssue } from './organisations/issues.js';
import { RESPONSIBILITY_ISSUE_CODES, type ResponsibilityIssue } from './responsibilities/issues.js';

/**
 * Every issue the library can report, as one discriminated union keyed by `code`.
 * Narrow on `issue.code` to reach the facts of each variant.
 *
 * @example
 * ```ts
 * import { safeParseIsoDate, type Issue } from 'co-commissioning';
 *
 * function explain(issue: Issue): string {
 *   return issue.code === 'invalid_iso_date' ? `Bad date: ${issue.received}` : issue.message;
 * }
 * const result = safeParseIsoDate('2017/01/01');
 * if (!result.success) explain(result.issues[0]);
 * //=> 'Bad date: the text "2017/01/01"'
 * ```
 * @category Core
 */
export type Issue =
  | CoreIssue
  | OrganisationIssue
  | ResponsibilityIssue
  | BallotIssue
  | ConflictIssue
  | CommissioningIssue
  | JsonSchemaIssue;

/**
 * The stable snake_case code of every {@link Issue}.
 *
 * @example
 * ```ts
 * import type { IssueCode } from 'co-commissioning';
 *
 * const code: IssueCode = 'invalid_iso_date';
 * ```
 * @category Core
 */
export type IssueCode = Issue['code'];

/**
 * Every {@link IssueCode}, for exhaustive handling and documentation.
 *
 * @example
 * ```ts
 * import { ISSUE_CODES } from 'co-commissioning';
 *
 * ISSUE_CODES.includes('invalid_ratio');
 * //=> true
 * ```
 * @category Core
 */
export const ISSUE_CODES: readonly IssueCode[] = [
  ...CORE_ISSUE_CODES,
  ...ORGANISATION_ISSUE_CODES,
  ...RESPONSIBILITY_ISSUE_CODES,
  ...BALLOT_ISSUE_CODES,
  ...CONFLICT_ISSUE_CODES,
  ...COMMISSIONING_ISSUE_CODES,
  ...JSON_SCHEMA_ISSUE_CODES,
];
