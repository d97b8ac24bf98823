import type { Ballot } from '../Ballot.js';
import type { BallotIssue } from '../issues.js';
import { memberWeight } from './weights.js';
import { groupDigits } from './words.js';

/** A ballot's electorate indexed for counting, with the coded problems found on the way. */
export interface IndexedElectorate {
  /** Member ID to position in the electorate (meaningful only when there are no issues). */
  readonly memberIndex: Map<string, number>;
  /** Each member's weight in whole votes, in electorate order. */
  readonly weights: number[];
  /** The electorate's total weight. */
  readonly eligibleWeight: number;
  /** The coded problems, in electorate order (empty for a countable ballot). */
  readonly issues: BallotIssue[];
}

/** Indexes a well-shaped ballot's electorate in one pass and lists its coded problems. */
export function indexElectorate(ballot: Ballot): IndexedElectorate {
  const issues: BallotIssue[] = [];
  if (ballot.closes < ballot.opens) {
    issues.push({
      code: 'ballot_window_reversed',
      message: `The ballot closes on ${ballot.closes}, before it opens on ${ballot.opens}: give the closing date on or after the opening date.`,
      path: ['closes'],
      opens: ballot.opens,
      closes: ballot.closes,
    });
  }
  const memberIndex = new Map<string, number>();
  const weighting = ballot.rules.weighting;
  const listWeighted = weighting.kind === 'list-size';
  const { electorate, opens } = ballot;
  const weights = new Array<number>(electorate.length);
  let eligibleWeight = 0;
  let missing = false;
  for (let index = 0; index < electorate.length; index += 1) {
    const elector = electorate[index] as Ballot['electorate'][number];
    const { memberId } = elector;
    const size = memberIndex.size;
    memberIndex.set(memberId, index);
    if (memberIndex.size === size) {
      issues.push({
        code: 'duplicate_elector',
        message: `Member ${memberId} appears more than once in the electorate: list each member once.`,
        path: ['electorate', index, 'memberId'],
        memberId,
      });
    }
    if (listWeighted) {
      if (elector.listSize === undefined) {
        missing = true;
        issues.push({
          code: 'missing_list_size',
          message: `Votes are weighted by list size, but member ${memberId} has no listSize: give its registered list size.`,
          path: ['electorate', index, 'listSize'],
          memberId,
        });
      }
      if (elector.listSizeOn !== undefined && elector.listSizeOn > opens) {
        issues.push({
          code: 'list_size_after_opening',
          message: `Member ${memberId}'s list size is dated ${elector.listSizeOn}, after the ballot opened on ${opens}: weights must be fixed before voting starts, so give the list size as at a date on or before ${opens}.`,
          path: ['electorate', index, 'listSizeOn'],
          memberId,
          listSizeOn: elector.listSizeOn,
          opens,
        });
      }
    }
    const weight = memberWeight(weighting, elector.listSize);
    weights[index] = weight;
    eligibleWeight += weight;
  }
  if (!missing && eligibleWeight === 0) {
    issues.push({
      code: 'no_voting_weight',
      message: `Under this weighting none of the ${groupDigits(electorate.length)} members holds a vote, so no turnout or share can be formed: lower patientsPerVote, round up, or set minimumVotes.`,
      path: ['electorate'],
      members: electorate.length,
    });
  }
  if (ballot.castingVote !== undefined && ballot.rules.tie !== 'chair-casting-vote') {
    issues.push({
      code: 'casting_vote_without_rule',
      message: `A chair's casting vote is given, but the tie rule is '${ballot.rules.tie}': set rules.tie to 'chair-casting-vote' or remove castingVote.`,
      path: ['castingVote'],
      tie: ballot.rules.tie,
    });
  }
  return { memberIndex, weights, eligibleWeight, issues };
}
