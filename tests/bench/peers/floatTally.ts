// A plain floating-point counting loop: what a developer writes without exact arithmetic,
// validation, repeat-vote rules or explanations. Weights are list sizes divided by the patients
// per vote, unrounded, in doubles.
import type { Ballot, Vote } from 'co-commissioning';

export interface FloatTally {
  readonly carried: boolean;
  readonly yes: number;
  readonly no: number;
  readonly abstain: number;
  readonly spoilt: number;
  readonly turnout: number;
  readonly yesShare: number;
}

export function floatTally(ballot: Ballot, votes: readonly Vote[]): FloatTally {
  const weighting = ballot.rules.weighting;
  const per = weighting.kind === 'list-size' ? weighting.patientsPerVote : 1;
  const weights = new Map<string, number>();
  let eligible = 0;
  for (const elector of ballot.electorate) {
    const weight = weighting.kind === 'list-size' ? (elector.listSize ?? 0) / per : 1;
    weights.set(elector.memberId, weight);
    eligible += weight;
  }
  let yes = 0;
  let no = 0;
  let abstain = 0;
  let spoilt = 0;
  const { opens, closes } = ballot;
  for (const vote of votes) {
    const weight = weights.get(vote.memberId);
    if (weight === undefined || vote.castOn < opens || vote.castOn > closes) continue;
    if (vote.choice === 'yes') yes += weight;
    else if (vote.choice === 'no') no += weight;
    else if (vote.choice === 'abstain') abstain += weight;
    else spoilt += weight;
  }
  const yesShare = yes + no === 0 ? 0 : yes / (yes + no);
  return {
    carried: yesShare > 0.5,
    yes,
    no,
    abstain,
    spoilt,
    turnout: (yes + no + abstain + spoilt) / eligible,
    yesShare,
  };
}
