// Well-formed arguments for every entry point of co-commissioning/testing, built with the kit's
// own builders, as its users would call it.
import { CommitteeSchema, checkCommittee, explainTransition, OfferSchema } from 'co-commissioning';
import {
  buildBallot,
  buildCommittee,
  buildDelegationProposal,
  buildEvent,
  buildOffer,
  committeeArbitrary,
  offerArbitrary,
} from 'co-commissioning/testing';
import scenario from '../../testing/scenarios/refused-without-lmc.json' with { type: 'json' };
import type { Args } from './samples.js';

const asOf = '2017-06-01';
const gpChaired = buildCommittee({ chair: 'ccg-gp' });
const compliant = buildCommittee();
const { state: withoutLmc } = buildDelegationProposal({
  skip: ['CONSULT_LMC'],
  stopBefore: 'SUBMIT_APPLICATION',
});
const submit = buildEvent('SUBMIT_APPLICATION', { on: '2015-11-01' });
const { state: ready, goLive } = buildDelegationProposal({ stopBefore: 'GO_LIVE' }) as {
  state: unknown;
  goLive: string;
};
const carried = buildBallot();
const tied = buildBallot({ yes: 1, no: 1, rules: { tie: 're-ballot' } });

/** Samples for the kit, by export name (matchers as `coCommissioningMatchers.<name>`). */
export const KIT_SAMPLES: Readonly<Record<string, readonly Args[]>> = {
  // builders
  buildAgendaItem: [[], [{ id: 'item-9', decisionKind: 'procurement' }]],
  buildBallot: [[], [{ eligible: 20, yes: 12, no: 5, abstain: 1 }]],
  buildBallotResult: [[], [{ eligible: 9, yes: 3, no: 3, rules: { tie: 're-ballot' } }]],
  buildCcg: [[], [{ practices: 5, status: 'C' }]],
  buildCommissioningState: [[], [{ status: 'C', since: '2016-04-01' }]],
  buildCommittee: [[], [{ chair: 'ccg-gp' }], [{ kind: 'joint-committee' }]],
  buildCommitteeMember: [[], [{ role: 'nurse', voting: false }]],
  buildDeclaration: [[], [{ type: 'indirect' }]],
  buildDelegationProposal: [[], [{ stopBefore: 'SUBMIT_APPLICATION', skip: ['CONSULT_LMC'] }]],
  buildEvent: [['GO_LIVE'], ['PROPOSE', { on: '2016-06-01', target: 'C', goLive: '2017-04-01' }]],
  buildLmc: [[], [{ name: 'Somerset LMC' }]],
  buildMeeting: [[], [{ committee: gpChaired }]],
  buildMemberPractice: [[], [{ contract: 'APMS' }]],
  buildNhsEnglandRegion: [[], [{ localTeam: 'South London' }]],
  buildOffer: [[], [{ kind: 'hospitality', valuePence: 2500 }]],
  buildPerson: [[], [{ role: 'lay' }]],
  buildProcurementDecision: [[], [{ title: 'Extended hours pilot' }]],
  buildRegister: [[], [{ reviewedOn: [] }]],
  buildVote: [[], [{ choice: 'no' }]],
  // assertions (a failed one throws PolicyAssertionError)
  assertAllowed: [[[ready, { type: 'GO_LIVE', on: goLive }]], [[withoutLmc, submit]]],
  assertBallotOutcome: [
    [tied, 'tied'],
    [carried, 'inquorate'],
  ],
  assertBreaches: [
    [gpChaired, 'COI-PCCC-LAY-CHAIR', { asOf, subjectId: 'p-okafor' }],
    [compliant, 'COI-PCCC-LAY-CHAIR', { asOf }],
  ],
  assertCarried: [[carried], [tied]],
  assertCompliant: [
    [compliant, { asOf }],
    [gpChaired, { asOf }],
  ],
  assertFlags: [
    [gpChaired, 'COI-PCCC-LAY-MAJORITY', { asOf, severity: 'advice' }],
    [checkCommittee(gpChaired, { asOf }).findings, 'COI-PCCC-CCG-GP-NO-VOTE', 'advice'],
  ],
  assertRefusedBy: [
    [[withoutLmc, submit], 'GUARD-LMC-CONSULTED'],
    [explainTransition(withoutLmc, submit), ['GUARD-LMC-CONSULTED'], { only: true }],
  ],
  assertRequiresAction: [
    [buildOffer(), 'accept', { asOf: '2017-07-03' }],
    [buildOffer({ kind: 'cash-or-voucher' }), 'accept', { asOf: '2017-07-03' }],
  ],
  // matchers, called as a runner calls them: received value first
  'coCommissioningMatchers.toBeCompliant': [[compliant, { asOf }]],
  'coCommissioningMatchers.toBreach': [[gpChaired, 'COI-PCCC-LAY-CHAIR', { asOf }]],
  'coCommissioningMatchers.toFlag': [[gpChaired, 'COI-PCCC-LAY-MAJORITY', { asOf }]],
  'coCommissioningMatchers.toBeRefusedBy': [[[withoutLmc, submit], 'GUARD-LMC-CONSULTED']],
  'coCommissioningMatchers.toBeAllowed': [[[ready, { type: 'GO_LIVE', on: goLive }]]],
  'coCommissioningMatchers.toCarry': [[carried]],
  'coCommissioningMatchers.toHaveBallotOutcome': [[tied, 'tied']],
  'coCommissioningMatchers.toRequireAction': [[buildOffer(), 'accept', { asOf: '2017-07-03' }]],
  // scenarios, coverage and errors
  runScenario: [[scenario]],
  safeRunScenario: [[scenario]],
  scenarioJsonSchema: [[]],
  createRuleCoverage: [[]],
  PolicyAssertionError: [
    [
      {
        code: 'not_compliant',
        message: 'The committee breaches a rule.',
        expected: [],
        actual: [1],
      },
    ],
  ],
  isPolicyAssertionError: [[{ name: 'PolicyAssertionError', code: 'not_compliant', message: 'x' }]],
  // arbitraries
  agendaItemArbitrary: [[], [{ validity: 'near-valid' }]],
  applicationWaveArbitrary: [[], [{ validity: 'invalid' }]],
  ballotArbitrary: [[], [{ maxMembers: 5, validity: 'near-valid' }]],
  ballotCaseArbitrary: [[], [{ maxMembers: 5 }]],
  ballotResultArbitrary: [[], [{ validity: 'invalid' }]],
  ballotRulesArbitrary: [[], [{ validity: 'near-valid' }]],
  ccgArbitrary: [[], [{ maxPractices: 5 }]],
  citationArbitrary: [[], [{ validity: 'invalid' }]],
  commissioningEventArbitrary: [[], [{ validity: 'near-valid' }]],
  commissioningStateArbitrary: [[]],
  committeeArbitrary: [[], [{ kind: 'pccc', compliant: true, maxMembers: 8 }]],
  committeeMemberArbitrary: [[], [{ validity: 'invalid' }]],
  declarationArbitrary: [[], [{ validity: 'near-valid' }]],
  invalidArbitrary: [[offerArbitrary(), OfferSchema]],
  lmcArbitrary: [[], [{ validity: 'invalid' }]],
  meetingArbitrary: [[], [{ validity: 'near-valid' }]],
  memberPracticeArbitrary: [[], [{ validity: 'near-valid' }]],
  nearValidArbitrary: [[committeeArbitrary(), CommitteeSchema]],
  nhsEnglandRegionArbitrary: [[], [{ validity: 'near-valid' }]],
  offerArbitrary: [[], [{ validity: 'near-valid' }]],
  personArbitrary: [[], [{ validity: 'invalid' }]],
  procurementDecisionArbitrary: [[], [{ validity: 'near-valid' }]],
  registerArbitrary: [[], [{ validity: 'near-valid' }]],
  voteArbitrary: [[], [{ validity: 'invalid' }]],
};
