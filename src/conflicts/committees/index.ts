export { COMMITTEE_RULES, type CommitteeRule } from '../rules/committeeRules.js';
export {
  type Committee,
  type CommitteeKind,
  CommitteeKindSchema,
  type CommitteeMember,
  CommitteeMemberSchema,
  CommitteeSchema,
} from './Committee.js';
export {
  type CheckCommitteeOptions,
  type CommitteeCheck,
  type CommitteeRuleContext,
  checkCommittee,
  checkParsedCommittee,
  type LocalCommitteeRule,
  type RuleApplication,
  safeCheckCommittee,
} from './checkCommittee.js';
export {
  type EvaluateQuorumOptions,
  evaluateQuorum,
  type QuorumClauseOutcome,
  type QuorumEvaluation,
  safeEvaluateQuorum,
} from './evaluateQuorum.js';
export { parseCommittee, safeParseCommittee } from './parseCommittee.js';
export {
  type MemberMatcher,
  MemberMatcherSchema,
  type Quorum,
  type QuorumRule,
  QuorumRuleSchema,
  QuorumSchema,
} from './Quorum.js';
