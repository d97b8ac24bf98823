export { type Ballot, BallotSchema, type Elector, ElectorSchema } from './Ballot.js';
export {
  BALLOT_OUTCOMES,
  type BallotCounts,
  type BallotOutcome,
  type BallotResult,
  BallotResultSchema,
  REJECTED_VOTE_CODES,
  type RejectedVote,
  type RejectedVoteCode,
} from './BallotResult.js';
export {
  type BallotQuorum,
  BallotQuorumSchema,
  type BallotRules,
  BallotRulesSchema,
  type BallotThreshold,
  BallotThresholdSchema,
  type BallotWeighting,
  BallotWeightingSchema,
  type ChangedVotesRule,
  ChangedVotesRuleSchema,
  type Share,
  ShareSchema,
  type TiePolicy,
  TiePolicySchema,
} from './BallotRules.js';
export { formatBallotResult } from './formatBallotResult.js';
export { BALLOT_ISSUE_CODES, type BallotIssue } from './issues.js';
export { safeTallyBallot, tallyBallot } from './tallyBallot.js';
export {
  type ConcurrentBallot,
  type ConcurrentBallotResult,
  safeTallyConcurrentBallots,
  tallyConcurrentBallots,
} from './tallyConcurrentBallots.js';
export { VOTE_CHOICES, type Vote, type VoteChoice, VoteChoiceSchema, VoteSchema } from './Vote.js';
export {
  type BallotMargin,
  type QuorumMargin,
  safeVotesToFlip,
  type VotesToFlip,
  votesToFlip,
} from './votesToFlip.js';
