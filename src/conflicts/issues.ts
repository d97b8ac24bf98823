import type { IssueOf } from '../core/issue.js';

/**
 * Issues raised when conflict-of-interest input is malformed beyond its schema:
 * `unknown_agenda_item` when an item ID is not on the meeting's agenda.
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
export type ConflictIssue = IssueOf<'unknown_agenda_item', { readonly itemId: string }>;

/** Every code a {@link ConflictIssue} may carry. @category Conflicts of interest */
export const CONFLICT_ISSUE_CODES = [
  'unknown_agenda_item',
] as const satisfies readonly ConflictIssue['code'][];
