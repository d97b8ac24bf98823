import type { IssueOf } from '../core/issue.js';

/**
 * Issues raised when conflict-of-interest input is malformed beyond its schema:
 * - `unknown_agenda_item`: an item ID is not on the meeting's agenda.
 * - `committee_mismatch`: the committee given is not the one the meeting belongs to.
 * - `missing_quorum_rule`: a quorum was asked for but neither the committee nor the options
 *   give a quorum rule.
 * - `unknown_rule_override`: an override names a rule that is neither built in nor local
 *   (usually a misspelt rule ID).
 * - `local_rule_failed`: a local rule's check threw, or returned something other than a list
 *   of findings.
 *
 * @example
 * ```ts
 * import type { ConflictIssue } from 'co-commissioning';
 *
 * const issue: ConflictIssue = {
 *   code: 'unknown_agenda_item', message: 'Item 9 is not on the agenda.', path: ['itemId'], itemId: '9',
 * };
 * ```
 * @category Conflicts of interest
 */
export type ConflictIssue =
  | IssueOf<'unknown_agenda_item', { readonly itemId: string }>
  | IssueOf<
      'committee_mismatch',
      { readonly meetingCommitteeId: string; readonly committeeId: string }
    >
  | IssueOf<'missing_quorum_rule', { readonly committeeId: string }>
  | IssueOf<'unknown_rule_override', { readonly ruleId: string }>
  | IssueOf<'local_rule_failed', { readonly ruleId: string }>;

/**
 * Every code a {@link ConflictIssue} may carry.
 *
 * @example
 * ```ts
 * import { CONFLICT_ISSUE_CODES } from 'co-commissioning';
 *
 * CONFLICT_ISSUE_CODES.includes('unknown_agenda_item'); //=> true
 * ```
 * @category Conflicts of interest
 */
export const CONFLICT_ISSUE_CODES = [
  'unknown_agenda_item',
  'committee_mismatch',
  'missing_quorum_rule',
  'unknown_rule_override',
  'local_rule_failed',
] as const satisfies readonly ConflictIssue['code'][];
