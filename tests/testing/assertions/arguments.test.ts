// The kit's plain assertions (for node:test and other runners without `expect`) keep the
// library's contract: a malformed argument is refused with a CoCommissioningError `invalid_input`
// naming the assertion, the argument's path, what was expected and what was received; a subject
// that throws while read is refused the same way, naming the assertion; a subject of the wrong
// kind, or a raw one without the date whose rules apply, throws a PolicyAssertionError
// (`unsupported_subject`, `missing_as_of`) with what was expected and found; and a failed
// expectation throws a PolicyAssertionError whose code, expected, actual and message a reporter
// shows. PolicyAssertionError itself refuses details without a known code or a message, and the
// kit's schema-checked options report the value they received.
import { CoCommissioningError, checkCommittee, tallyBallot } from 'co-commissioning';
import {
  assertAllowed,
  assertBallotOutcome,
  assertBreaches,
  assertCarried,
  assertCompliant,
  assertFlags,
  assertRefusedBy,
  assertRequiresAction,
  buildBallot,
  buildCommittee,
  buildDelegationProposal,
  buildEvent,
  buildOffer,
  buildProcurementDecision,
  buildRegister,
  createRuleCoverage,
  isPolicyAssertionError,
  PolicyAssertionError,
  runScenario,
  voteArbitrary,
} from 'co-commissioning/testing';
import { describe, expect, it } from 'vitest';

const asOf = '2017-06-01';
const gpChaired = buildCommittee({ chair: 'ccg-gp' });
const { state: withoutLmc } = buildDelegationProposal({
  skip: ['CONSULT_LMC'],
  stopBefore: 'SUBMIT_APPLICATION',
});
const submit = buildEvent('SUBMIT_APPLICATION', { on: '2015-11-01' });
const pair = [withoutLmc, submit];
const ballot = buildBallot();
const offer = buildOffer();

interface Refusal {
  readonly message: string;
  readonly path: readonly (string | number)[];
  readonly expected: string;
  readonly received: string;
}

/** The one issue of the CoCommissioningError a call throws. */
function refusal(run: () => unknown): Refusal {
  let thrown: unknown;
  try {
    run();
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(CoCommissioningError);
  const error = thrown as CoCommissioningError;
  expect(error.code).toBe('invalid_input');
  expect(error.issues).toHaveLength(1);
  const [issue] = error.issues;
  expect(issue.code).toBe('invalid_input');
  expect(error.message).toBe(`[co-commissioning] invalid_input: ${issue.message}`);
  const { message, path, expected, received } = issue as unknown as Refusal;
  return { message, path, expected, received };
}

/** The PolicyAssertionError an assertion throws. */
function failed(run: () => unknown): PolicyAssertionError {
  try {
    run();
  } catch (error) {
    if (error instanceof PolicyAssertionError) return error;
    throw error;
  }
  throw new Error('the assertion passed');
}

const fields = (error: PolicyAssertionError) => ({
  name: error.name,
  code: error.code,
  expected: error.expected,
  actual: error.actual,
});

interface MalformedCall extends Refusal {
  readonly call: string;
  readonly run: () => void;
}

const MALFORMED: readonly MalformedCall[] = [
  {
    call: 'assertBreaches(committee, 17)',
    run: () => assertBreaches(gpChaired, 17 as never, { asOf }),
    message:
      "assertBreaches: give the rule ID as text, such as 'COI-PCCC-LAY-CHAIR', not the number 17.",
    path: ['ruleId'],
    expected: 'a rule ID',
    received: 'the number 17',
  },
  {
    call: "assertBreaches(committee, rule, { subjectId: '' })",
    run: () => assertBreaches(gpChaired, 'COI-PCCC-LAY-CHAIR', { asOf, subjectId: '' }),
    message:
      'assertBreaches: give options.subjectId as the ID of a person or item, not an empty string.',
    path: ['options', 'subjectId'],
    expected: 'an ID',
    received: 'an empty string',
  },
  {
    call: "assertBreaches(committee, rule, 'p-okafor')",
    run: () => assertBreaches(gpChaired, 'COI-PCCC-LAY-CHAIR', 'p-okafor' as never),
    message:
      'assertBreaches: give the options as an object, such as { asOf: \'2017-06-01\' }, not the text "p-okafor".',
    path: ['options'],
    expected: 'an object of options',
    received: 'the text "p-okafor"',
  },
  {
    call: "assertFlags(committee, ' ')",
    run: () => assertFlags(gpChaired, ' ', { asOf }),
    message:
      'assertFlags: give the rule ID as text, such as \'COI-PCCC-LAY-CHAIR\', not the text " ".',
    path: ['ruleId'],
    expected: 'a rule ID',
    received: 'the text " "',
  },
  {
    call: "assertFlags(check, rule, 'critical')",
    run: () => assertFlags(gpChaired, 'COI-PCCC-LAY-MAJORITY', 'critical' as never),
    message:
      'assertFlags: give options.severity as breach, warning or advice, not the text "critical".',
    path: ['options', 'severity'],
    expected: 'a severity',
    received: 'the text "critical"',
  },
  {
    call: 'assertFlags(committee, rule, { asOf: 2017-06-31 })',
    run: () => assertFlags(gpChaired, 'COI-PCCC-LAY-MAJORITY', { asOf: '2017-06-31' }),
    message:
      'assertFlags: give options.asOf as a calendar date written YYYY-MM-DD, such as \'2017-06-01\', not the text "2017-06-31".',
    path: ['options', 'asOf'],
    expected: 'a date written YYYY-MM-DD',
    received: 'the text "2017-06-31"',
  },
  {
    call: 'assertCompliant(committee, null)',
    run: () => assertCompliant(gpChaired, null as never),
    message:
      "assertCompliant: give the options as an object, such as { asOf: '2017-06-01' }, not null.",
    path: ['options'],
    expected: 'an object of options',
    received: 'null',
  },
  {
    call: 'assertCompliant(committee, { coverage: {} })',
    run: () => assertCompliant(gpChaired, { asOf, coverage: {} as never }),
    message:
      'assertCompliant: give options.coverage as a collector from createRuleCoverage(), not an object.',
    path: ['options', 'coverage'],
    expected: 'a rule coverage collector',
    received: 'an object',
  },
  {
    call: 'assertRefusedBy(pair, 5)',
    run: () => assertRefusedBy(pair, 5 as never),
    message:
      "assertRefusedBy: give the guard IDs as text or a list of text, such as ['GUARD-LMC-CONSULTED'], not the number 5.",
    path: ['guardIds'],
    expected: 'guard IDs',
    received: 'the number 5',
  },
  {
    call: "assertRefusedBy(pair, '')",
    run: () => assertRefusedBy(pair, ''),
    message:
      "assertRefusedBy: give the guard ID as text, such as 'GUARD-LMC-CONSULTED', not an empty string.",
    path: ['guardIds'],
    expected: 'a guard ID',
    received: 'an empty string',
  },
  {
    call: "assertRefusedBy(pair, [guard, ['GUARD-MEMBER-MANDATE']])",
    run: () => assertRefusedBy(pair, ['GUARD-LMC-CONSULTED', ['GUARD-MEMBER-MANDATE']] as never),
    message:
      "assertRefusedBy: give the guard ID as text, such as 'GUARD-LMC-CONSULTED', not a list of 1.",
    path: ['guardIds'],
    expected: 'a guard ID',
    received: 'a list of 1',
  },
  {
    call: 'assertRefusedBy(pair, guard, { only: 1 })',
    run: () => assertRefusedBy(pair, 'GUARD-LMC-CONSULTED', { only: 1 as never }),
    message: 'assertRefusedBy: give options.only as true or false, not the number 1.',
    path: ['options', 'only'],
    expected: 'true or false',
    received: 'the number 1',
  },
  {
    call: 'assertAllowed(pair, [])',
    run: () => assertAllowed(pair, [] as never),
    message:
      "assertAllowed: give the options as an object, such as { asOf: '2017-06-01' }, not a list of 0.",
    path: ['options'],
    expected: 'an object of options',
    received: 'a list of 0',
  },
  {
    call: 'assertAllowed(pair, { coverage: null })',
    run: () => assertAllowed(pair, { coverage: null as never }),
    message:
      'assertAllowed: give options.coverage as a collector from createRuleCoverage(), not null.',
    path: ['options', 'coverage'],
    expected: 'a rule coverage collector',
    received: 'null',
  },
  {
    call: "assertBallotOutcome(ballot, 'lost')",
    run: () => assertBallotOutcome(ballot, 'lost' as never),
    message:
      'assertBallotOutcome: give the outcome as one of carried, not-carried, tied, inquorate, not the text "lost".',
    path: ['outcome'],
    expected: 'a ballot outcome',
    received: 'the text "lost"',
  },
  {
    call: "assertRequiresAction(offer, 'reject')",
    run: () => assertRequiresAction(offer, 'reject' as never, { asOf: '2017-07-03' }),
    message:
      'assertRequiresAction: give the action as one of accept, declare, accept-for-organisation, needs-approval, decline, not the text "reject".',
    path: ['action'],
    expected: 'a gift action',
    received: 'the text "reject"',
  },
  {
    call: "assertRequiresAction(offer, 'decline', '2017-07-03')",
    run: () => assertRequiresAction(offer, 'decline', '2017-07-03' as never),
    message:
      'assertRequiresAction: give the options as an object, such as { asOf: \'2017-06-01\' }, not the text "2017-07-03".',
    path: ['options'],
    expected: 'an object of options',
    received: 'the text "2017-07-03"',
  },
];

describe('the assertions, given malformed arguments', () => {
  it.each(MALFORMED.map((row) => [row.call, row] as const))(
    'refuse %s with a coded invalid_input naming the assertion',
    (_, { run, message, path, expected, received }) => {
      expect(refusal(run)).toEqual({ message, path, expected, received });
    },
  );
});

/** An object that throws whenever a field is read. */
const hostile = new Proxy(
  {},
  {
    get: () => {
      throw new Error('unreadable');
    },
  },
);

describe('the assertions, given a subject that throws while read', () => {
  const ASSERTIONS: readonly [string, () => void][] = [
    ['assertAllowed', () => assertAllowed(hostile)],
    ['assertBallotOutcome', () => assertBallotOutcome(hostile, 'carried')],
    ['assertBreaches', () => assertBreaches(hostile, 'COI-PCCC-LAY-CHAIR', { asOf })],
    ['assertCarried', () => assertCarried(hostile)],
    ['assertCompliant', () => assertCompliant(hostile, { asOf })],
    ['assertFlags', () => assertFlags(hostile, 'COI-PCCC-LMC-SEAT', 'advice')],
    ['assertRefusedBy', () => assertRefusedBy(hostile, 'GUARD-LMC-CONSULTED')],
    ['assertRequiresAction', () => assertRequiresAction(hostile, 'accept')],
  ];

  it.each(ASSERTIONS)('%s refuses it with invalid_input naming itself', (name, run) => {
    expect(refusal(run)).toEqual({
      message: `${name} could not read its input: give plain data of the documented shape.`,
      path: [],
      expected: 'plain data of the documented shape',
      received: 'a value that raised an error while being read',
    });
  });
});

describe('the assertions, given a subject of the wrong kind', () => {
  const FINDINGS =
    'a committee, register of interests, offer or register of procurement decisions (with { asOf }), a result of checkCommittee, checkDeclarations, checkProcurementRegister, assessGift, assessAgendaItem or assessMeeting, or a list of findings';
  const TRANSITIONS =
    'what transition or explainTransition returned, or a [state, event] pair to explain';
  const BALLOTS = 'a result of tallyBallot, or { ballot, votes } (as buildBallot returns) to count';
  const GIFTS = 'an offer (with { asOf }) or a result of assessGift';
  const committeeKind = 'an object with chairId, id, kind, meetsInPublic, members';
  const ballotKind = 'an object with ballot, votes';

  const CASES: readonly [string, () => void, string, string][] = [
    ['assertCarried', () => assertCarried(gpChaired), BALLOTS, committeeKind],
    ['assertBallotOutcome', () => assertBallotOutcome(pair, 'tied'), BALLOTS, 'a list of 2'],
    ['assertAllowed', () => assertAllowed(ballot), TRANSITIONS, ballotKind],
    ['assertRefusedBy', () => assertRefusedBy(gpChaired), TRANSITIONS, committeeKind],
    ['assertBreaches', () => assertBreaches(ballot, 'COI-PCCC-LAY-CHAIR'), FINDINGS, ballotKind],
    ['assertFlags', () => assertFlags('pccc', 'COI-PCCC-LAY-CHAIR'), FINDINGS, 'the text "pccc"'],
    ['assertCompliant', () => assertCompliant(null), FINDINGS, 'null'],
    ['assertRequiresAction', () => assertRequiresAction(gpChaired, 'accept'), GIFTS, committeeKind],
  ];

  it.each(CASES)(
    '%s throws unsupported_subject with what it accepts and what it was given',
    (name, run, accepts, kind) => {
      const error = failed(run);
      expect(fields(error)).toEqual({
        name: 'PolicyAssertionError',
        code: 'unsupported_subject',
        expected: accepts,
        actual: kind,
      });
      expect(error.message).toBe(`${name} cannot check ${kind}: give it ${accepts}.`);
    },
  );
});

describe('the assertions, given a raw subject without asOf', () => {
  const CASES: readonly [string, () => void, string][] = [
    [
      'assertBreaches',
      () => assertBreaches(gpChaired, 'COI-PCCC-LAY-CHAIR', { subjectId: 'p-okafor' }),
      "assertBreaches needs the date whose rules apply to check a committee: pass it as an option, as in assertBreaches(committee, 'COI-PCCC-LAY-CHAIR', { asOf: '2017-06-01' }).",
    ],
    [
      'assertFlags',
      () => assertFlags(buildRegister(), 'SEED-COI-MEASURES', 'advice'),
      "assertFlags needs the date whose rules apply to check a register of interests: pass it as an option, as in assertFlags(register, 'SEED-COI-MEASURES', { asOf: '2017-06-01' }).",
    ],
    [
      'assertCompliant',
      () => assertCompliant([buildProcurementDecision()]),
      "assertCompliant needs the date whose rules apply to check a register of procurement decisions: pass it as an option, as in assertCompliant(decisions, { asOf: '2017-06-01' }).",
    ],
    [
      'assertRequiresAction',
      () => assertRequiresAction(offer, 'declare', { giftAtThreshold: 'below' }),
      "assertRequiresAction needs the date whose rules apply to check a gift or hospitality offer: pass it as an option, as in assertRequiresAction(offer, 'declare', { asOf: '2017-07-03' }).",
    ],
  ];

  it.each(CASES)('%s throws missing_as_of, expecting options.asOf', (_, run, message) => {
    const error = failed(run);
    expect(fields(error)).toEqual({
      name: 'PolicyAssertionError',
      code: 'missing_as_of',
      expected: 'options.asOf',
      actual: 'no asOf',
    });
    expect(error.message).toBe(message);
  });
});

describe('the assertions’ verdicts', () => {
  const gpCheck = checkCommittee(gpChaired, { asOf });

  it('return nothing when the expectation is met', () => {
    const coverage = createRuleCoverage();
    expect(assertBreaches(gpChaired, 'COI-PCCC-LAY-CHAIR', { asOf, coverage })).toBeUndefined();
    expect(assertFlags(gpCheck, 'COI-PCCC-LAY-MAJORITY', 'advice')).toBeUndefined();
    expect(assertFlags(gpCheck, 'COI-PCCC-CCG-GP-NO-VOTE')).toBeUndefined();
    expect(assertRefusedBy(pair, 'GUARD-LMC-CONSULTED', { only: true, coverage })).toBeUndefined();
    expect(assertBallotOutcome(ballot, 'carried')).toBeUndefined();
    expect(coverage.report().recorded).toBe(2);
  });

  it('hold assertFlags to the severity given as text', () => {
    const error = failed(() => assertFlags(gpCheck, 'COI-PCCC-LAY-MAJORITY', 'warning'));
    expect(fields(error)).toEqual({
      name: 'PolicyAssertionError',
      code: 'rule_not_flagged',
      expected: 'COI-PCCC-LAY-MAJORITY as warning',
      actual: [
        'breach COI-PCCC-LAY-CHAIR',
        'advice COI-PCCC-LAY-MAJORITY',
        'advice COI-PCCC-CCG-GP-NO-VOTE',
      ],
    });
    expect(error.message.split('\n')[0]).toBe(
      'Expected the check of committee "pccc" to be flagged by COI-PCCC-LAY-MAJORITY as warning on 2017-06-01, but its findings under the rule are advice, not warning.',
    );
  });

  const FAILURES: readonly [string, () => void, ReturnType<typeof fields>][] = [
    [
      'assertCompliant on a GP-chaired PCCC',
      () => assertCompliant(gpChaired, { asOf }),
      {
        name: 'PolicyAssertionError',
        code: 'not_compliant',
        expected: 'compliant',
        actual: ['COI-PCCC-LAY-CHAIR'],
      },
    ],
    [
      'assertBreaches about the wrong person',
      () => assertBreaches(gpChaired, 'COI-PCCC-LAY-CHAIR', { asOf, subjectId: 'p-hughes' }),
      {
        name: 'PolicyAssertionError',
        code: 'rule_not_breached',
        expected: 'COI-PCCC-LAY-CHAIR as breach about p-hughes',
        actual: [
          'breach COI-PCCC-LAY-CHAIR',
          'advice COI-PCCC-LAY-MAJORITY',
          'advice COI-PCCC-CCG-GP-NO-VOTE',
        ],
      },
    ],
    [
      'assertFlags of a rule not yet in force',
      () => assertFlags(buildCommittee(), 'COI-PCCC-LMC-SEAT', { asOf: '2016-06-01' }),
      {
        name: 'PolicyAssertionError',
        code: 'rule_not_flagged',
        expected: 'COI-PCCC-LMC-SEAT',
        actual: [],
      },
    ],
    [
      'assertRefusedBy the member mandate, when the LMC guard refuses',
      () => assertRefusedBy(pair, ['GUARD-MEMBER-MANDATE']),
      {
        name: 'PolicyAssertionError',
        code: 'not_refused',
        expected: ['GUARD-MEMBER-MANDATE'],
        actual: ['GUARD-LMC-CONSULTED'],
      },
    ],
    [
      'assertAllowed on a submission without LMC consultation',
      () => assertAllowed(pair),
      {
        name: 'PolicyAssertionError',
        code: 'not_allowed',
        expected: 'allowed',
        actual: ['GUARD-LMC-CONSULTED'],
      },
    ],
    [
      'assertCarried on a counted ballot that fell',
      () => {
        const { ballot: fell, votes } = buildBallot({ eligible: 10, yes: 3, no: 5 });
        assertCarried(tallyBallot(fell, votes));
      },
      {
        name: 'PolicyAssertionError',
        code: 'wrong_ballot_outcome',
        expected: 'carried',
        actual: 'not-carried',
      },
    ],
    [
      'assertBallotOutcome tied, on a carried ballot',
      () => assertBallotOutcome(ballot, 'tied'),
      {
        name: 'PolicyAssertionError',
        code: 'wrong_ballot_outcome',
        expected: 'tied',
        actual: 'carried',
      },
    ],
    [
      'assertRequiresAction accept, on a voucher in 2017',
      () =>
        assertRequiresAction(buildOffer({ kind: 'cash-or-voucher' }), 'accept', {
          asOf: '2017-07-03',
        }),
      {
        name: 'PolicyAssertionError',
        code: 'wrong_gift_action',
        expected: 'accept',
        actual: 'decline',
      },
    ],
  ];

  it.each(FAILURES)('word %s', (name, run, wanted) => {
    const error = failed(run);
    expect(error).toBeInstanceOf(Error);
    expect(isPolicyAssertionError(error)).toBe(true);
    expect(fields(error)).toEqual(wanted);
    expect(`${name}\n${error.message}`).toMatchSnapshot(name);
  });
});

describe('PolicyAssertionError, given details it cannot use', () => {
  const refusedDetails = (received: string): Refusal => ({
    message: `Give PolicyAssertionError its details: a code from POLICY_ASSERTION_CODES and a message, not ${received}.`,
    path: ['details'],
    expected: '{ code, message, expected, actual }',
    received,
  });

  it.each([
    ['nothing', undefined, 'nothing (undefined)'],
    ['null', null, 'null'],
    [
      'a message alone',
      'Expected GO_LIVE to be allowed.',
      'the text "Expected GO_LIVE to be allowed."',
    ],
    ['an unknown code', { code: 'not_carried', message: 'x', expected: 1, actual: 2 }, 'an object'],
    ['no message', { code: 'not_allowed', expected: 'allowed', actual: 'refused' }, 'an object'],
    ['a message that is not text', { code: 'not_allowed', message: ['refused'] }, 'an object'],
  ])('refuses %s with invalid_input', (_, details, received) => {
    expect(refusal(() => new PolicyAssertionError(details as never))).toEqual(
      refusedDetails(received),
    );
  });

  it('recognises a subclass that renames itself', () => {
    class GovernanceAssertionError extends PolicyAssertionError {
      override readonly name = 'GovernanceAssertionError';
    }
    const error = new GovernanceAssertionError({
      code: 'not_compliant',
      message: 'Expected the PCCC to be compliant.',
      expected: 'compliant',
      actual: ['COI-PCCC-LAY-CHAIR'],
    });
    expect(isPolicyAssertionError(error)).toBe(true);
    expect(isPolicyAssertionError({ ...error })).toBe(false);
  });
});

describe('the kit’s schema-checked options and scenarios', () => {
  /** Every issue of the CoCommissioningError a call throws. */
  function issues(run: () => unknown): readonly unknown[] {
    try {
      run();
    } catch (error) {
      if (error instanceof CoCommissioningError) return error.issues;
      throw error;
    }
    throw new Error('did not throw');
  }

  it('report the value received for each issue', () => {
    expect(issues(() => voteArbitrary({ validity: 'broken' as never }))).toEqual([
      {
        code: 'invalid_input',
        message: 'Give validity as "valid", "near-valid" or "invalid". (at options.validity)',
        path: ['options', 'validity'],
        expected: 'invalid_value',
        received: 'the text "broken"',
      },
    ]);
    expect(issues(() => runScenario({ name: 5, given: {}, when: [] }))[0]).toEqual({
      code: 'invalid_input',
      message: 'Give the scenario a name as text. (at name)',
      path: ['name'],
      expected: 'string',
      received: 'the number 5',
    });
  });
});
