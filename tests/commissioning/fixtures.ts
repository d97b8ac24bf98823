// Shared fixtures for the commissioning tests: real figures from the seeds.
import {
  type Ballot,
  type BallotResult,
  type CommissioningEvent,
  type CommissioningState,
  type Committee,
  createCommissioningState,
  type TransitionOptions,
  tallyBallot,
  transition,
} from 'co-commissioning';
import { expect } from 'vitest';

const rules: Ballot['rules'] = {
  weighting: { kind: 'per-member' },
  threshold: { ratio: { numerator: 1, denominator: 2 }, comparator: '>', base: 'yes-no' },
  tie: 'not-carried',
};

/** A per-member ballot of `eligible` practices with the given yes and no votes. */
export function ballotResult(
  id: string,
  opens: string,
  closes: string,
  eligible: number,
  yes: number,
  no: number,
  quorum?: Ballot['rules']['quorum'],
): BallotResult {
  const electorate = Array.from({ length: eligible }, (_, index) => ({
    memberId: `P${index + 1}`,
  }));
  const votes = [
    ...Array.from({ length: yes }, (_, index) => ({
      memberId: `P${index + 1}`,
      choice: 'yes' as const,
      castOn: closes,
    })),
    ...Array.from({ length: no }, (_, index) => ({
      memberId: `P${yes + index + 1}`,
      choice: 'no' as const,
      castOn: closes,
    })),
  ];
  return tallyBallot(
    {
      id,
      question: 'Apply for delegated commissioning?',
      opens,
      closes,
      electorate,
      rules: quorum ? { ...rules, quorum } : rules,
    },
    votes,
  );
}

/** Seed 002 §4.3: 52 yes, 31 no, 83 of 107 practices voted (September 2015). */
export const cambridgeshireBallot = ballotResult(
  'cpccg-2015',
  '2015-09-01',
  '2015-09-30',
  107,
  52,
  31,
);

const person = (
  personId: string,
  name: string,
  role: Committee['members'][number]['role'],
  voting: boolean,
) => ({
  personId,
  name,
  role,
  voting,
});

/** A PCCC shaped like the BMA's model (seed 004, Model C governance). */
export const compliantPccc: Committee = {
  id: 'pccc',
  name: 'Primary Care Commissioning Committee',
  kind: 'pccc',
  chairId: 'lay-chair',
  members: [
    person('lay-chair', 'Lay Chair', 'lay', true),
    person('lay-2', 'Lay Member (Audit)', 'lay', true),
    person('lay-3', 'Lay Member (PPI)', 'lay', true),
    person('ao', 'Accountable Officer', 'executive', true),
    person('cfo', 'Chief Finance Officer', 'executive', true),
    person('gp-other', 'GP from another CCG', 'other-area-gp', true),
    person('nurse', 'Governing Body Nurse', 'nurse', true),
    person('hw', 'Healthwatch', 'healthwatch', false),
    person('hwb', 'Health and Wellbeing Board', 'health-and-wellbeing-board', false),
    person('lmc', 'LMC', 'lmc', false),
    person('gp-own', 'CCG GP', 'ccg-gp', false),
  ],
};

/** The same PCCC chaired by one of the CCG's own GPs: breaches the lay-chair rule. */
export const gpChairedPccc: Committee = {
  ...compliantPccc,
  id: 'pccc-gp-chair',
  chairId: 'gp-chair',
  members: [...compliantPccc.members, person('gp-chair', 'Dr A Patel', 'ccg-gp', true)],
};

/** A joint committee of the CCG and the NHS England regional team (seed 004, Model B governance). */
export const jointCommittee: Committee = {
  id: 'jc',
  name: 'Primary Care Joint Committee',
  kind: 'joint-committee',
  chairId: 'lay-chair',
  members: [
    person('lay-chair', 'Lay Chair', 'lay', true),
    person('lay-2', 'Lay Member', 'lay', true),
    person('exec', 'Director of Commissioning', 'executive', true),
    person('nhse-1', 'NHS England Head of Primary Care', 'nhs-england', true),
    person('nhse-2', 'NHS England Director of Commissioning', 'nhs-england', true),
    person('hw', 'Healthwatch', 'healthwatch', false),
    person('hwb', 'Health and Wellbeing Board', 'health-and-wellbeing-board', false),
  ],
};

/** Seed 002: Cambridgeshire & Peterborough, joint since April 2015, applied 6 Nov 2015 for 1 Apr 2016. */
export const cambridgeshireStart = createCommissioningState({
  ccgId: '06H',
  status: 'B',
  since: '2015-04-01',
});

export const cambridgeshireEvents = [
  { type: 'PROPOSE', on: '2015-07-01', target: 'C', goLive: '2016-04-01' },
  { type: 'CONSULT_LMC', on: '2015-07-31' }, // LMC survey of GPs and practice managers, July 2015 (§3.5, §4.1)
  { type: 'RECORD_BALLOT', on: '2015-10-01', result: cambridgeshireBallot }, // September 2015 ballot (§4.2–§4.3)
  { type: 'GOVERNING_BODY_DECISION', on: '2015-10-06', approved: true }, // the Governing Body's decision to apply (§3.6)
  {
    type: 'SUBMIT_APPLICATION',
    on: '2015-11-06',
    signedBy: ['accountable-officer', 'audit-committee-chair'],
  }, // §3.7
  { type: 'NHSE_DECISION', on: '2016-02-01', approved: true }, // "a decision on the application by early 2016" (§3.7)
  { type: 'COMPLETE_DUE_DILIGENCE', on: '2016-03-01' }, // §3.8–§3.9
  { type: 'GOVERNING_BODY_DECISION', on: '2016-03-02', approved: true }, // final sign-off in early 2016 (§3.9)
  { type: 'AMEND_CONSTITUTION', on: '2016-03-10', approvedByMembers: true }, // §3.5
  { type: 'ESTABLISH_COMMITTEE', on: '2016-03-15', committee: compliantPccc },
  { type: 'SIGN_AGREEMENT', on: '2016-03-20' },
  { type: 'GO_LIVE', on: '2016-04-01' }, // §3.7: delegated commissioning from 1 April 2016
] as const satisfies readonly CommissioningEvent[];

/** Seed 000: Bedfordshire, joint since 2016, the 2017–18 plan for delegation from April 2018. */
export const bedfordshireStart = createCommissioningState({
  ccgId: '06F',
  status: 'B',
  since: '2016-04-01',
});

export const bedfordshireBallot = ballotResult(
  'bedfordshire-2017',
  '2017-09-18',
  '2017-10-09',
  50,
  30,
  12,
);

export const bedfordshireEvents = [
  { type: 'PROPOSE', on: '2017-06-01', target: 'C', goLive: '2018-04-01' }, // discussion via Locality Boards, June 17
  { type: 'CONSULT_LMC', on: '2017-09-01' }, // the LMC administers the membership vote
  { type: 'RECORD_BALLOT', on: '2017-10-10', result: bedfordshireBallot }, // vote closes 9 Oct 17
  { type: 'GOVERNING_BODY_DECISION', on: '2017-10-12', approved: true }, // Governing Body 12 Oct 17
  { type: 'GOVERNING_BODY_DECISION', on: '2017-11-02', approved: true }, // sign-off of the application 2 Nov 17
  {
    type: 'SUBMIT_APPLICATION',
    on: '2017-12-04',
    signedBy: ['accountable-officer', 'audit-committee-chair'],
  }, // w/c 4 Dec 17
  { type: 'NHSE_DECISION', on: '2018-01-15', approved: true }, // outcome Jan 18
  { type: 'AMEND_CONSTITUTION', on: '2018-02-15', approvedByMembers: true }, // Feb 18, after NHS England's decision
  { type: 'SIGN_AGREEMENT', on: '2018-02-20' }, // Feb 18
  { type: 'COMPLETE_DUE_DILIGENCE', on: '2018-03-15' }, // transition and due diligence Jan–Mar 18
  { type: 'ESTABLISH_COMMITTEE', on: '2018-03-20', committee: compliantPccc }, // first meeting April 18
  { type: 'GO_LIVE', on: '2018-04-01' },
] as const satisfies readonly CommissioningEvent[];

/** Applies events in order, failing the test on the first refusal. */
export function run(
  start: CommissioningState,
  events: readonly CommissioningEvent[],
  options?: TransitionOptions,
): CommissioningState {
  let state = start;
  for (const event of events) {
    const result = transition(state, event, options);
    if (!result.ok)
      expect.fail(
        `${event.type} on ${event.on} was refused: ${result.issues.map((issue) => issue.message).join(' ')}`,
      );
    state = result.state;
  }
  return state;
}

/** The guard IDs that refused an event. */
export function refusedBy(
  state: CommissioningState,
  event: unknown,
  options?: TransitionOptions,
): string[] {
  const result = transition(state, event, options);
  expect(result.ok).toBe(false);
  if (result.ok) return [];
  expect(result.state).toBe(state);
  return result.issues.map((issue) => (issue.code === 'guard_failed' ? issue.guardId : issue.code));
}
