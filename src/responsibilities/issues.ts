import type { Citation } from '../core/citation.js';
import type { IssueOf } from '../core/issue.js';

/**
 * Issues raised by the responsibility matrix:
 * - `unknown_function`: a function ID not in `PRIMARY_CARE_FUNCTIONS` (as an argument or as a
 *   key of `options.arrangements`); the message lists the valid IDs.
 * - `unknown_status`: a status other than none, A, B or C; the message lists them.
 * - `invalid_arrangement`: a local arrangement the sources rule out, such as giving the CCG a
 *   decision under Model A or on pharmacy, eye health and dental commissioning; `sources` cites
 *   the rule it breaks.
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
  | IssueOf<'unknown_status', { readonly received: string }>
  | IssueOf<
      'invalid_arrangement',
      { readonly functionId: string; readonly sources: readonly Citation[] }
    >;

/**
 * Every code a {@link ResponsibilityIssue} may carry.
 *
 * @example
 * ```ts
 * import { RESPONSIBILITY_ISSUE_CODES } from 'co-commissioning';
 *
 * RESPONSIBILITY_ISSUE_CODES; //=> ['unknown_function', 'unknown_status', 'invalid_arrangement']
 * ```
 * @category Responsibilities
 */
export const RESPONSIBILITY_ISSUE_CODES = [
  'unknown_function',
  'unknown_status',
  'invalid_arrangement',
] as const satisfies readonly ResponsibilityIssue['code'][];
