import type { IssueOf } from '../core/issue.js';

/**
 * Issues raised when a ballot itself is malformed (votes are never issues: an invalid vote is
 * rejected and kept in the result). `duplicate_elector` when a member appears twice in the
 * electorate; `ballot_window_reversed` when the ballot closes before it opens.
 *
 * @example
 * ```ts
 * import type { BallotIssue } from 'co-commissioning';
 *
 * const issue: BallotIssue = {
 *   code: 'duplicate_elector', message: 'Member P1 appears twice.', path: ['electorate', 7], memberId: 'P1',
 * };
 * ```
 * @category Ballots
 */
export type BallotIssue =
  | IssueOf<'duplicate_elector', { readonly memberId: string }>
  | IssueOf<'ballot_window_reversed', { readonly opens: string; readonly closes: string }>;

/** Every code a {@link BallotIssue} may carry. @category Ballots */
export const BALLOT_ISSUE_CODES = [
  'duplicate_elector',
  'ballot_window_reversed',
] as const satisfies readonly BallotIssue['code'][];
