// Worked examples of the commissioning state machine: the Cambridgeshire & Peterborough move from
// joint to delegated commissioning (seed 002) and the Bedfordshire 2017–18 plan (seed 000),
// printed as timelines with every guard's verdict.
import {
  type Ballot,
  type CommissioningEvent,
  type CommissioningState,
  createCommissioningState,
  formatCitation,
  formatPercent,
  type TransitionOptions,
  tallyBallot,
  transition,
} from '../../src/index.js';
import { modelPccc } from './committee.js';

const simpleMajority: Ballot['rules'] = {
  weighting: { kind: 'per-member' },
  threshold: { ratio: { numerator: 1, denominator: 2 }, comparator: '>', base: 'yes-no' },
  tie: 'not-carried',
};

function memberBallot(
  id: string,
  opens: string,
  closes: string,
  eligible: number,
  yes: number,
  no: number,
) {
  const electorate = Array.from({ length: eligible }, (_, index) => ({
    memberId: `practice-${index + 1}`,
  }));
  const votes = [
    ...electorate
      .slice(0, yes)
      .map(({ memberId }) => ({ memberId, choice: 'yes' as const, castOn: closes })),
    ...electorate
      .slice(yes, yes + no)
      .map(({ memberId }) => ({ memberId, choice: 'no' as const, castOn: closes })),
  ];
  return tallyBallot(
    {
      id,
      question: 'Should the CCG apply for delegated commissioning?',
      opens,
      closes,
      electorate,
      rules: simpleMajority,
    },
    votes,
  );
}

const pccc = modelPccc;

const signedBy = ['accountable-officer', 'audit-committee-chair'] as const;

/** Seed 002: joint since April 2015; applied on 6 November 2015 for 1 April 2016. */
const cambridgeshire: readonly CommissioningEvent[] = [
  { type: 'PROPOSE', on: '2015-07-01', target: 'C', goLive: '2016-04-01' },
  { type: 'CONSULT_LMC', on: '2015-07-31' },
  {
    type: 'RECORD_BALLOT',
    on: '2015-10-01',
    result: memberBallot('cpccg-2015', '2015-09-01', '2015-09-30', 107, 52, 31),
  },
  { type: 'GOVERNING_BODY_DECISION', on: '2015-10-06', approved: true },
  { type: 'SUBMIT_APPLICATION', on: '2015-11-06', signedBy: [...signedBy] },
  { type: 'NHSE_DECISION', on: '2016-02-01', approved: true },
  { type: 'COMPLETE_DUE_DILIGENCE', on: '2016-03-01' },
  { type: 'GOVERNING_BODY_DECISION', on: '2016-03-02', approved: true },
  { type: 'AMEND_CONSTITUTION', on: '2016-03-10', approvedByMembers: true },
  { type: 'ESTABLISH_COMMITTEE', on: '2016-03-15', committee: pccc },
  { type: 'SIGN_AGREEMENT', on: '2016-03-20' },
  { type: 'GO_LIVE', on: '2016-04-01' },
];

/** Seed 000: joint since 2016; the plan for delegation from April 2018. */
const bedfordshire: readonly CommissioningEvent[] = [
  { type: 'PROPOSE', on: '2017-06-01', target: 'C', goLive: '2018-04-01' },
  { type: 'CONSULT_LMC', on: '2017-09-01' },
  {
    type: 'RECORD_BALLOT',
    on: '2017-10-10',
    result: memberBallot('bccg-2017', '2017-09-18', '2017-10-09', 50, 30, 12),
  },
  { type: 'GOVERNING_BODY_DECISION', on: '2017-10-12', approved: true },
  { type: 'GOVERNING_BODY_DECISION', on: '2017-11-02', approved: true },
  { type: 'SUBMIT_APPLICATION', on: '2017-12-04', signedBy: [...signedBy] },
  { type: 'NHSE_DECISION', on: '2018-01-15', approved: true },
  { type: 'AMEND_CONSTITUTION', on: '2018-02-15', approvedByMembers: true },
  { type: 'SIGN_AGREEMENT', on: '2018-02-20' },
  { type: 'COMPLETE_DUE_DILIGENCE', on: '2018-03-15' },
  { type: 'ESTABLISH_COMMITTEE', on: '2018-03-20', committee: pccc },
  { type: 'GO_LIVE', on: '2018-04-01' },
];

/** Checks of order and bookkeeping, folded into a count when they pass. */
const STRUCTURAL = new Set([
  'GUARD-DATES-IN-ORDER',
  'GUARD-PROPOSAL-OPEN',
  'GUARD-STEP-WITHIN-PROPOSAL',
  'GUARD-STEP-APPLIES',
  'GUARD-ONE-PROPOSAL',
  'GUARD-TARGET-DIFFERS',
  'GUARD-LEAVE-DELEGATION-BY-NOTICE',
  'GUARD-GO-LIVE-AFTER-PROPOSAL',
]);

const MARK = { pass: 'pass', fail: 'FAIL', 'not-applicable': 'n/a ', unknown: '??  ' } as const;

function timeline(
  title: string,
  start: CommissioningState,
  events: readonly CommissioningEvent[],
  options?: TransitionOptions,
): { text: string; state: CommissioningState } {
  const lines = [
    title,
    '-'.repeat(title.length),
    `Start: Model ${start.status} since ${start.since}.`,
    '',
  ];
  let state = start;
  for (const event of events) {
    const result = transition(state, event, options);
    lines.push(`${event.on}  ${event.type}${result.ok ? '' : '  (refused)'}`);
    if (event.type === 'RECORD_BALLOT') {
      lines.push(
        `            ${event.result.counts.yes} yes, ${event.result.counts.no} no of ${event.result.counts.eligible}: ` +
          `${formatPercent(event.result.yesShare, 1)} yes, turnout ${formatPercent(event.result.turnout, 1)}, ${event.result.outcome}`,
      );
    }
    const guards = result.ok ? result.record.guards : [];
    let folded = 0;
    for (const guard of guards) {
      if (STRUCTURAL.has(guard.id) && guard.verdict === 'pass') folded += 1;
      else lines.push(`            ${MARK[guard.verdict]}  ${guard.id}: ${guard.message}`);
    }
    if (folded > 0)
      lines.push(`            (and ${folded} checks of order and bookkeeping passed)`);
    if (!result.ok)
      for (const issue of result.issues) lines.push(`            FAIL  ${issue.message}`);
    if (result.ok) state = result.state;
  }
  lines.push(
    '',
    `Result: Model ${state.status} since ${state.since}; ${state.history.length} transitions recorded.`,
  );
  return { text: lines.join('\n'), state };
}

/** The Cambridgeshire & Peterborough timeline (seed 002), as text. */
export function cambridgeshireTimeline(): string {
  const start = createCommissioningState({ ccgId: '06H', status: 'B', since: '2015-04-01' });
  return timeline(
    'Cambridgeshire & Peterborough CCG: joint to delegated, 2015–16 (seed 002)',
    start,
    cambridgeshire,
  ).text;
}

/** The Bedfordshire timeline (seed 000), as text. */
export function bedfordshireTimeline(): string {
  const start = createCommissioningState({ ccgId: '06F', status: 'B', since: '2016-04-01' });
  return timeline(
    'Bedfordshire CCG: the 2017–18 plan for delegation (seed 000)',
    start,
    bedfordshire,
  ).text;
}

/** What a refused step looks like: applying before the LMC is consulted (seed 004, key point 4). */
export function refusalExample(): string {
  const start = createCommissioningState({ ccgId: '06H', status: 'B', since: '2015-04-01' });
  const withoutLmc = cambridgeshire.slice(0, 4).filter((event) => event.type !== 'CONSULT_LMC');
  const { state } = timeline('', start, withoutLmc);
  const refused = transition(state, cambridgeshire[4]);
  const lines = [
    'A refused step: applying before the LMC is consulted',
    '----------------------------------------------------',
  ];
  if (!refused.ok) {
    for (const issue of refused.issues) {
      if (issue.code !== 'guard_failed') continue;
      lines.push(
        `Refused by ${issue.guardId}: ${issue.message}`,
        `What to do next: ${issue.remedy}`,
      );
      lines.push(`Sources: ${issue.sources.map(formatCitation).join('; ')}`);
    }
  }
  return lines.join('\n');
}
