import { describeValue } from '../../_lib/describe.js';
import { fail } from '../../_lib/fail.js';
import { freezeDeep } from '../../_lib/freezeDeep.js';
import type { IssuePath } from '../../core/issue.js';
import type { BallotResult } from '../BallotResult.js';
import { countVotes, type VoteCount } from './countVotes.js';
import { decideOutcome } from './decide.js';
import { explainBallot } from './explain.js';
import { type PreparedBallot, prepareBallot } from './prepare.js';
import { markTallied } from './tallied.js';

/** A tally with the working an analysis (such as the margins) needs. */
export interface Tally {
  readonly prepared: PreparedBallot;
  readonly count: VoteCount;
  readonly result: BallotResult;
}

/** Checks that the votes are a list, throwing `invalid_input` at `path` otherwise. */
export function checkVoteList(votes: unknown, path: IssuePath): readonly unknown[] {
  if (Array.isArray(votes)) return votes;
  return fail({
    code: 'invalid_input',
    message: `Give the votes as a list (an empty list when none were returned), not ${describeValue(votes)}.`,
    path,
    expected: 'a list of votes',
    received: describeValue(votes),
  });
}

/** Validates the ballot, counts the votes and explains the outcome. */
export function runTally(
  ballot: unknown,
  votes: unknown,
  ballotPath: IssuePath,
  votesPath: IssuePath,
): Tally {
  const prepared = prepareBallot(ballot, ballotPath);
  const list = checkVoteList(votes, votesPath);
  const count = countVotes(prepared, list);
  const { weights, counts } = count;
  const facts = decideOutcome(weights, prepared.rules, prepared.ballot.castingVote);
  const turnout = { numerator: weights.cast, denominator: weights.eligible };
  const yesShare =
    facts.base === 0
      ? { numerator: 0, denominator: 1 }
      : { numerator: weights.yes, denominator: facts.base };
  const reasons = explainBallot({
    prepared,
    received: list.length,
    counts,
    weights,
    rejected: count.rejected,
    facts,
    turnout,
    yesShare,
  });
  const { ballot: parsed, rules } = prepared;
  const result: BallotResult = {
    ballotId: parsed.id,
    question: parsed.question,
    constituency: parsed.constituency ?? null,
    conductedBy: parsed.conductedBy ?? null,
    opens: parsed.opens,
    closes: parsed.closes,
    rules,
    castingVote: parsed.castingVote ?? null,
    conditions: parsed.conditions ?? [],
    outcome: facts.outcome,
    counts,
    weights,
    turnout,
    yesShare,
    quorate: facts.quorate,
    tie: facts.tie,
    rejectedVotes: count.rejected,
    reasons,
  };
  return { prepared, count, result: markTallied(freezeDeep(result)) };
}
