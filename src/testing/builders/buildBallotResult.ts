import { type BallotResult, tallyBallot } from 'co-commissioning';
import { readable } from '../internal/readable.js';
import { type BuildBallotOptions, buildBallot } from './buildBallot.js';

/**
 * Builds a ballot with {@link buildBallot} and counts it with `tallyBallot`: the
 * {@link BallotResult} a `RECORD_BALLOT` event carries. With no options it is Cambridgeshire &
 * Peterborough's September 2015 ballot: 52 yes and 31 no of 107 eligible, carried (seed 002
 * §4.3).
 *
 * @param options - The figures and anything else to set, as for {@link buildBallot}.
 * @returns The deeply frozen result of the count.
 * @throws `CoCommissioningError` as {@link buildBallot} and `tallyBallot` do.
 *
 * @example
 * ```ts
 * import { buildBallotResult } from 'co-commissioning/testing';
 *
 * const result = buildBallotResult();
 * result.outcome; //=> 'carried'
 * result.turnout; //=> { numerator: 83, denominator: 107 }
 * buildBallotResult({ eligible: 131, yes: 24, no: 107 }).outcome; //=> 'not-carried'
 * ```
 * @category Testing
 */
export function buildBallotResult(options: BuildBallotOptions = {}): BallotResult {
  return readable('buildBallotResult', () => {
    const { ballot, votes } = buildBallot(options);
    return tallyBallot(ballot, votes);
  });
}
