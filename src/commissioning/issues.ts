import type { Citation } from '../core/citation.js';
import type { IssueOf } from '../core/issue.js';

/**
 * Issues raised by the commissioning state machine.
 *
 * - `guard_failed`: a transition was refused because a guard failed; `guardId` names the guard,
 *   `remedy` says what to do next and `sources` where the rule comes from.
 * - `unknown_event`: the event's `type` is not one of the thirteen event types.
 * - `invalid_state`: the state passed in is not a commissioning state (use `loadState` to read
 *   stored states).
 * - `unsupported_schema_version`: a stored state from a newer version of the library.
 *
 * @example
 * ```ts
 * import type { CommissioningIssue } from 'co-commissioning';
 *
 * function nextStep(issue: CommissioningIssue): string {
 *   return issue.code === 'guard_failed' ? issue.remedy : issue.message;
 * }
 * ```
 * @category Commissioning
 */
export type CommissioningIssue =
  | IssueOf<
      'guard_failed',
      { readonly guardId: string; readonly remedy: string; readonly sources: readonly Citation[] }
    >
  | IssueOf<'unknown_event', { readonly received: string }>
  | IssueOf<'invalid_state', { readonly received: string }>
  | IssueOf<'unsupported_schema_version', { readonly received: string }>;

/**
 * Every code a {@link CommissioningIssue} may carry.
 *
 * @example
 * ```ts
 * import { COMMISSIONING_ISSUE_CODES } from 'co-commissioning';
 *
 * COMMISSIONING_ISSUE_CODES.includes('guard_failed'); //=> true
 * ```
 * @category Commissioning
 */
export const COMMISSIONING_ISSUE_CODES = [
  'guard_failed',
  'unknown_event',
  'invalid_state',
  'unsupported_schema_version',
] as const satisfies readonly CommissioningIssue['code'][];
