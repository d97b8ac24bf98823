/**
 * co-commissioning/testing: a kit for testing policies written with co-commissioning, and for
 * the library's own tests.
 *
 * - Matchers for vitest and jest (`expect.extend(coCommissioningMatchers)`), and the same
 *   checks as plain assertions for `node:test` (`assertCompliant`, `assertBreaches`,
 *   `assertRefusedBy`, `assertCarried`, ...), which throw a `PolicyAssertionError`.
 * - Builders with valid, documented defaults for every entity (`buildCommittee`, `buildCcg`,
 *   `buildBallot`, `buildDelegationProposal`, ...).
 * - Scenarios: policy cases as JSON, run by `runScenario` (schema: `ScenarioSchema`,
 *   `scenarioJsonSchema()`).
 * - Rule-outcome coverage: `createRuleCoverage()`.
 * - fast-check arbitraries for every entity and event, valid, near-valid or invalid
 *   (`committeeArbitrary`, `ballotCaseArbitrary`, ...), and `deepFreeze` / `isDeepFrozen`.
 *
 * The arbitraries need the optional peer dependency fast-check, and this entry point imports
 * it: install fast-check wherever you import `co-commissioning/testing`. Nothing else here uses
 * it: the matchers, assertions, builders, scenarios and coverage are plain functions of the
 * library.
 *
 * @module co-commissioning/testing
 */

export {
  type BallotArbitraryOptions,
  ballotArbitrary,
  ballotCaseArbitrary,
  ballotResultArbitrary,
  ballotRulesArbitrary,
  voteArbitrary,
} from './arbitraries/ballots.js';
export {
  applicationWaveArbitrary,
  type CommissioningEventArbitraryOptions,
  commissioningEventArbitrary,
  commissioningStateArbitrary,
} from './arbitraries/commissioning.js';
export {
  type CommitteeArbitraryOptions,
  committeeArbitrary,
  committeeMemberArbitrary,
} from './arbitraries/committees.js';
export { offerArbitrary } from './arbitraries/gifts.js';
export { agendaItemArbitrary, meetingArbitrary } from './arbitraries/meetings.js';
export {
  type CcgArbitraryOptions,
  ccgArbitrary,
  citationArbitrary,
  lmcArbitrary,
  memberPracticeArbitrary,
  nhsEnglandRegionArbitrary,
  personArbitrary,
} from './arbitraries/organisations.js';
export { procurementDecisionArbitrary } from './arbitraries/procurement.js';
export { declarationArbitrary, registerArbitrary } from './arbitraries/registers.js';
export {
  type Generated,
  invalidArbitrary,
  nearValidArbitrary,
  type Validity,
  type ValidityOptions,
} from './arbitraries/validity.js';
export {
  type IsoDateArbitraryOptions,
  isoDateArbitrary,
  penceArbitrary,
  type RatioArbitraryOptions,
  ratioArbitrary,
} from './arbitraries.js';
export { assertAllowed } from './assertions/assertAllowed.js';
export { assertBallotOutcome } from './assertions/assertBallotOutcome.js';
export { assertBreaches } from './assertions/assertBreaches.js';
export { assertCarried } from './assertions/assertCarried.js';
export { assertCompliant } from './assertions/assertCompliant.js';
export { assertFlags } from './assertions/assertFlags.js';
export { assertRefusedBy } from './assertions/assertRefusedBy.js';
export { assertRequiresAction } from './assertions/assertRequiresAction.js';
export { buildAgendaItem } from './builders/buildAgendaItem.js';
export { type BallotCase, type BuildBallotOptions, buildBallot } from './builders/buildBallot.js';
export { buildBallotResult } from './builders/buildBallotResult.js';
export { type BuildCcgOptions, buildCcg } from './builders/buildCcg.js';
export { buildCommissioningState } from './builders/buildCommissioningState.js';
export { type BuildCommitteeOptions, buildCommittee } from './builders/buildCommittee.js';
export { buildCommitteeMember } from './builders/buildCommitteeMember.js';
export { buildDeclaration } from './builders/buildDeclaration.js';
export {
  type BuildDelegationProposalOptions,
  buildDelegationProposal,
  DELEGATION_STEPS,
  type DelegationProposal,
  type DelegationStep,
} from './builders/buildDelegationProposal.js';
export { buildEvent, type EventOf, type EventOverrides } from './builders/buildEvent.js';
export { buildLmc } from './builders/buildLmc.js';
export { type BuildMeetingOptions, buildMeeting } from './builders/buildMeeting.js';
export { buildMemberPractice } from './builders/buildMemberPractice.js';
export { buildNhsEnglandRegion } from './builders/buildNhsEnglandRegion.js';
export { buildOffer } from './builders/buildOffer.js';
export { buildPerson } from './builders/buildPerson.js';
export { buildProcurementDecision } from './builders/buildProcurementDecision.js';
export { buildRegister } from './builders/buildRegister.js';
export { buildVote } from './builders/buildVote.js';
export { deepFreeze, isDeepFrozen } from './deepFreeze.js';
export {
  type CoCommissioningMatcherFunctions,
  type CoCommissioningMatchers,
  coCommissioningMatchers,
  type MatcherContext,
  type MatcherResult,
} from './matchers/coCommissioningMatchers.js';
export type {
  CheckMatcherOptions,
  CheckOptions,
  FindingMatcherOptions,
  FlagMatcherOptions,
  GiftMatcherOptions,
  RefusalMatcherOptions,
  TransitionMatcherOptions,
} from './matchers/options.js';
export {
  isPolicyAssertionError,
  POLICY_ASSERTION_CODES,
  type PolicyAssertionCode,
  type PolicyAssertionDetails,
  PolicyAssertionError,
} from './PolicyAssertionError.js';
export {
  createRuleCoverage,
  type GuardCoverageEntry,
  type RuleCoverage,
  type RuleCoverageEntry,
  type RuleCoverageReport,
} from './ruleCoverage/createRuleCoverage.js';
export {
  runScenario,
  type ScenarioCheckReport,
  type ScenarioReport,
  type ScenarioStepReport,
  type StepExpectation,
  type StepOutcome,
  safeRunScenario,
} from './scenarios/runScenario.js';
export {
  type Scenario,
  type ScenarioBallot,
  ScenarioBallotSchema,
  ScenarioSchema,
  type ScenarioStep,
  ScenarioStepSchema,
} from './scenarios/ScenarioSchema.js';
export { type ScenarioJsonSchema, scenarioJsonSchema } from './scenarios/scenarioJsonSchema.js';
