import type { IssueOf } from '../core/issue.js';

/**
 * Issues raised when a ballot itself is malformed beyond its schema. Votes are never issues:
 * an invalid vote is rejected and kept in the result's `rejectedVotes`.
 *
 * - `duplicate_elector`: a member appears twice in one electorate.
 * - `ballot_window_reversed`: the ballot closes before it opens.
 * - `missing_list_size`: votes are weighted by list size but a member has no `listSize`.
 * - `list_size_after_opening`: a member's list size is dated after the ballot opened, so the
 *   weights could have been fixed knowing how the vote was going; give the list size as at a
 *   date on or before the opening day.
 * - `no_voting_weight`: the weighting leaves the whole electorate with no votes (for example
 *   every list rounds down to zero votes), so no turnout or share can be formed.
 * - `casting_vote_without_rule`: a chair's casting vote is given but the tie rule is not
 *   `'chair-casting-vote'`.
 * - `duplicate_ballot_id`: two of several concurrent ballots share an ID.
 * - `elector_in_several_ballots`: a member appears in more than one of several concurrent
 *   ballots on one decision, so it would vote twice.
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
  | IssueOf<'ballot_window_reversed', { readonly opens: string; readonly closes: string }>
  | IssueOf<'missing_list_size', { readonly memberId: string }>
  | IssueOf<
      'list_size_after_opening',
      { readonly memberId: string; readonly listSizeOn: string; readonly opens: string }
    >
  | IssueOf<'no_voting_weight', { readonly members: number }>
  | IssueOf<'casting_vote_without_rule', { readonly tie: string }>
  | IssueOf<'duplicate_ballot_id', { readonly ballotId: string }>
  | IssueOf<
      'elector_in_several_ballots',
      { readonly memberId: string; readonly ballotIds: readonly string[] }
    >;

/**
 * Every code a {@link BallotIssue} may carry.
 *
 * @example
 * ```ts
 * import { BALLOT_ISSUE_CODES } from 'co-commissioning';
 *
 * BALLOT_ISSUE_CODES.includes('duplicate_elector'); //=> true
 * ```
 * @category Ballots
 */
export const BALLOT_ISSUE_CODES = [
  'duplicate_elector',
  'ballot_window_reversed',
  'missing_list_size',
  'list_size_after_opening',
  'no_voting_weight',
  'casting_vote_without_rule',
  'duplicate_ballot_id',
  'elector_in_several_ballots',
] as const satisfies readonly BallotIssue['code'][];
