import type { BallotWeighting } from '../BallotRules.js';

/**
 * A member's weight under a weighting, in whole votes, by integer arithmetic only. For
 * `list-size`, `listSize` must be given (the schema checks it). `nearest` rounds an exact half
 * up.
 */
export function memberWeight(weighting: BallotWeighting, listSize: number | undefined): number {
  if (weighting.kind === 'per-member') return 1;
  const size = listSize ?? 0;
  const per = weighting.patientsPerVote;
  const remainder = size % per;
  const whole = (size - remainder) / per;
  let votes = whole;
  if (weighting.rounding === 'ceil' && remainder > 0) votes = whole + 1;
  if (weighting.rounding === 'nearest' && remainder * 2 >= per) votes = whole + 1;
  const minimum = weighting.minimumVotes ?? 0;
  return votes < minimum ? minimum : votes;
}
