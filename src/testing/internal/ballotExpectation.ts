// Internal: expectations about a ballot's outcome, on a BallotResult or a { ballot, votes } case,
// which is counted first.
import {
  type BallotOutcome,
  type BallotResult,
  formatBallotResult,
  tallyBallot,
} from 'co-commissioning';
import { outcomeArgument } from './arguments.js';
import { isBallotCase, isBallotResult } from './detect.js';
import { type Expectation, unsupported } from './expectation.js';

const ACCEPTS = 'a result of tallyBallot, or { ballot, votes } (as buildBallot returns) to count';

/** toCarry, toHaveBallotOutcome and assertCarried. */
export function outcomeExpectation(
  received: unknown,
  givenOutcome: BallotOutcome,
  what: string,
): Expectation {
  const outcome = outcomeArgument(givenOutcome, what);
  let result: BallotResult;
  let hint: string;
  if (isBallotResult(received)) {
    result = received;
    hint = 'result';
  } else if (isBallotCase(received)) {
    result = tallyBallot(received.ballot, received.votes);
    hint = 'ballot';
  } else {
    return unsupported(what, ACCEPTS, received);
  }
  const expected = outcome === 'carried' ? 'be carried' : `have the outcome '${outcome}'`;
  const found = `its outcome was '${result.outcome}'`;
  const label = `ballot "${result.ballotId}"`;
  return {
    pass: result.outcome === outcome,
    code: 'wrong_ballot_outcome',
    subject: hint,
    expected: outcome,
    actual: result.outcome,
    failure: () => `Expected ${label} to ${expected}, but ${found}.\n${formatBallotResult(result)}`,
    negatedFailure: () =>
      `Expected ${label} not to ${expected}, but ${found}.\n${formatBallotResult(result)}`,
  };
}
