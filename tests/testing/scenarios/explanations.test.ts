// A policy team reads runScenario's report, not code: each step's outcome, every difference
// between what the scenario expected and what happened (in order, with the values), and the
// summary a test log prints. This pins the whole report over realistic scenarios (the
// Cambridgeshire & Peterborough move to delegation of seed 002, its 52 yes, 31 no, 83 of 107
// ballot, the model PCCC and a GP-chaired one) that pass, and that fail each way a scenario can
// fail: a step accepted or refused against expectation, refused by other guards than named,
// ballot figures off, a proposal or committee unlike the one expected. It also pins the coded
// error, path and words for each way a scenario file can be malformed. A change to any words
// shows here for review (update with `npx vitest run tests/testing/scenarios/explanations.test.ts -u`).
import { type Committee, isCoCommissioningError } from 'co-commissioning';
import {
  buildCommittee,
  isDeepFrozen,
  runScenario,
  type Scenario,
  type ScenarioReport,
  type ScenarioStep,
  safeRunScenario,
} from 'co-commissioning/testing';
import { describe, expect, it } from 'vitest';

const pccc = buildCommittee();
const gpChaired = buildCommittee({ chair: 'ccg-gp' });
/** The model PCCC with its chair listed twice: a committee the library cannot evaluate. */
const listedTwice: Committee = { ...pccc, members: [...pccc.members, ...pccc.members.slice(0, 1)] };

/** Seed 002 §3.3–§3.9: Cambridgeshire & Peterborough's steps to delegation on 1 April 2016. */
const toDelegation: ScenarioStep[] = [
  { type: 'PROPOSE', on: '2015-07-01', target: 'C', goLive: '2016-04-01', note: '§3.3' },
  { type: 'CONSULT_LMC', on: '2015-07-31' },
  { type: 'RECORD_BALLOT', on: '2015-10-01', ballot: 'members' },
  { type: 'GOVERNING_BODY_DECISION', on: '2015-10-06', approved: true },
  {
    type: 'SUBMIT_APPLICATION',
    on: '2015-11-06',
    signedBy: ['accountable-officer', 'audit-committee-chair'],
  },
  { type: 'NHSE_DECISION', on: '2016-02-01', approved: true },
  { type: 'COMPLETE_DUE_DILIGENCE', on: '2016-03-01' },
  { type: 'AMEND_CONSTITUTION', on: '2016-03-10', approvedByMembers: true },
  { type: 'ESTABLISH_COMMITTEE', on: '2016-03-15', committee: 'pccc' },
  { type: 'SIGN_AGREEMENT', on: '2016-03-20' },
  { type: 'GO_LIVE', on: '2016-04-01', note: '§3.7' },
];

const given: Scenario['given'] = {
  ccgId: '06H',
  model: 'B',
  since: '2015-04-01',
  ballots: { members: { id: 'cpccg-2015', eligible: 107, yes: 52, no: 31 } },
  committees: { pccc, gpChaired },
};

const scenarios: Record<string, Scenario> = {
  'every step and check as expected': {
    name: 'Cambridgeshire & Peterborough moves to delegated commissioning',
    given,
    when: toDelegation,
    // biome-ignore lint/suspicious/noThenProperty: a scenario's then is data (given/when/then), never a function.
    then: {
      model: 'C',
      since: '2016-04-01',
      proposal: null,
      historyLength: 11,
      ballots: { members: { outcome: 'carried', yes: 52, no: 31, cast: 83 } },
      committees: {
        pccc: { asOf: '2016-03-15', compliant: true, breaches: [], findings: [] },
        // In another order than checkCommittee lists them: a set, not a list.
        gpChaired: {
          asOf: '2017-06-01',
          compliant: false,
          breaches: ['COI-PCCC-LAY-CHAIR'],
          findings: ['COI-PCCC-CCG-GP-NO-VOTE', 'COI-PCCC-LAY-MAJORITY', 'COI-PCCC-LAY-CHAIR'],
        },
      },
    },
  },
  'steps accepted or refused against expectation': {
    name: 'Going live too early, and withdrawing what cannot be withdrawn',
    given,
    when: [
      toDelegation[0] as ScenarioStep,
      { type: 'GO_LIVE', on: '2015-11-30', note: 'before anything is done' },
      { type: 'WITHDRAW_PROPOSAL', on: '2015-12-01', expect: 'refused' },
      { type: 'WITHDRAW_PROPOSAL', on: '2015-12-02', expect: 'accepted' },
    ],
    // biome-ignore lint/suspicious/noThenProperty: a scenario's then is data (given/when/then), never a function.
    then: { model: 'C', since: '2016-04-01', historyLength: 2, proposal: { kind: 'change' } },
  },
  'refused by other guards than named': {
    name: 'An application without LMC consultation, and an early go-live',
    given,
    when: [
      toDelegation[0] as ScenarioStep,
      toDelegation[2] as ScenarioStep,
      toDelegation[3] as ScenarioStep,
      {
        type: 'SUBMIT_APPLICATION',
        on: '2015-11-06',
        signedBy: ['accountable-officer', 'audit-committee-chair'],
        expect: { refusedBy: ['GUARD-MEMBER-MANDATE'] },
      },
      {
        type: 'GO_LIVE',
        on: '2015-11-30',
        expect: { refusedBy: ['GUARD-GO-LIVE-DATE'], only: true },
      },
      {
        type: 'GO_LIVE',
        on: '2015-11-30',
        expect: { refusedBy: ['GUARD-LMC-CONSULTED', 'GUARD-GO-LIVE-DATE'] },
        note: 'these two among others',
      },
      { type: 'GO_LIVE', on: '2015-12-01', expect: { refusedBy: ['GUARD-NOPE'] } },
      { type: 'CONSULT_LMC', on: '2015-12-02', expect: { refusedBy: ['GUARD-LMC-CONSULTED'] } },
    ],
  },
  'ballot figures off': {
    name: 'The ballot is counted, not assumed',
    given: {
      ...given,
      ballots: {
        members: { id: 'cpccg-2015', eligible: 107, yes: 52, no: 31 },
        // Staffordshire & Stoke, September 2019: 24 for, 107 against (DOMAIN Part 2 E7).
        staffordshire: { id: 'ssot-2019', eligible: 131, yes: 24, no: 107 },
      },
    },
    when: [],
    // biome-ignore lint/suspicious/noThenProperty: a scenario's then is data (given/when/then), never a function.
    then: {
      ballots: {
        members: { outcome: 'carried', yes: 53, no: 31, cast: 84 },
        staffordshire: { outcome: 'carried', no: 107 },
      },
    },
  },
  'committee checks unlike the ones expected': {
    name: 'The committees are checked, not assumed',
    given,
    when: [],
    // biome-ignore lint/suspicious/noThenProperty: a scenario's then is data (given/when/then), never a function.
    then: {
      committees: {
        pccc: { asOf: '2017-06-01', compliant: false, breaches: ['COI-PCCC-LAY-CHAIR'] },
        gpChaired: { asOf: '2017-06-01', findings: ['COI-PCCC-LAY-CHAIR'] },
      },
    },
  },
  'only the named figures of a check': {
    name: 'A check names only what it cares about',
    given,
    when: [],
    // biome-ignore lint/suspicious/noThenProperty: a scenario's then is data (given/when/then), never a function.
    then: {
      committees: {
        gpChaired: { asOf: '2017-06-01', breaches: ['COI-PCCC-LAY-CHAIR'] },
        pccc: { asOf: '2017-06-01', findings: [] },
      },
    },
  },
  'one failing step among passing ones': {
    name: 'Consulting the LMC is never refused once a change is proposed',
    given,
    when: [
      toDelegation[0] as ScenarioStep,
      { type: 'CONSULT_LMC', on: '2015-07-31', expect: 'refused' },
    ],
    // biome-ignore lint/suspicious/noThenProperty: a scenario's then is data (given/when/then), never a function.
    then: { model: 'B' },
  },
  'an event the library cannot evaluate': {
    name: 'A committee that lists its chair twice',
    given: { ...given, committees: { listedTwice } },
    when: [
      ...toDelegation.slice(0, 8),
      {
        type: 'ESTABLISH_COMMITTEE',
        on: '2016-03-15',
        committee: 'listedTwice',
        expect: 'refused',
      },
      { type: 'ESTABLISH_COMMITTEE', on: '2016-03-16', committee: pccc, note: 'given inline' },
    ],
    // biome-ignore lint/suspicious/noThenProperty: a scenario's then is data (given/when/then), never a function.
    then: { historyLength: 9 },
  },
};

/** The report as readable lines: each step and check with what was expected and what came. */
function render(report: ScenarioReport): string {
  return [
    report.summary,
    '',
    ...report.steps.map((step) =>
      [
        `step ${step.index + 1} ${step.passed ? 'pass' : 'FAIL'} ${step.type} on ${step.on}${step.note === null ? '' : ` (${step.note})`}`,
        `  expected ${JSON.stringify(step.expected)}`,
        `  actual ${JSON.stringify(step.actual)}`,
        `  ${step.message.split('\n').join('\n  ')}`,
      ].join('\n'),
    ),
    ...report.checks.map((check) =>
      [
        `check ${check.passed ? 'pass' : 'FAIL'} ${check.subject}`,
        `  expected ${JSON.stringify(check.expected)}`,
        `  actual ${JSON.stringify(check.actual)}`,
        `  ${check.message.split('\n').join('\n  ')}`,
      ].join('\n'),
    ),
  ].join('\n');
}

const reports = new Map<string, ScenarioReport>();
/** The scenario's report, run once, when a test first asks for it. */
function report(key: string): ScenarioReport {
  const known = reports.get(key);
  if (known !== undefined) return known;
  const ran = runScenario(scenarios[key]);
  reports.set(key, ran);
  return ran;
}

describe('runScenario’s report', () => {
  it.each(Object.keys(scenarios))('reads in full when %s', (key) => {
    const ran = report(key);
    expect(isDeepFrozen(ran)).toBe(true);
    expect(render(ran)).toMatchSnapshot();
  });

  it('passes only when every step and every check passes', () => {
    expect(
      Object.fromEntries(
        Object.keys(scenarios).map((key) => [
          key,
          [
            report(key).passed,
            report(key).steps.map((step) => step.passed),
            report(key).checks.map((check) => check.passed),
          ],
        ]),
      ),
    ).toEqual({
      'every step and check as expected': [
        true,
        Array(11).fill(true),
        [true, true, true, true, true, true, true],
      ],
      'steps accepted or refused against expectation': [
        false,
        [true, false, false, false],
        [false, false, true, false],
      ],
      'refused by other guards than named': [
        false,
        [true, true, true, false, false, true, false, false],
        [],
      ],
      'ballot figures off': [false, [], [false, false]],
      'committee checks unlike the ones expected': [false, [], [false, false]],
      'only the named figures of a check': [true, [], [true, true]],
      'one failing step among passing ones': [false, [true, false], [true]],
      'an event the library cannot evaluate': [true, Array(10).fill(true), [true]],
    });
  });

  it('names the summary’s verdict and counts, and each check’s line', () => {
    expect(report('one failing step among passing ones').summary).toBe(
      [
        'Scenario: Consulting the LMC is never refused once a change is proposed: FAILED (2 steps, 1 check)',
        'pass 1. PROPOSE on 2015-07-01',
        'FAIL 2. CONSULT_LMC on 2015-07-31',
        '    Expected CONSULT_LMC on 2015-07-31 to be refused, but it was accepted.',
        '    Guards:',
        '    - pass GUARD-DATES-IN-ORDER: 2015-07-31 is on or after the last recorded date, 2015-07-01.',
        '    - pass GUARD-PROPOSAL-OPEN: A change to Model C (delegated commissioning) is in progress (go-live 2016-04-01).',
        '    - pass GUARD-STEP-WITHIN-PROPOSAL: 2015-07-31 falls between the proposal (2015-07-01) and go-live (2016-04-01).',
        'pass then model',
      ].join('\n'),
    );
    expect(report('steps accepted or refused against expectation').summary.split('\n')).toContain(
      'FAIL then model',
    );
    expect(report('steps accepted or refused against expectation').summary).toContain(
      'FAIL then model\n    The model should be C, but is B.\nFAIL then since',
    );
  });

  it('says what each passing check found, in words', () => {
    expect(report('every step and check as expected').checks.map((check) => check.message)).toEqual(
      [
        'The model is C, as expected.',
        "The model's start date is 2016-04-01, as expected.",
        'The number of accepted events is 11, as expected.',
        'The proposal is no change in progress, as expected.',
        'Ballot members was carried: 52 yes, 31 no, 83 of 107 returned, as expected.',
        'Committee pccc on 2016-03-15 is compliant, with no finding, as expected.',
        expect.stringMatching(
          /^Committee gpChaired on 2017-06-01 is not compliant, with findings under COI-PCCC-LAY-CHAIR, COI-PCCC-LAY-MAJORITY, COI-PCCC-CCG-GP-NO-VOTE, as expected\.\n- breach COI-PCCC-LAY-CHAIR: The chair, Dr B Okafor, is a CCG GP, not a lay member\.\n/,
        ),
      ],
    );
  });

  it('gives a committee check’s actual compliance, breaches and findings', () => {
    const [pcccCheck, gpCheck] = report('committee checks unlike the ones expected').checks;
    expect(pcccCheck?.actual).toEqual({ compliant: true, breaches: [], findings: [] });
    expect(pcccCheck?.message).toBe(
      'Committee pccc on 2017-06-01: it should not be compliant; it should breach exactly COI-PCCC-LAY-CHAIR, but breaches none.',
    );
    expect(gpCheck?.actual).toEqual({
      compliant: false,
      breaches: ['COI-PCCC-LAY-CHAIR'],
      findings: ['COI-PCCC-LAY-CHAIR', 'COI-PCCC-LAY-MAJORITY', 'COI-PCCC-CCG-GP-NO-VOTE'],
    });
    expect(gpCheck?.message.split('\n')[0]).toBe(
      'Committee gpChaired on 2017-06-01: its findings should be exactly COI-PCCC-LAY-CHAIR, but are COI-PCCC-LAY-CHAIR, COI-PCCC-LAY-MAJORITY, COI-PCCC-CCG-GP-NO-VOTE.',
    );
    expect(gpCheck?.committeeCheck?.findings).toHaveLength(3);
  });

  it('expects a plain "refused" from any guard, and "accepted" or nothing to pass every guard', () => {
    const steps = report('steps accepted or refused against expectation').steps;
    expect(steps.map((step) => step.expected)).toEqual([
      { accepted: true, refusedBy: [], only: false },
      { accepted: true, refusedBy: [], only: false },
      { accepted: false, refusedBy: [], only: false },
      { accepted: true, refusedBy: [], only: false },
    ]);
    expect(steps.map((step) => step.actual)).toEqual([
      { accepted: true, refusedBy: [], issues: [] },
      {
        accepted: false,
        refusedBy: [
          'GUARD-GO-LIVE-DATE',
          'GUARD-LMC-CONSULTED',
          'GUARD-MEMBER-MANDATE',
          'GUARD-GOVERNING-BODY-APPROVAL',
          'GUARD-CONSTITUTION-AMENDED',
          'GUARD-COMPLIANT-COMMITTEE',
          'GUARD-APPLICATION-SUBMITTED',
          'GUARD-NHSE-APPROVAL',
          'GUARD-DUE-DILIGENCE',
          'GUARD-DELEGATION-AGREEMENT',
        ],
        issues: [],
      },
      { accepted: true, refusedBy: [], issues: [] },
      { accepted: false, refusedBy: ['GUARD-PROPOSAL-OPEN'], issues: [] },
    ]);
    // Only the accepted steps change the state: the proposal and the first withdrawal.
    expect(report('steps accepted or refused against expectation').finalState.history).toHaveLength(
      2,
    );
  });

  it('holds a step to "only" the guards it names', () => {
    const step = report('refused by other guards than named').steps[4];
    expect(step?.expected).toEqual({
      accepted: false,
      refusedBy: ['GUARD-GO-LIVE-DATE'],
      only: true,
    });
    expect(step?.actual.refusedBy).toContain('GUARD-GO-LIVE-DATE');
    expect(step?.message.split('\n')[0]).toBe(
      'Expected GO_LIVE on 2015-11-30 to be refused by GUARD-GO-LIVE-DATE only, but it was also refused by:',
    );
  });

  it('reports a step the library cannot evaluate as refused with its issue, and goes on', () => {
    const twice = report('an event the library cannot evaluate');
    expect(twice.steps.slice(8).map((step) => step.actual)).toEqual([
      { accepted: false, refusedBy: [], issues: ['duplicate_id'] },
      { accepted: true, refusedBy: [], issues: [] },
    ]);
    expect(twice.steps[8]?.message).toBe(
      'ESTABLISH_COMMITTEE on 2016-03-15 was refused, as expected: Person "p-hughes" appears more than once in the committee\'s member list: list each once.',
    );
    expect(twice.finalState.proposal?.milestones.at(-1)?.evidence['committeeId']).toBe('pccc');
  });
});

describe('runScenario’s proposal check', () => {
  // Each part the scenario names is compared; the words name only those parts.
  const proposed = (proposal: NonNullable<Scenario['then']>['proposal'], when: ScenarioStep[]) =>
    runScenario({
      name: 'The proposal',
      given: { model: 'B', since: '2015-04-01' },
      when,
      // biome-ignore lint/suspicious/noThenProperty: a scenario's then is data (given/when/then), never a function.
      then: { proposal },
    }).checks[0];
  const toC: ScenarioStep[] = [toDelegation[0] as ScenarioStep];
  const notice: ScenarioStep[] = [
    { type: 'PROPOSE', on: '2015-07-01', target: 'A', goLive: '2016-04-01' },
  ];

  it.each([
    [
      { kind: 'exit' },
      toC,
      false,
      'The proposal should be an exit, but is a change to C going live on 2016-04-01.',
    ],
    [
      { target: 'B' },
      toC,
      false,
      'The proposal should be to B, but is a change to C going live on 2016-04-01.',
    ],
    [
      { goLive: '2017-04-01' },
      toC,
      false,
      'The proposal should be going live on 2017-04-01, but is a change to C going live on 2016-04-01.',
    ],
    [
      { kind: 'change', goLive: '2016-04-01' },
      toC,
      true,
      'The proposal is a change to C going live on 2016-04-01, as expected.',
    ],
    [
      { target: 'C', goLive: '2016-04-01' },
      toC,
      true,
      'The proposal is a change to C going live on 2016-04-01, as expected.',
    ],
    [
      { kind: 'change', target: 'C' },
      toC,
      true,
      'The proposal is a change to C going live on 2016-04-01, as expected.',
    ],
    [
      { kind: 'change', target: 'C' },
      notice,
      false,
      'The proposal should be a change to C, but is a change to A going live on 2016-04-01.',
    ],
    [{}, [], false, 'The proposal should be a change in progress, but is no change in progress.'],
    [
      null,
      toC,
      false,
      'The proposal should be no change in progress, but is a change to C going live on 2016-04-01.',
    ],
    [null, [], true, 'The proposal is no change in progress, as expected.'],
  ] as const)('compares %j after %j', (proposal, when, passed, message) => {
    const check = proposed(proposal, [...when]);
    expect([check?.passed, check?.message]).toEqual([passed, message]);
    expect(check?.expected).toEqual(proposal);
  });
});

/** Every issue runScenario throws, in full. */
function issuesOf(scenario: unknown): unknown {
  try {
    runScenario(scenario);
  } catch (error) {
    if (isCoCommissioningError(error)) return error.issues;
    throw error;
  }
  throw new Error('did not throw');
}

const start = { model: 'B', since: '2015-04-01' } as const;

describe('runScenario on a malformed scenario', () => {
  it('refuses a start that is neither model and since nor a stored state, naming the missing one', () => {
    const startIssue = (path: string, received: string) => ({
      code: 'invalid_input',
      message: `Give the starting point: model and since (such as "model": "B", "since": "2015-04-01"), or a stored state. (at given.${path})`,
      path: ['given', path],
      expected: 'custom',
      received,
    });
    expect(issuesOf({ name: 'x', given: { model: 'B' }, when: [] })).toEqual([
      startIssue('since', 'nothing (undefined)'),
    ]);
    expect(issuesOf({ name: 'x', given: { since: '2015-04-01' }, when: [] })).toEqual([
      startIssue('model', 'nothing (undefined)'),
    ]);
    expect(issuesOf({ name: 'x', given: {}, when: [] })).toEqual([
      startIssue('model', 'nothing (undefined)'),
    ]);
  });

  it('refuses a stored state given with a model or a start date', () => {
    const both = {
      code: 'invalid_input',
      message: 'Give either state, or model and since, not both. (at given.state)',
      path: ['given', 'state'],
      expected: 'custom',
      received: 'an object',
    };
    expect(issuesOf({ name: 'x', given: { model: 'B', state: {} }, when: [] })).toEqual([both]);
    expect(issuesOf({ name: 'x', given: { since: '2015-04-01', state: {} }, when: [] })).toEqual([
      both,
    ]);
    expect(issuesOf({ name: 'x', given: { ...start, state: {} }, when: [] })).toEqual([both]);
  });

  it('names every unknown field, where it is', () => {
    expect(
      issuesOf({
        name: 'x',
        given: { ...start, practices: 107 },
        when: [{ type: 'CONSULT_LMC', on: '2015-07-31', by: 'LMC' }],
        // biome-ignore lint/suspicious/noThenProperty: a scenario's then is data (given/when/then), never a function.
        then: { ballots: { members: { outcome: 'carried', turnout: 83 } } },
        steps: [],
      }),
    ).toEqual([
      {
        code: 'invalid_input',
        message: 'Remove the field "practices" at given: not part of this record.',
        path: ['given'],
        expected: 'only the documented fields',
        received: 'unknown field "practices"',
      },
      {
        code: 'invalid_input',
        message: 'Remove the field "by" at when.0: not part of this record.',
        path: ['when', 0],
        expected: 'only the documented fields',
        received: 'unknown field "by"',
      },
      {
        code: 'invalid_input',
        message: 'Remove the field "turnout" at then.ballots.members: not part of this record.',
        path: ['then', 'ballots', 'members'],
        expected: 'only the documented fields',
        received: 'unknown field "turnout"',
      },
      {
        code: 'invalid_input',
        message: 'Remove the field "steps": not part of this record.',
        path: [],
        expected: 'only the documented fields',
        received: 'unknown field "steps"',
      },
    ]);
  });

  it('refuses a ballot or committee named but not given, where it is named', () => {
    const unknown = (kind: 'ballot' | 'committee', name: string, path: unknown[]) => [
      {
        code: 'invalid_input',
        message: `No ${kind} named "${name}" in given.${kind}s: name one of them, or give the ${kind} itself.`,
        path,
        expected: `the name of a ${kind} in given.${kind}s`,
        received: `the text "${name}"`,
      },
    ];
    expect(
      issuesOf({
        name: 'x',
        given: start,
        when: [
          { type: 'PROPOSE', on: '2015-07-01', target: 'C', goLive: '2016-04-01' },
          { type: 'RECORD_BALLOT', on: '2015-10-01', ballot: 'members' },
        ],
      }),
    ).toEqual(unknown('ballot', 'members', ['when', 1, 'ballot']));
    expect(
      issuesOf({
        name: 'x',
        given: { ...start, committees: { pccc } },
        when: [{ type: 'ESTABLISH_COMMITTEE', on: '2016-03-15', committee: 'PCCC' }],
      }),
    ).toEqual(unknown('committee', 'PCCC', ['when', 0, 'committee']));
    expect(
      issuesOf({
        name: 'x',
        given: start,
        when: [],
        // biome-ignore lint/suspicious/noThenProperty: a scenario's then is data (given/when/then), never a function.
        then: { ballots: { members: { outcome: 'carried' } } },
      }),
    ).toEqual(unknown('ballot', 'members', ['then', 'ballots', 'members']));
    expect(
      issuesOf({
        name: 'x',
        given: start,
        when: [],
        // biome-ignore lint/suspicious/noThenProperty: a scenario's then is data (given/when/then), never a function.
        then: { committees: { pccc: { asOf: '2017-06-01' } } },
      }),
    ).toEqual(unknown('committee', 'pccc', ['then', 'committees', 'pccc']));
  });

  it('puts the library’s issue about a committee checked in then under its name', () => {
    expect(
      issuesOf({
        name: 'x',
        given: { ...start, committees: { listedTwice } },
        when: [],
        // biome-ignore lint/suspicious/noThenProperty: a scenario's then is data (given/when/then), never a function.
        then: { committees: { listedTwice: { asOf: '2017-06-01' } } },
      }),
    ).toEqual([
      {
        code: 'duplicate_id',
        message:
          'Person "p-hughes" appears more than once in the committee\'s member list: list each once.',
        path: ['then', 'committees', 'listedTwice', 'committee', 'members', 9],
        id: 'p-hughes',
      },
    ]);
  });

  it('puts the library’s issue about a ballot under the ballot’s name or step', () => {
    expect(
      issuesOf({
        name: 'x',
        given: start,
        when: [
          { type: 'PROPOSE', on: '2015-07-01', target: 'C', goLive: '2016-04-01' },
          { type: 'RECORD_BALLOT', on: '2015-10-01', ballot: { eligible: 80, yes: 52, no: 31 } },
        ],
      }),
    ).toEqual([
      {
        code: 'invalid_input',
        message:
          '83 votes were asked for, but the electorate has only 80 members: raise eligible or give fewer votes.',
        path: ['when', 1, 'ballot', 'eligible'],
        expected: 'at least 83 members',
        received: 'the number 80',
      },
    ]);
  });
});

describe('a scenario whose options or expectations name no guard', () => {
  const step = { type: 'PROPOSE', on: '2015-07-01', target: 'C', goLive: '2016-04-01' } as const;
  it('refuses a blank guard ID where it is written', () => {
    expect(
      safeRunScenario({
        name: 'blank guard',
        given: { model: 'B', since: '2015-04-01' },
        when: [{ ...step, expect: { refusedBy: [' '] } }],
      }),
    ).toEqual({
      success: false,
      issues: [
        {
          code: 'invalid_input',
          message: 'Give a guard ID: it cannot be blank. (at when.0.expect.refusedBy.0)',
          path: ['when', 0, 'expect', 'refusedBy', 0],
          expected: 'invalid_format',
          received: 'the text " "',
        },
      ],
    });
  });

  it('refuses an override of no guard at given.options, before any step runs', () => {
    expect(
      safeRunScenario({
        name: 'unknown guard',
        given: {
          model: 'B',
          since: '2015-04-01',
          options: { guards: { 'GUARD-NOPE': { enabled: false } } },
        },
        when: [{ ...step, expect: 'accepted' }],
      }),
    ).toEqual({
      success: false,
      issues: [
        expect.objectContaining({
          code: 'invalid_input',
          message:
            'Give the guards as an object keyed by guard ID. (at given.options.guards.GUARD-NOPE)',
          path: ['given', 'options', 'guards', 'GUARD-NOPE'],
        }),
      ],
    });
  });
});
