// The kit's matchers check what they are given before they use it: a rule ID that is not text, a
// guard list that is not a list of text, an outcome or action that is not one of the library's,
// options that are not an object (or whose asOf, subjectId, severity, only or coverage are not of
// the documented kind) are refused with the library's own CoCommissioningError, an
// `invalid_input` issue naming the matcher, the argument's path, what was expected and what was
// received, under `.not` too, so a typo never passes silently or prints "[object Object]". Fields
// the kit does not read go to the library, which refuses the unknown ones. Then the words each
// matcher prints when it fails, in both directions, are pinned over realistic subjects built with
// the kit's builders: the hint line with the arguments, each guard, rule, finding and reason with
// its remedy and source where the reader needs them, and nothing ("About:", "Remedy:") where the
// library has nothing to say.
import {
  CoCommissioningError,
  type CommissioningEvent,
  checkCommittee,
  createCommissioningState,
  explainTransition,
  type LocalCommitteeRule,
  transition,
} from 'co-commissioning';
import {
  assertBreaches,
  buildBallot,
  buildCommittee,
  buildDelegationProposal,
  buildEvent,
  buildOffer,
  buildRegister,
  type CoCommissioningMatchers,
  coCommissioningMatchers,
  createRuleCoverage,
  type MatcherResult,
} from 'co-commissioning/testing';
import { describe, expect, it } from 'vitest';
import { guardIdsArgument, optionsArgument } from '../../../src/testing/internal/arguments.js';
import { describeFinding, describeVerdict } from '../../../src/testing/internal/words.js';

expect.extend(coCommissioningMatchers);

const asOf = '2017-06-01';
const gpChaired = buildCommittee({ chair: 'ccg-gp' });
const { state: withoutLmc } = buildDelegationProposal({
  skip: ['CONSULT_LMC'],
  stopBefore: 'SUBMIT_APPLICATION',
});
const submit = buildEvent('SUBMIT_APPLICATION', { on: '2015-11-01' });
const voucher = buildOffer({ kind: 'cash-or-voucher' });
/** A CCG in Model A proposing joint commissioning from a date no source gives (guard unknown). */
const modelA = createCommissioningState({ ccgId: '06H', status: 'A', since: '2015-04-01' });
const jointFromOctober: CommissioningEvent = {
  type: 'PROPOSE',
  on: '2016-06-01',
  target: 'B',
  goLive: '2016-10-01',
};
/** A rule of the CCG's own, as CoiRule's documentation shows it: no subjects, no remedy. */
const layViceChair: LocalCommitteeRule = {
  id: 'LOCAL-LAY-VICE-CHAIR',
  title: 'The vice-chair is a lay member',
  description: 'Our PCCC terms of reference require a lay vice-chair.',
  subject: 'committee',
  severity: 'breach',
  confidence: 'V',
  sources: [{ document: 'PCCC terms of reference', section: '4.2' }],
  inForce: { from: '2016-04-01' },
  check: (committee) =>
    committee.members.some(
      (member) => member.personId === committee.viceChairId && member.role === 'lay',
    )
      ? []
      : [{ message: 'The vice-chair is not a lay member.', subjectIds: [], evidence: {} }],
};
const executiveViceChair = buildCommittee({ viceChairId: 'p-grant' });

type Assertion = CoCommissioningMatchers<unknown>;

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
  expect(error.name).toBe('CoCommissioningError');
  expect(error.code).toBe('invalid_input');
  expect(error.issues).toHaveLength(1);
  const [issue] = error.issues;
  expect(issue.code).toBe('invalid_input');
  expect(error.message).toBe(`[co-commissioning] invalid_input: ${issue.message}`);
  const { message, path, expected, received } = issue as unknown as Refusal;
  return { message, path, expected, received };
}

/** A matcher called with malformed arguments, and the refusal it must throw. */
interface MalformedCall extends Refusal {
  readonly call: string;
  readonly subject: unknown;
  readonly run: (assertion: Assertion) => unknown;
}

const collector = createRuleCoverage();
const functionWithRecord = Object.assign(() => undefined, { record: collector.record });

const ruleIdRefusal = (what: string, received: string): Refusal => ({
  message: `${what}: give the rule ID as text, such as 'COI-PCCC-LAY-CHAIR', not ${received}.`,
  path: ['ruleId'],
  expected: 'a rule ID',
  received,
});
const optionsRefusal = (what: string, received: string): Refusal => ({
  message: `${what}: give the options as an object, such as { asOf: '2017-06-01' }, not ${received}.`,
  path: ['options'],
  expected: 'an object of options',
  received,
});
const asOfRefusal = (what: string, received: string): Refusal => ({
  message: `${what}: give options.asOf as a calendar date written YYYY-MM-DD, such as '2017-06-01', not ${received}.`,
  path: ['options', 'asOf'],
  expected: 'a date written YYYY-MM-DD',
  received,
});
const subjectIdRefusal = (what: string, received: string): Refusal => ({
  message: `${what}: give options.subjectId as the ID of a person or item, not ${received}.`,
  path: ['options', 'subjectId'],
  expected: 'an ID',
  received,
});
const severityRefusal = (what: string, received: string): Refusal => ({
  message: `${what}: give options.severity as breach, warning or advice, not ${received}.`,
  path: ['options', 'severity'],
  expected: 'a severity',
  received,
});
const onlyRefusal = (what: string, received: string): Refusal => ({
  message: `${what}: give options.only as true or false, not ${received}.`,
  path: ['options', 'only'],
  expected: 'true or false',
  received,
});
const coverageRefusal = (what: string, received: string): Refusal => ({
  message: `${what}: give options.coverage as a collector from createRuleCoverage(), not ${received}.`,
  path: ['options', 'coverage'],
  expected: 'a rule coverage collector',
  received,
});
const guardListRefusal = (what: string, received: string): Refusal => ({
  message: `${what}: give the guard IDs as text or a list of text, such as ['GUARD-LMC-CONSULTED'], not ${received}.`,
  path: ['guardIds'],
  expected: 'guard IDs',
  received,
});
const guardIdRefusal = (what: string, received: string): Refusal => ({
  message: `${what}: give the guard ID as text, such as 'GUARD-LMC-CONSULTED', not ${received}.`,
  path: ['guardIds'],
  expected: 'a guard ID',
  received,
});
const outcomeRefusal = (what: string, received: string): Refusal => ({
  message: `${what}: give the outcome as one of carried, not-carried, tied, inquorate, not ${received}.`,
  path: ['outcome'],
  expected: 'a ballot outcome',
  received,
});
const actionRefusal = (what: string, received: string): Refusal => ({
  message: `${what}: give the action as one of accept, declare, accept-for-organisation, needs-approval, decline, not ${received}.`,
  path: ['action'],
  expected: 'a gift action',
  received,
});

const pair = [withoutLmc, submit];
const ballot = buildBallot();
const offer = buildOffer();

const MALFORMED: readonly MalformedCall[] = [
  // toBreach: the rule ID, then the options.
  {
    call: 'toBreach(5)',
    subject: gpChaired,
    run: (a) => a.toBreach(5 as never, { asOf }),
    ...ruleIdRefusal('toBreach', 'the number 5'),
  },
  {
    call: "toBreach('')",
    subject: gpChaired,
    run: (a) => a.toBreach('', { asOf }),
    ...ruleIdRefusal('toBreach', 'an empty string'),
  },
  {
    call: "toBreach('   ')",
    subject: gpChaired,
    run: (a) => a.toBreach('   ', { asOf }),
    ...ruleIdRefusal('toBreach', 'the text "   "'),
  },
  {
    call: 'toBreach(null)',
    subject: gpChaired,
    run: (a) => a.toBreach(null as never, { asOf }),
    ...ruleIdRefusal('toBreach', 'null'),
  },
  {
    call: 'toBreach({ id })',
    subject: gpChaired,
    run: (a) => a.toBreach({ id: 'COI-PCCC-LAY-CHAIR' } as never, { asOf }),
    ...ruleIdRefusal('toBreach', 'an object'),
  },
  {
    call: "toBreach(rule, 'p-okafor')",
    subject: gpChaired,
    run: (a) => a.toBreach('COI-PCCC-LAY-CHAIR', 'p-okafor' as never),
    ...optionsRefusal('toBreach', 'the text "p-okafor"'),
  },
  {
    call: 'toBreach(rule, null)',
    subject: gpChaired,
    run: (a) => a.toBreach('COI-PCCC-LAY-CHAIR', null as never),
    ...optionsRefusal('toBreach', 'null'),
  },
  {
    call: 'toBreach(rule, [asOf])',
    subject: gpChaired,
    run: (a) => a.toBreach('COI-PCCC-LAY-CHAIR', [asOf] as never),
    ...optionsRefusal('toBreach', 'a list of 1'),
  },
  {
    call: 'toBreach(rule, { asOf: 30 February })',
    subject: gpChaired,
    run: (a) => a.toBreach('COI-PCCC-LAY-CHAIR', { asOf: '2017-02-30' }),
    ...asOfRefusal('toBreach', 'the text "2017-02-30"'),
  },
  {
    call: 'toBreach(rule, { asOf: 01/06/2017 })',
    subject: gpChaired,
    run: (a) => a.toBreach('COI-PCCC-LAY-CHAIR', { asOf: '01/06/2017' }),
    ...asOfRefusal('toBreach', 'the text "01/06/2017"'),
  },
  {
    call: 'toBreach(rule, { subjectId: 42 })',
    subject: gpChaired,
    run: (a) => a.toBreach('COI-PCCC-LAY-CHAIR', { asOf, subjectId: 42 as never }),
    ...subjectIdRefusal('toBreach', 'the number 42'),
  },
  {
    call: "toBreach(rule, { subjectId: '' })",
    subject: gpChaired,
    run: (a) => a.toBreach('COI-PCCC-LAY-CHAIR', { asOf, subjectId: '' }),
    ...subjectIdRefusal('toBreach', 'an empty string'),
  },
  {
    call: 'toBreach(rule, { coverage: {} })',
    subject: gpChaired,
    run: (a) => a.toBreach('COI-PCCC-LAY-CHAIR', { asOf, coverage: {} as never }),
    ...coverageRefusal('toBreach', 'an object'),
  },
  {
    call: 'toBreach(rule, { coverage: null })',
    subject: gpChaired,
    run: (a) => a.toBreach('COI-PCCC-LAY-CHAIR', { asOf, coverage: null as never }),
    ...coverageRefusal('toBreach', 'null'),
  },
  {
    call: "toBreach(rule, { coverage: 'yes' })",
    subject: gpChaired,
    run: (a) => a.toBreach('COI-PCCC-LAY-CHAIR', { asOf, coverage: 'yes' as never }),
    ...coverageRefusal('toBreach', 'the text "yes"'),
  },
  {
    call: 'toBreach(rule, { coverage: a function with record })',
    subject: gpChaired,
    run: (a) => a.toBreach('COI-PCCC-LAY-CHAIR', { asOf, coverage: functionWithRecord as never }),
    ...coverageRefusal('toBreach', 'a function'),
  },
  {
    call: 'toBreach(rule, { coverage: { record: true } })',
    subject: gpChaired,
    run: (a) => a.toBreach('COI-PCCC-LAY-CHAIR', { asOf, coverage: { record: true } as never }),
    ...coverageRefusal('toBreach', 'an object'),
  },
  // toFlag: the options (or the severity given in their place), then the rule ID.
  {
    call: 'toFlag(undefined)',
    subject: gpChaired,
    run: (a) => a.toFlag(undefined as never, { asOf }),
    ...ruleIdRefusal('toFlag', 'nothing (undefined)'),
  },
  {
    call: "toFlag('', 'advice')",
    subject: gpChaired,
    run: (a) => a.toFlag('', 'advice'),
    ...ruleIdRefusal('toFlag', 'an empty string'),
  },
  {
    call: "toFlag(rule, 'critical')",
    subject: gpChaired,
    run: (a) => a.toFlag('COI-PCCC-LMC-SEAT', 'critical' as never),
    ...severityRefusal('toFlag', 'the text "critical"'),
  },
  {
    call: "toFlag(rule, { severity: 'error' })",
    subject: gpChaired,
    run: (a) => a.toFlag('COI-PCCC-LMC-SEAT', { asOf, severity: 'error' as never }),
    ...severityRefusal('toFlag', 'the text "error"'),
  },
  {
    call: 'toFlag(rule, 5)',
    subject: gpChaired,
    run: (a) => a.toFlag('COI-PCCC-LMC-SEAT', 5 as never),
    ...optionsRefusal('toFlag', 'the number 5'),
  },
  {
    call: "toFlag(rule, { subjectId: ['p-okafor'] })",
    subject: gpChaired,
    run: (a) => a.toFlag('COI-PCCC-LMC-SEAT', { asOf, subjectId: ['p-okafor'] as never }),
    ...subjectIdRefusal('toFlag', 'a list of 1'),
  },
  // toBeCompliant: the options.
  {
    call: "toBeCompliant('2017-06-01')",
    subject: gpChaired,
    run: (a) => a.toBeCompliant(asOf as never),
    ...optionsRefusal('toBeCompliant', 'the text "2017-06-01"'),
  },
  {
    call: 'toBeCompliant({ asOf: 2017-6-1 })',
    subject: gpChaired,
    run: (a) => a.toBeCompliant({ asOf: '2017-6-1' }),
    ...asOfRefusal('toBeCompliant', 'the text "2017-6-1"'),
  },
  {
    call: 'toBeCompliant({ coverage: createRuleCoverage })',
    subject: gpChaired,
    run: (a) => a.toBeCompliant({ asOf, coverage: createRuleCoverage as never }),
    ...coverageRefusal('toBeCompliant', 'a function'),
  },
  // toBeRefusedBy: the guard IDs, then the options.
  {
    call: 'toBeRefusedBy(5)',
    subject: pair,
    run: (a) => a.toBeRefusedBy(5 as never),
    ...guardListRefusal('toBeRefusedBy', 'the number 5'),
  },
  {
    call: 'toBeRefusedBy(null)',
    subject: pair,
    run: (a) => a.toBeRefusedBy(null as never),
    ...guardListRefusal('toBeRefusedBy', 'null'),
  },
  {
    call: 'toBeRefusedBy({ id })',
    subject: pair,
    run: (a) => a.toBeRefusedBy({ id: 'GUARD-LMC-CONSULTED' } as never),
    ...guardListRefusal('toBeRefusedBy', 'an object'),
  },
  {
    call: "toBeRefusedBy('')",
    subject: pair,
    run: (a) => a.toBeRefusedBy(''),
    ...guardIdRefusal('toBeRefusedBy', 'an empty string'),
  },
  {
    call: "toBeRefusedBy(['GUARD-LMC-CONSULTED', 7])",
    subject: pair,
    run: (a) => a.toBeRefusedBy(['GUARD-LMC-CONSULTED', 7] as never),
    ...guardIdRefusal('toBeRefusedBy', 'the number 7'),
  },
  {
    call: "toBeRefusedBy(guard, { only: 'yes' })",
    subject: pair,
    run: (a) => a.toBeRefusedBy('GUARD-LMC-CONSULTED', { only: 'yes' as never }),
    ...onlyRefusal('toBeRefusedBy', 'the text "yes"'),
  },
  {
    call: 'toBeRefusedBy(guard, true)',
    subject: pair,
    run: (a) => a.toBeRefusedBy('GUARD-LMC-CONSULTED', true as never),
    ...optionsRefusal('toBeRefusedBy', 'the boolean true'),
  },
  // toBeAllowed: the options.
  {
    call: "toBeAllowed('strict')",
    subject: pair,
    run: (a) => a.toBeAllowed('strict' as never),
    ...optionsRefusal('toBeAllowed', 'the text "strict"'),
  },
  {
    call: 'toBeAllowed({ coverage: { record: 1 } })',
    subject: pair,
    run: (a) => a.toBeAllowed({ coverage: { record: 1 } as never }),
    ...coverageRefusal('toBeAllowed', 'an object'),
  },
  // toHaveBallotOutcome: the outcome.
  {
    call: "toHaveBallotOutcome('won')",
    subject: ballot,
    run: (a) => a.toHaveBallotOutcome('won' as never),
    ...outcomeRefusal('toHaveBallotOutcome', 'the text "won"'),
  },
  {
    call: "toHaveBallotOutcome('Carried')",
    subject: ballot,
    run: (a) => a.toHaveBallotOutcome('Carried' as never),
    ...outcomeRefusal('toHaveBallotOutcome', 'the text "Carried"'),
  },
  {
    call: 'toHaveBallotOutcome()',
    subject: ballot,
    run: (a) => a.toHaveBallotOutcome(undefined as never),
    ...outcomeRefusal('toHaveBallotOutcome', 'nothing (undefined)'),
  },
  // toRequireAction: the action, then the options.
  {
    call: "toRequireAction('refuse')",
    subject: offer,
    run: (a) => a.toRequireAction('refuse' as never, { asOf: '2017-07-03' }),
    ...actionRefusal('toRequireAction', 'the text "refuse"'),
  },
  {
    call: 'toRequireAction(null)',
    subject: offer,
    run: (a) => a.toRequireAction(null as never, { asOf: '2017-07-03' }),
    ...actionRefusal('toRequireAction', 'null'),
  },
  {
    call: "toRequireAction('accept', 20170703)",
    subject: offer,
    run: (a) => a.toRequireAction('accept', 20170703 as never),
    ...optionsRefusal('toRequireAction', 'the number 20170703'),
  },
  {
    call: 'toRequireAction(accept, { asOf: 32 July })',
    subject: offer,
    run: (a) => a.toRequireAction('accept', { asOf: '2017-07-32' }),
    ...asOfRefusal('toRequireAction', 'the text "2017-07-32"'),
  },
];

describe('the matchers, given malformed arguments', () => {
  it.each(MALFORMED.map((row) => [row.call, row] as const))(
    'refuse %s with a coded invalid_input, also under .not',
    (_, { subject, run, message, path, expected, received }) => {
      const wanted = { message, path, expected, received };
      expect(refusal(() => run(expect(subject)))).toEqual(wanted);
      expect(refusal(() => run(expect(subject).not))).toEqual(wanted);
    },
  );

  it('refuse the arguments the same way when called as plain functions, as jest calls them', () => {
    const { toBreach, toFlag, toBeRefusedBy, toHaveBallotOutcome, toRequireAction } =
      coCommissioningMatchers;
    expect(refusal(() => toBreach.call({ isNot: true }, gpChaired, '', { asOf }))).toEqual(
      ruleIdRefusal('toBreach', 'an empty string'),
    );
    expect(
      refusal(() => toFlag.call(undefined, gpChaired, 'COI-PCCC-LMC-SEAT', [] as never)),
    ).toEqual(optionsRefusal('toFlag', 'a list of 0'));
    expect(refusal(() => toBeRefusedBy.call({}, pair, [undefined] as never))).toEqual(
      guardIdRefusal('toBeRefusedBy', 'nothing (undefined)'),
    );
    expect(refusal(() => toHaveBallotOutcome.call({}, ballot, 'passed' as never))).toEqual(
      outcomeRefusal('toHaveBallotOutcome', 'the text "passed"'),
    );
    expect(refusal(() => toRequireAction.call({}, offer, 'Decline' as never))).toEqual(
      actionRefusal('toRequireAction', 'the text "Decline"'),
    );
  });

  it('accept a missing guard list or missing options as none', () => {
    expect(guardIdsArgument(undefined, 'toBeRefusedBy')).toEqual([]);
    expect(guardIdsArgument('GUARD-LMC-CONSULTED', 'toBeRefusedBy')).toEqual([
      'GUARD-LMC-CONSULTED',
    ]);
    expect(optionsArgument(undefined, 'toBreach')).toEqual({});
    const options = { asOf, subjectId: 'p-okafor', severity: 'advice', only: true };
    expect(optionsArgument(options, 'toFlag')).toBe(options);
  });

  it('accept every documented option of the right kind', () => {
    const coverage = createRuleCoverage();
    expect(gpChaired).toBreach('COI-PCCC-LAY-CHAIR', { asOf, subjectId: 'p-okafor', coverage });
    expect(gpChaired).toFlag('COI-PCCC-CCG-GP-NO-VOTE', { asOf, severity: 'advice', coverage });
    expect(pair).toBeRefusedBy(['GUARD-LMC-CONSULTED'], { only: false, coverage });
    expect(pair).not.toBeAllowed({ coverage });
    expect(coverage.report().recorded).toBe(4);
  });
});

describe('toFlag, given a subject it cannot check as given', () => {
  it('throws missing_as_of and unsupported_subject worded for toFlag, also under .not', () => {
    for (const negated of [false, true]) {
      const run = (subject: unknown) => () =>
        coCommissioningMatchers.toFlag.call({ isNot: negated }, subject, 'COI-PCCC-LMC-SEAT');
      expect(run(gpChaired)).toThrow(
        expect.objectContaining({
          name: 'PolicyAssertionError',
          code: 'missing_as_of',
          expected: 'options.asOf',
          actual: 'no asOf',
          message:
            "toFlag needs the date whose rules apply to check a committee: pass it as an option, as in expect(committee).toFlag('COI-PCCC-LMC-SEAT', { asOf: '2017-06-01' }).",
        }),
      );
      expect(run(ballot)).toThrow(
        expect.objectContaining({
          name: 'PolicyAssertionError',
          code: 'unsupported_subject',
          actual: 'an object with ballot, votes',
          message: expect.stringMatching(
            /^toFlag cannot check an object with ballot, votes: give it a committee, /,
          ),
        }),
      );
    }
  });
});

describe('the matchers, given fields the kit does not read', () => {
  it('pass them to the library, which refuses unknown ones with their path', () => {
    expect(
      refusal(() =>
        expect(gpChaired).toBreach('COI-PCCC-LAY-CHAIR', {
          asOf,
          checkOptions: { overides: {} } as never,
        }),
      ),
    ).toEqual({
      message: 'Remove the field "overides" at options: not part of this record.',
      path: ['options'],
      expected: 'only the documented fields',
      received: 'unknown field "overides"',
    });
    expect(refusal(() => expect(pair).not.toBeAllowed({ guard: {} } as never))).toEqual({
      message: 'Remove the field "guard" at options: not part of this record.',
      path: ['options'],
      expected: 'only the documented fields',
      received: 'unknown field "guard"',
    });
    expect(
      refusal(() =>
        expect(offer).toRequireAction('accept', { asOf: '2017-07-03', treshold: 1 } as never),
      ),
    ).toEqual({
      message: 'Remove the field "treshold" at options: not part of this record.',
      path: ['options'],
      expected: 'only the documented fields',
      received: 'unknown field "treshold"',
    });
  });
});

/** What a matcher returns, called as vitest and jest call it. */
function called(isNot: boolean, run: (this: { isNot: boolean }) => MatcherResult): MatcherResult {
  return run.call({ isNot });
}

/** A scenario: the matcher's verdict, and the message shown in the direction that fails. */
interface Scenario {
  readonly name: string;
  readonly pass: boolean;
  /** Whether the scenario's assertion is written with `.not` (its message is then shown). */
  readonly not: boolean;
  readonly run: (this: { isNot: boolean }) => MatcherResult;
}

const m = coCommissioningMatchers;
const gpCheck = checkCommittee(gpChaired, { asOf });
const SCENARIOS: readonly Scenario[] = [
  {
    name: 'toFlag with no severity, on a PCCC that gives the LMC a seat',
    pass: false,
    not: false,
    run() {
      return m.toFlag.call(this, buildCommittee(), 'COI-PCCC-LMC-SEAT', { asOf });
    },
  },
  {
    name: 'toFlag with a severity, under .not, on the check of a GP-chaired PCCC',
    pass: true,
    not: true,
    run() {
      return m.toFlag.call(this, gpCheck, 'COI-PCCC-CCG-GP-NO-VOTE', 'advice');
    },
  },
  {
    name: 'toBreach of a local rule whose finding names no one and offers no remedy',
    pass: false,
    not: false,
    run() {
      return m.toBreach.call(this, executiveViceChair, 'LOCAL-LAY-VICE-CHAIR', {
        asOf,
        subjectId: 'p-grant',
        checkOptions: { localRules: [layViceChair] },
      });
    },
  },
  {
    name: 'toBreach of a local rule, under .not',
    pass: true,
    not: true,
    run() {
      return m.toBreach.call(this, executiveViceChair, 'LOCAL-LAY-VICE-CHAIR', {
        asOf,
        checkOptions: { localRules: [layViceChair] },
      });
    },
  },
  {
    name: 'toBeCompliant on a register whose annual review is overdue',
    pass: false,
    not: false,
    run() {
      return m.toBeCompliant.call(this, buildRegister({ reviewedOn: [] }), { asOf: '2019-01-01' });
    },
  },
  {
    name: 'toBeRefusedBy two guards, when only the LMC guard refuses',
    pass: false,
    not: false,
    run() {
      return m.toBeRefusedBy.call(this, pair, ['GUARD-LMC-CONSULTED', 'GUARD-MEMBER-MANDATE']);
    },
  },
  {
    name: 'toBeRefusedBy one guard, under .not, when it refuses',
    pass: true,
    not: true,
    run() {
      return m.toBeRefusedBy.call(this, pair, 'GUARD-LMC-CONSULTED');
    },
  },
  {
    name: 'toBeRefusedBy nothing, on an accepted transition with an undecided guard',
    pass: false,
    not: false,
    run() {
      return m.toBeRefusedBy.call(this, transition(modelA, jointFromOctober));
    },
  },
  {
    name: 'toBeRefusedBy the undecided guard, on the explanation',
    pass: false,
    not: false,
    run() {
      return m.toBeRefusedBy.call(this, explainTransition(modelA, jointFromOctober), [
        'GUARD-JOINT-GO-LIVE-DATE',
      ]);
    },
  },
  {
    name: 'toBeAllowed, under .not, on an accepted [state, event] pair',
    pass: true,
    not: true,
    run() {
      return m.toBeAllowed.call(this, [modelA, jointFromOctober]);
    },
  },
  {
    name: 'toBeAllowed, on a submission without LMC consultation',
    pass: false,
    not: false,
    run() {
      return m.toBeAllowed.call(this, pair);
    },
  },
  {
    name: 'toCarry, on a tied ballot',
    pass: false,
    not: false,
    run() {
      return m.toCarry.call(this, buildBallot({ eligible: 10, yes: 4, no: 4 }));
    },
  },
  {
    name: 'toHaveBallotOutcome inquorate, on a carried ballot',
    pass: false,
    not: false,
    run() {
      return m.toHaveBallotOutcome.call(this, buildBallot(), 'inquorate');
    },
  },
  {
    name: 'toHaveBallotOutcome carried, under .not, on a carried ballot',
    pass: true,
    not: true,
    run() {
      return m.toHaveBallotOutcome.call(this, buildBallot(), 'carried');
    },
  },
  {
    name: 'toRequireAction accept, on a voucher under the 2016 guidance',
    pass: false,
    not: false,
    run() {
      return m.toRequireAction.call(this, voucher, 'accept', { asOf: '2016-09-01' });
    },
  },
  {
    name: 'toRequireAction accept, on an offer before any gift rule',
    pass: false,
    not: false,
    run() {
      return m.toRequireAction.call(this, buildOffer(), 'accept', { asOf: '2010-07-03' });
    },
  },
  {
    name: 'toRequireAction accept, under .not, on a £20 gift in 2017',
    pass: true,
    not: true,
    run() {
      return m.toRequireAction.call(this, buildOffer(), 'accept', { asOf: '2017-07-03' });
    },
  },
];

describe('the matchers’ messages', () => {
  it.each(SCENARIOS.map((scenario) => [scenario.name, scenario] as const))(
    'word %s',
    (name, { pass, not, run }) => {
      const result = called(not, run);
      expect(result.pass).toBe(pass);
      // The message shown is the one for the direction the assertion takes.
      expect(pass).toBe(not);
      expect(`${name}\n${result.message()}`).toMatchSnapshot(name);
    },
  );

  /** The lines of the message shown for the scenario at that place in the grid. */
  const lines = (index: number): string[] => {
    const scenario = SCENARIOS[index];
    if (scenario === undefined) throw new Error(`no scenario ${index}`);
    return called(scenario.not, scenario.run).message().split('\n');
  };

  it('write the hint line with the arguments as the test wrote them', () => {
    expect(lines(0)[0]).toBe("expect(committee).toFlag('COI-PCCC-LMC-SEAT')");
    expect(lines(1)[0]).toBe("expect(check).not.toFlag('COI-PCCC-CCG-GP-NO-VOTE', 'advice')");
    expect(lines(5)[0]).toBe(
      "expect([state, event]).toBeRefusedBy(['GUARD-LMC-CONSULTED', 'GUARD-MEMBER-MANDATE'])",
    );
    expect(lines(6)[0]).toBe("expect([state, event]).not.toBeRefusedBy('GUARD-LMC-CONSULTED')");
    expect(lines(7)[0]).toBe('expect(transition).toBeRefusedBy()');
    expect(lines(8)[0]).toBe("expect(explanation).toBeRefusedBy(['GUARD-JOINT-GO-LIVE-DATE'])");
    expect(lines(9)[0]).toBe('expect([state, event]).not.toBeAllowed()');
    expect(lines(10)[0]).toBe('expect([state, event]).toBeAllowed()');
    expect(lines(11)[0]).toBe('expect(ballot).toCarry()');
    expect(lines(12)[0]).toBe("expect(ballot).toHaveBallotOutcome('inquorate')");
    expect(lines(14)[0]).toBe("expect(offer).toRequireAction('accept')");
  });

  it('list a finding that names no one without an "About" line, and one without remedy without "Remedy"', () => {
    expect(lines(2).slice(2, 8)).toEqual([
      'Expected committee "pccc" (Primary Care Commissioning Committee) to breach LOCAL-LAY-VICE-CHAIR about p-grant on 2017-06-01, but its findings under the rule are about no one in particular.',
      'Rule LOCAL-LAY-VICE-CHAIR: not a rule in COI_RULES (a local rule, or a mistyped ID).',
      'Findings:',
      '- breach LOCAL-LAY-VICE-CHAIR: The vice-chair is not a lay member.',
      '  Source: PCCC terms of reference, 4.2',
      'Members:',
    ]);
    expect(lines(3).slice(2)).toEqual([
      'Expected committee "pccc" (Primary Care Commissioning Committee) not to breach LOCAL-LAY-VICE-CHAIR on 2017-06-01, but it does:',
      '- breach LOCAL-LAY-VICE-CHAIR: The vice-chair is not a lay member.',
      '  Source: PCCC terms of reference, 4.2',
    ]);
    const register = lines(4);
    expect(register.slice(2, 6)).toEqual([
      'Expected the register of interests to be compliant on 2019-01-01, but it has 1 breach:',
      '- breach COI-REGISTER-2017: The register has no recorded review; an annual check was due by 2018-06-16 and is overdue on 2019-01-01.',
      '  Source: DOMAIN.md COI-REGISTER-2017, Part 2 §1.5 rule 33 (S1, S40)',
      '  Remedy: Check the register is accurate and up to date, and record the date in reviewedOn.',
    ]);
  });

  it('give an undecided guard its remedy and source, and a passing guard neither', () => {
    const explained = lines(8);
    const undecided = explained.indexOf(
      '- unknown GUARD-JOINT-GO-LIVE-DATE: 2016-10-01 is not a joint commissioning go-live date the sources give (only 2015-04-01 and 2017-01-01 are known).',
    );
    expect(undecided).toBeGreaterThan(0);
    expect(explained.slice(undecided + 1)).toEqual([
      '  Remedy: Add the go-live date to options.calendar as a model B wave if NHS England set it.',
      '  Source: BMA General Practitioners Committee, 2016-11 (004_e95f1a032380c329.txt), Model B: Joint commissioning, How to apply; DOMAIN.md MODEL-B-NO-NATIONAL-APPLICATION, Part 2 §1.1 rule 4; Part 3 Q9',
    ]);
    expect(explained[undecided - 1]).toBe(
      '- pass GUARD-GO-LIVE-AFTER-PROPOSAL: Go-live 2016-10-01 is after the proposal date 2016-06-01.',
    );
    // A transition's record carries no sources: they come from the guard's definition.
    const recorded = lines(7);
    expect(recorded.at(-1)).toBe(
      '  Source: BMA General Practitioners Committee, 2016-11 (004_e95f1a032380c329.txt), Model B: Joint commissioning, How to apply; DOMAIN.md MODEL-B-NO-NATIONAL-APPLICATION, Part 2 §1.1 rule 4; Part 3 Q9',
    );
    expect(recorded.filter((line) => line.startsWith('  '))).toHaveLength(1);
  });

  it('give each reason of a gift its source, and an undecided one its remedy', () => {
    expect(lines(14).slice(3)).toEqual([
      'Reasons:',
      '- unknown GIFT-OTHER-2016: The 2016 sources do not say how cash or vouchers from non-suppliers are treated, so the library assesses them as a gift of the same value. The 2017 guidance declines cash and vouchers always.',
      '  Remedy: Check the CCG’s 2016 policy on cash and vouchers.',
      '  Source: DOMAIN.md GIFT-OTHER-2017, Part 2 §1.6 rule 46 (S1 "rather than £10")',
      '- pass GIFT-OTHER-2016: Cash or a voucher worth £20.00 from A patient’s family is over £10: under the 2016 guidance (threshold derived from the 2017 guidance\'s "rather than £10") it may be accepted but must be declared.',
      '  Source: DOMAIN.md GIFT-OTHER-2017, Part 2 §1.6 rule 46 (S1 "rather than £10")',
      '- unknown GH-REGISTER: If accepted, record it on the CCG’s publicly accessible register of gifts and hospitality.',
      '  Source: DOMAIN.md GH-REGISTER, Part 2 §1.6 rule 50 (S8)',
      'Findings: none.',
    ]);
    expect(lines(15).slice(4)).toEqual([
      '- unknown NO-RULE-IN-FORCE: No gift or hospitality rule in the sources is in force on 2010-07-03: thresholds begin with the revised statutory guidance of 28 June 2016, and the sources give none for the December 2014 guidance. The library cannot say what to do: a person must decide.',
      '  Remedy: Refer the offer to the CCG’s own policy in force on that date, or add a local rule.',
      '  Source: DOMAIN.md, Part 2 §3 timeline, Dec 2014 and 28 Jun 2016',
      'Findings: none.',
    ]);
  });

  it('show the same words through vitest’s expect', () => {
    let shown = '';
    try {
      expect(pair).toBeRefusedBy(['GUARD-LMC-CONSULTED', 'GUARD-MEMBER-MANDATE']);
    } catch (error) {
      shown = (error as Error).message;
    }
    expect(shown).toBe(lines(5).join('\n'));
  });
});

describe('a verdict in words', () => {
  const base = { id: 'LOCAL-NURSE-SEAT', message: 'No nurse sits on the committee.' } as const;

  it('takes its sources from the verdict, else the guard, else the rule', () => {
    expect(
      describeVerdict({ ...base, verdict: 'fail', sources: [{ document: 'Our policy' }] }),
    ).toBe('- fail LOCAL-NURSE-SEAT: No nurse sits on the committee.\n  Source: Our policy');
    expect(describeVerdict({ id: 'COI-PCCC-LAY-CHAIR', verdict: 'fail', message: 'x' })).toBe(
      '- fail COI-PCCC-LAY-CHAIR: x\n  Source: BMA General Practitioners Committee, 2016-11 (004_e95f1a032380c329.txt), Model C: Delegated commissioning, Governance; DOMAIN.md COI-PCCC-LAY-CHAIR, Part 2 §1.3 rule 17 (S24, S25)',
    );
    expect(describeVerdict({ id: 'GUARD-LMC-CONSULTED', verdict: 'unknown', message: 'x' })).toBe(
      '- unknown GUARD-LMC-CONSULTED: x\n  Source: BMA General Practitioners Committee, 2016-11 (004_e95f1a032380c329.txt), Key points 4; BMA General Practitioners Committee, 2016-11 (004_e95f1a032380c329.txt), What is co-commissioning?',
    );
  });

  it('leaves out a source it does not have, and a remedy that is empty or not called for', () => {
    expect(describeVerdict({ ...base, verdict: 'fail' })).toBe(
      '- fail LOCAL-NURSE-SEAT: No nurse sits on the committee.',
    );
    expect(describeVerdict({ ...base, verdict: 'unknown', sources: [], remedy: '' })).toBe(
      '- unknown LOCAL-NURSE-SEAT: No nurse sits on the committee.',
    );
    expect(
      describeVerdict(
        { ...base, verdict: 'pass', remedy: 'Appoint a nurse.', sources: [{ document: 'Ours' }] },
        'failures',
      ),
    ).toBe('- pass LOCAL-NURSE-SEAT: No nurse sits on the committee.');
    expect(
      describeVerdict(
        { ...base, verdict: 'pass', remedy: 'Appoint a nurse.', sources: [{ document: 'Ours' }] },
        'always',
      ),
    ).toBe('- pass LOCAL-NURSE-SEAT: No nurse sits on the committee.\n  Source: Ours');
    expect(
      describeVerdict({ ...base, verdict: 'unknown', remedy: 'Appoint a nurse.', sources: [] }),
    ).toBe(
      '- unknown LOCAL-NURSE-SEAT: No nurse sits on the committee.\n  Remedy: Appoint a nurse.',
    );
  });
});

describe('a finding in words', () => {
  it('names the people it is about, its source and its remedy, each when there is one', () => {
    const chair = checkCommittee(gpChaired, { asOf }).findings.find(
      (finding) => finding.ruleId === 'COI-PCCC-LAY-CHAIR',
    );
    if (chair === undefined) throw new Error('the GP-chaired PCCC has no lay-chair finding');
    expect(describeFinding(chair, new Map([['p-okafor', 'Dr B Okafor']]))).toBe(
      [
        '- breach COI-PCCC-LAY-CHAIR: The chair, Dr B Okafor, is a CCG GP, not a lay member.',
        '  About: Dr B Okafor (p-okafor)',
        '  Source: BMA General Practitioners Committee, 2016-11 (004_e95f1a032380c329.txt), Model C: Delegated commissioning, Governance',
        '  Remedy: Appoint a lay member as chair, such as the vice-chair, Mr T Bell.',
      ].join('\n'),
    );
    const { remedy: _, ...withoutRemedy } = chair;
    expect(describeFinding({ ...withoutRemedy, subjectIds: [] })).toBe(
      [
        '- breach COI-PCCC-LAY-CHAIR: The chair, Dr B Okafor, is a CCG GP, not a lay member.',
        '  Source: BMA General Practitioners Committee, 2016-11 (004_e95f1a032380c329.txt), Model C: Delegated commissioning, Governance',
      ].join('\n'),
    );
  });
});

describe('an option the findings matchers do not take', () => {
  const committee = buildCommittee({ chair: 'ccg-gp' });
  it.each([
    [
      'toBreach',
      () =>
        expect(committee).toBreach('COI-PCCC-LAY-CHAIR', {
          asOf: '2017-06-01',
          subjectID: 'p-1',
        } as never),
      'asOf, checkOptions, coverage, subjectId',
    ],
    [
      'toFlag',
      () =>
        expect(committee).toFlag('COI-PCCC-LAY-CHAIR', {
          asOf: '2017-06-01',
          severty: 'breach',
        } as never),
      'asOf, checkOptions, coverage, subjectId, severity',
    ],
    [
      'toBeCompliant',
      () => expect(committee).not.toBeCompliant({ asOf: '2017-06-01', subjectId: 'p-1' } as never),
      'asOf, checkOptions, coverage',
    ],
    [
      'assertBreaches',
      () =>
        assertBreaches(committee, 'COI-PCCC-LAY-CHAIR', {
          asOf: '2017-06-01',
          overrides: {},
        } as never),
      'asOf, checkOptions, coverage, subjectId',
    ],
  ] as const)('is refused by %s, not ignored', (what, run, allowed) => {
    expect(run).toThrowError(
      expect.objectContaining({
        code: 'invalid_input',
        issues: [
          expect.objectContaining({
            message: expect.stringMatching(
              new RegExp(`^${what}: remove the option "\\w+": it takes only ${allowed}\\.$`),
            ),
            expected: `only the options ${allowed}`,
          }),
        ],
      }),
    );
  });
});
