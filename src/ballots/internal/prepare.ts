import type { IssuePath } from '../../core/issue.js';
import type { Ballot } from '../Ballot.js';
import type { BallotRules, ChangedVotesRule } from '../BallotRules.js';
import { parseBallot } from './parseBallot.js';

/** A validated ballot with its electorate indexed for counting. */
export interface PreparedBallot {
  /** A validated copy of the ballot. */
  readonly ballot: Ballot;
  /** The rules with `changedVotes` filled in. */
  readonly rules: BallotRules & { readonly changedVotes: ChangedVotesRule };
  /** Member ID to position in the electorate. */
  readonly memberIndex: ReadonlyMap<string, number>;
  /** Member IDs in electorate order. */
  readonly memberIds: readonly string[];
  /** Each member's weight in whole votes, in electorate order. */
  readonly weights: readonly number[];
  /** The electorate's total weight (positive). */
  readonly eligibleWeight: number;
}

/** Validates a ballot (throwing coded issues) and indexes its electorate. */
export function prepareBallot(input: unknown, prefix: IssuePath = []): PreparedBallot {
  const { ballot, index } = parseBallot(input, prefix);
  const rules = { ...ballot.rules, changedVotes: ballot.rules.changedVotes ?? 'reject-all' };
  const memberIds = ballot.electorate.map((elector) => elector.memberId);
  const { memberIndex, weights, eligibleWeight } = index;
  return { ballot, rules, memberIndex, memberIds, weights, eligibleWeight };
}
