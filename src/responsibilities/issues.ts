import type { IssueOf } from '../core/issue.js';

/**
 * Issues raised by the responsibility matrix: `unknown_function` for a function ID not in
 * `PRIMARY_CARE_FUNCTIONS`, `unknown_status` for a status other than none, A, B or C.
 *
 * @example
 * ```ts
 * import type { ResponsibilityIssue } from 'co-commissioning';
 *
 * const issue: ResponsibilityIssue = {
 *   code: 'unknown_status', message: 'Use none, A, B or C.', path: ['status'], received: 'the text "D"',
 * };
 * ```
 * @category Responsibilities
 */
export type ResponsibilityIssue =
  | IssueOf<'unknown_function', { readonly received: string }>
  | IssueOf<'unknown_status', { readonly received: string }>;

/** Every code a {@link ResponsibilityIssue} may carry. @category Responsibilities */
export const RESPONSIBILITY_ISSUE_CODES = [
  'unknown_function',
  'unknown_status',
] as const satisfies readonly ResponsibilityIssue['code'][];
