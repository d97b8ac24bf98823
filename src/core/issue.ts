/**
 * Where in the input an issue was found, as a list of property names and list indexes
 * (`['electorate', 3, 'listSize']`). Empty when the issue concerns the input as a whole.
 *
 * @example
 * ```ts
 * import type { IssuePath } from 'co-commissioning';
 *
 * const path: IssuePath = ['electorate', 3, 'listSize'];
 * ```
 * @category Core
 */
export type IssuePath = readonly (string | number)[];

/**
 * The fields every issue has: a stable snake_case `code`, a human `message` and the `path`
 * to the offending value. Each variant adds the facts a program needs.
 *
 * @typeParam C - The issue's code.
 * @typeParam D - The further fields of this variant.
 * @example
 * ```ts
 * import type { IssueOf } from 'co-commissioning';
 *
 * type LateIssue = IssueOf<'late', { readonly days: number }>;
 * const late: LateIssue = { code: 'late', message: '3 days late.', path: [], days: 3 };
 * ```
 * @category Core
 */
export type IssueOf<C extends string, D extends object = object> = {
  /** The stable, machine-readable code. */
  readonly code: C;
  /** A sentence a person can act on. */
  readonly message: string;
  /** Where in the input the problem is. */
  readonly path: IssuePath;
} & Readonly<D>;

/**
 * Issues raised by the core value types and by schema validation of any entity.
 *
 * - `invalid_input`: a value does not match its schema; `expected` says what was wanted and
 *   `received` describes what came.
 * - `invalid_iso_date`: text that is not a real calendar date written `YYYY-MM-DD`.
 * - `invalid_ratio`: not a ratio of safe integers with a positive denominator.
 * - `invalid_pence`: not a whole, safe number of pence.
 * - `invalid_decimals`: a display precision that is not a whole number from 0 to 20.
 * - `invalid_day_count`: a number of days that is not a safe integer.
 *
 * @example
 * ```ts
 * import { CORE_ISSUE_CODES, safeParseIsoDate, type CoreIssue } from 'co-commissioning';
 *
 * const isCoreIssue = (issue: { readonly code: string }): issue is CoreIssue =>
 *   (CORE_ISSUE_CODES as readonly string[]).includes(issue.code);
 *
 * const result = safeParseIsoDate('2017-02-30');
 * if (!result.success) {
 *   const [issue] = result.issues;
 *   if (isCoreIssue(issue)) issue.code; //=> 'invalid_iso_date'
 * }
 * ```
 * @category Core
 */
export type CoreIssue =
  | IssueOf<'invalid_input', { readonly expected: string; readonly received: string }>
  | IssueOf<'invalid_iso_date', { readonly received: string }>
  | IssueOf<'invalid_ratio', { readonly received: string }>
  | IssueOf<'invalid_pence', { readonly received: string }>
  | IssueOf<'invalid_decimals', { readonly received: string }>
  | IssueOf<'invalid_day_count', { readonly received: string }>;

/**
 * Every code a {@link CoreIssue} may carry.
 *
 * @example
 * ```ts
 * import { CORE_ISSUE_CODES } from 'co-commissioning';
 *
 * CORE_ISSUE_CODES.includes('invalid_iso_date'); //=> true
 * ```
 * @category Core
 */
export const CORE_ISSUE_CODES = [
  'invalid_input',
  'invalid_iso_date',
  'invalid_ratio',
  'invalid_pence',
  'invalid_decimals',
  'invalid_day_count',
] as const satisfies readonly CoreIssue['code'][];
