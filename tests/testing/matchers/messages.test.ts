// What a test author reads when one of the kit's matchers or assertions fails is the whole point
// of the kit: the rule or guard with its title and source, the finding's words, the people by
// name, the remedy, and why the expectation did not hold (the rule passed, was not in force, was
// turned off, could not be decided, its findings were of another severity or about someone else).
// This pins, over a grid of realistic subjects of every kind the matchers accept (raw committees,
// registers, offers and procurement registers checked on a date; the results of checkCommittee,
// assessAgendaItem, assessMeeting, checkDeclarations, checkProcurementRegister and assessGift;
// lists of findings; transition results, explanations and [state, event] pairs; ballots), whether
// each matcher passes, the full message of the direction that fails (with and without `.not`),
// and what the matching assert* function throws (code, expected, actual, message). It also pins
// which shapes are recognised as which kind of result, and the coded error and words for those
// that are not, so a changed or hand-made object is never read as a library result.
// Update the snapshots with `npx vitest run tests/testing/matchers/messages.test.ts -u`.
import {
  assessAgendaItem,
  assessGift,
  assessMeeting,
  availableTransitions,
  checkCommittee,
  checkDeclarations,
  checkProcurementRegister,
  explainTransition,
  type Finding,
  tallyBallot,
  transition,
} from 'co-commissioning';
import {
  assertAllowed,
  assertBallotOutcome,
  assertBreaches,
  assertCarried,
  assertCompliant,
  assertFlags,
  assertRefusedBy,
  assertRequiresAction,
  buildAgendaItem,
  buildBallot,
  buildCommissioningState,
  buildCommittee,
  buildCommitteeMember,
  buildDeclaration,
  buildDelegationProposal,
  buildEvent,
  buildMeeting,
  buildOffer,
  buildProcurementDecision,
  buildRegister,
  coCommissioningMatchers,
  isPolicyAssertionError,
  type PolicyAssertionError,
} from 'co-commissioning/testing';
import { describe, expect, it } from 'vitest';
import * as detect from '../../../src/testing/internal/detect.js';

expect.extend(coCommissioningMatchers);

// ---------------------------------------------------------------------------------------------
// Subjects, built with the library and the kit's builders.

const asOf = '2017-06-01';
const compliantPccc = buildCommittee();
const gpChaired = buildCommittee({ chair: 'ccg-gp' });
/** A GP-chaired PCCC with a second voting CCG GP, Dr M Jones: two findings under one rule. */
const twoGpVoters = buildCommittee({
  chair: 'ccg-gp',
  addMembers: [
    buildCommitteeMember({ personId: 'p-jones', name: 'Dr M Jones', role: 'ccg-gp', voting: true }),
  ],
});
/** No members at all: the chair and vice-chair are not members, and there is no lay majority. */
const emptyPccc = buildCommittee({ members: [] });
const governingBody = buildCommittee({ kind: 'governing-body' });
const publicUnrecorded = buildCommittee({ meetsInPublic: null });
const gpChairedCheck = checkCommittee(gpChaired, { asOf });

/** Dr A Patel and a visitor who is not on the committee both declared an interest in P001. */
const meetingRegister = buildRegister({
  declarations: [
    buildDeclaration(),
    buildDeclaration({
      id: 'd-visitor-p001',
      personId: 'p-visitor',
      description: 'Director of a company owned by practice P001',
    }),
  ],
});
/** An item about P001 on which Dr A Patel and the visitor are minuted as voting. */
const conflictedVote = buildAgendaItem({
  id: 'item-2',
  title: 'Premises improvement grant for practice P001',
  subject: { organisationIds: ['P001'] },
  recordedVoterIds: ['p-hughes', 'p-patel', 'p-visitor'],
});
const forInformation = buildAgendaItem({
  id: 'item-3',
  title: 'Update on list sizes',
  decisionKind: 'for-information',
});
const meeting = buildMeeting({
  attendeeIds: [...compliantPccc.members.map((member) => member.personId), 'p-visitor'],
  items: [buildAgendaItem(), conflictedVote, forInformation],
});
const meetingOptions = { register: meetingRegister, committee: compliantPccc, asOf: '2017-07-05' };
const conflictedItem = assessAgendaItem(meeting, 'item-2', meetingOptions);
const safeItem = assessAgendaItem(meeting, 'item-1', meetingOptions);
const wholeMeeting = assessMeeting(meeting, meetingOptions);
/** A decision, then an item for information, assessed without the committee (so no quorum). */
const withoutCommittee = assessMeeting(
  buildMeeting({ items: [buildAgendaItem(), forInformation] }),
  {
    register: meetingRegister,
    asOf: '2017-07-05',
  },
);
/** The same decision assessed without the committee, then with it, in one meeting assessment. */
const assessedTwice = {
  ...withoutCommittee,
  items: [withoutCommittee.items[0], safeItem],
};

const registerAsOf = '2017-07-01';
/** Dr A Patel declared 80 days late, Dr S Khan 59 days late: two breaches of one rule. */
const lateRegister = buildRegister({
  declarations: [
    buildDeclaration({ declaredOn: '2017-06-20' }),
    buildDeclaration({
      id: 'd-khan-p003',
      personId: 'p-khan',
      description: 'Partner at practice P003',
      arisesOn: '2017-01-01',
      declaredOn: '2017-03-01',
      organisationIds: ['P003'],
    }),
  ],
});
const lateCheck = checkDeclarations(lateRegister, { asOf: registerAsOf });

const procurementAsOf = '2017-07-31';
const decision = buildProcurementDecision();
const { managementActions: _, ...withoutActions } = decision;
const procurementCheck = checkProcurementRegister([decision], { asOf: procurementAsOf });
const incompleteCheck = checkProcurementRegister(
  [withoutActions, { ...withoutActions, id: 'pd-2' }],
  {
    asOf: procurementAsOf,
  },
);

const giftAsOf = '2017-07-03';
const chocolates = buildOffer();
const cash = buildOffer({ kind: 'cash-or-voucher' });
const acceptedCash = buildOffer({ kind: 'cash-or-voucher', accepted: true });
/** A £50.01 hamper, accepted and not yet on the register of gifts and hospitality. */
const acceptedHamper = buildOffer({
  description: 'A hamper',
  valuePence: 5001,
  accepted: true,
});
const undeclaredHamper = buildOffer({ description: 'A hamper', valuePence: 5001 });

const adviceOnly: readonly Finding[] = gpChairedCheck.findings.filter(
  (finding) => finding.severity !== 'breach',
);
/** The findings of two checks of one committee, under the default policy and a stricter one. */
const twoPolicies: readonly Finding[] = [
  ...checkCommittee(twoGpVoters, { asOf }).findings,
  ...checkCommittee(twoGpVoters, {
    asOf,
    overrides: { 'COI-PCCC-LAY-MAJORITY': { severity: 'warning' } },
  }).findings,
];

const start = buildCommissioningState();
const { state: withoutLmc } = buildDelegationProposal({
  skip: ['CONSULT_LMC'],
  stopBefore: 'SUBMIT_APPLICATION',
});
/** Neither the LMC, the member practices nor the governing body has agreed yet. */
const { state: nothingAgreed } = buildDelegationProposal({
  skip: ['CONSULT_LMC', 'RECORD_BALLOT', 'GOVERNING_BODY_DECISION'],
  stopBefore: 'SUBMIT_APPLICATION',
});
const submit = buildEvent('SUBMIT_APPLICATION', { on: '2015-11-01' });
const { state: ready, goLive } = buildDelegationProposal();
const live = buildEvent('GO_LIVE', { on: goLive });
const { state: noDueDiligence } = buildDelegationProposal({ skip: ['COMPLETE_DUE_DILIGENCE'] });
const holdMeeting = { type: 'HOLD_MEETING', on: '2016-01-01' };

const lost = buildBallot({ yes: 1, no: 2 });

// ---------------------------------------------------------------------------------------------
// How a case runs: the matcher through vitest's expect (and .not), the plain call that gives
// pass, and the assertion, rendered as text for the snapshot.

type MatcherName = keyof typeof coCommissioningMatchers;
type Call = (...args: readonly unknown[]) => void;
type Assertions = Record<MatcherName, Call> & { readonly not: Record<MatcherName, Call> };

const ASSERTIONS: Readonly<Record<MatcherName, readonly [string, Call]>> = {
  toBeCompliant: ['assertCompliant', assertCompliant as Call],
  toBreach: ['assertBreaches', assertBreaches as Call],
  toFlag: ['assertFlags', assertFlags as Call],
  toBeRefusedBy: ['assertRefusedBy', assertRefusedBy as Call],
  toBeAllowed: ['assertAllowed', assertAllowed as Call],
  toCarry: ['assertCarried', assertCarried as Call],
  toHaveBallotOutcome: ['assertBallotOutcome', assertBallotOutcome as Call],
  toRequireAction: ['assertRequiresAction', assertRequiresAction as Call],
};

interface Case {
  readonly name: string;
  readonly subject: unknown;
  readonly matcher: MatcherName;
  readonly args: readonly unknown[];
  /** Whether the subject meets the expectation (so `.not` is the direction that fails). */
  readonly holds: boolean;
}

const c = (
  name: string,
  subject: unknown,
  matcher: MatcherName,
  args: readonly unknown[],
  holds: boolean,
): Case => ({ name, subject, matcher, args, holds });

/** What a call throws, or the word `passed`. */
function thrown(run: () => void): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return 'passed';
}

function assertionError(error: unknown): PolicyAssertionError {
  if (isPolicyAssertionError(error)) return error;
  throw new Error(`expected a PolicyAssertionError, got ${String(error)}`);
}

/** Runs a case every way and renders what a reader sees, checking that the ways agree. */
function render(testCase: Case): string {
  const { subject, matcher, args, holds } = testCase;
  const plain = (
    coCommissioningMatchers[matcher] as (
      this: unknown,
      received: unknown,
      ...rest: readonly unknown[]
    ) => { pass: boolean; message: () => string }
  ).call({ isNot: false }, subject, ...args);
  expect(plain.pass).toBe(holds);

  const assertions = expect(subject) as unknown as Assertions;
  const positive = thrown(() => assertions[matcher](...args));
  const negated = thrown(() => assertions.not[matcher](...args));
  // Exactly the direction that does not hold fails, with the message of the matcher.
  expect(holds ? positive : negated).toBe('passed');
  const failed = holds ? negated : positive;
  expect(failed).toBeInstanceOf(Error);
  const message = (failed as Error).message;
  if (!holds) expect(message).toBe(plain.message());

  const [assertName, assert] = ASSERTIONS[matcher];
  const outcome = thrown(() => assert(subject, ...args));
  let assertion: string;
  if (holds) {
    expect(outcome).toBe('passed');
    assertion = `${assertName}: returns`;
  } else {
    const error = assertionError(outcome);
    // The assertion throws the matcher's explanation without the hint line.
    expect(error.message).toBe(message.split('\n').slice(2).join('\n'));
    assertion = `${assertName}: throws ${error.code}; expected ${JSON.stringify(error.expected)}; actual ${JSON.stringify(error.actual)}`;
  }
  return `${message}\n--\n${assertion}`;
}

// ---------------------------------------------------------------------------------------------
// The grid.

const COMPLIANCE: readonly Case[] = [
  c('a compliant PCCC', compliantPccc, 'toBeCompliant', [{ asOf }], true),
  c('a GP-chaired PCCC', gpChaired, 'toBeCompliant', [{ asOf }], false),
  c('a PCCC with no members, with two breaches', emptyPccc, 'toBeCompliant', [{ asOf }], false),
  c('a governing body', governingBody, 'toBeCompliant', [{ asOf }], true),
  c('the check of the GP-chaired PCCC', gpChairedCheck, 'toBeCompliant', [], false),
  c(
    'the check of the GP-chaired PCCC, whose own date wins over options.asOf',
    gpChairedCheck,
    'toBeCompliant',
    [{ asOf: '2020-01-01' }],
    false,
  ),
  c(
    'an agenda item where a conflicted member and a visitor voted',
    conflictedItem,
    'toBeCompliant',
    [],
    false,
  ),
  c('a safe agenda item', safeItem, 'toBeCompliant', [], true),
  c('a meeting with a conflicted vote', wholeMeeting, 'toBeCompliant', [], false),
  c('a meeting assessed without its committee', withoutCommittee, 'toBeCompliant', [], true),
  c(
    'a register of interests with two late declarations',
    lateRegister,
    'toBeCompliant',
    [{ asOf: registerAsOf }],
    false,
  ),
  c('the check of that register', lateCheck, 'toBeCompliant', [], false),
  c(
    'the check of that register, dated by options.asOf',
    lateCheck,
    'toBeCompliant',
    [{ asOf: registerAsOf }],
    false,
  ),
  c(
    'a complete register of procurement decisions',
    [decision],
    'toBeCompliant',
    [{ asOf: procurementAsOf }],
    true,
  ),
  c(
    'the check of two procurement decisions without management actions',
    incompleteCheck,
    'toBeCompliant',
    [],
    false,
  ),
  c('an accepted cash gift', acceptedCash, 'toBeCompliant', [{ asOf: giftAsOf }], false),
  c(
    'the assessment of an accepted £50.01 hamper',
    assessGift(acceptedHamper, { asOf: giftAsOf }),
    'toBeCompliant',
    [],
    false,
  ),
  c(
    'the assessment of a box of chocolates',
    assessGift(chocolates, { asOf: giftAsOf }),
    'toBeCompliant',
    [],
    true,
  ),
  c('the findings of the GP-chaired PCCC', gpChairedCheck.findings, 'toBeCompliant', [], false),
  c('its findings that are advice only', adviceOnly, 'toBeCompliant', [], true),
  c('no findings', [], 'toBeCompliant', [], true),
];

const BREACHES: readonly Case[] = [
  c('a GP chair', gpChaired, 'toBreach', ['COI-PCCC-LAY-CHAIR', { asOf }], true),
  c(
    'a GP chair, about the vice-chair',
    gpChaired,
    'toBreach',
    ['COI-PCCC-LAY-CHAIR', { asOf, subjectId: 'p-bell' }],
    false,
  ),
  c('a lay chair', compliantPccc, 'toBreach', ['COI-PCCC-LAY-CHAIR', { asOf }], false),
  c(
    'a governing body, under a PCCC rule',
    governingBody,
    'toBreach',
    ['COI-PCCC-LAY-CHAIR', { asOf }],
    false,
  ),
  c(
    'the check of a PCCC, under a governing-body rule',
    gpChairedCheck,
    'toBreach',
    ['GB-COMPOSITION'],
    false,
  ),
  c(
    'a GP chair, with the rule turned off',
    gpChaired,
    'toBreach',
    [
      'COI-PCCC-LAY-CHAIR',
      { asOf, checkOptions: { overrides: { 'COI-PCCC-LAY-CHAIR': { enabled: false } } } },
    ],
    false,
  ),
  c(
    'the check of a PCCC, under a mistyped rule ID',
    gpChairedCheck,
    'toBreach',
    ['COI-PCCC-LAY-CHAIRS'],
    false,
  ),
  c(
    'a visitor who voted on an item despite an interest',
    conflictedItem,
    'toBreach',
    ['COI-CONFLICTED-NO-VOTE', { subjectId: 'p-visitor' }],
    true,
  ),
  c(
    'the conflicted votes on an item, about a member who did not vote',
    conflictedItem,
    'toBreach',
    ['COI-CONFLICTED-NO-VOTE', { subjectId: 'p-bell' }],
    false,
  ),
  c(
    'a conflicted vote at a meeting',
    wholeMeeting,
    'toBreach',
    ['COI-CONFLICTED-NO-VOTE', { subjectId: 'p-patel' }],
    true,
  ),
  c(
    'a meeting whose quorum is unknown for its one decision',
    withoutCommittee,
    'toBreach',
    ['PCCC-QUORUM-LOCAL'],
    false,
  ),
  c(
    'a decision assessed without, then with, its committee',
    assessedTwice,
    'toBreach',
    ['PCCC-QUORUM-LOCAL'],
    false,
  ),
  c(
    'a late declaration by Dr S Khan',
    lateCheck,
    'toBreach',
    ['COI-DECLARE-28D', { subjectId: 'p-khan' }],
    true,
  ),
  c(
    'the check of a register, under a committee rule',
    lateCheck,
    'toBreach',
    ['COI-PCCC-LAY-CHAIR'],
    false,
  ),
  c(
    'the check of a reviewed register, under the review rule',
    lateCheck,
    'toBreach',
    ['COI-REGISTER-2017'],
    false,
  ),
  c(
    'a register, before the review rule was in force',
    buildRegister(),
    'toBreach',
    ['COI-REGISTER-2017', { asOf: '2017-05-01' }],
    false,
  ),
  c(
    'the check of a complete register of procurement decisions',
    procurementCheck,
    'toBreach',
    ['COI-PROCUREMENT-REGISTER'],
    false,
  ),
  c(
    'a complete register of procurement decisions',
    [decision],
    'toBreach',
    ['COI-PROCUREMENT-REGISTER', { asOf: procurementAsOf }],
    false,
  ),
  c(
    'the second decision without management actions',
    incompleteCheck,
    'toBreach',
    ['COI-PROCUREMENT-REGISTER', { subjectId: 'pd-2' }],
    true,
  ),
  c(
    'an accepted cash gift, about its recipient',
    assessGift(acceptedCash, { asOf: giftAsOf }),
    'toBreach',
    ['GIFT-OTHER-2017', { subjectId: 'p-hughes' }],
    true,
  ),
  c(
    'an accepted cash gift, about someone else',
    assessGift(acceptedCash, { asOf: giftAsOf }),
    'toBreach',
    ['GIFT-OTHER-2017', { subjectId: 'p-bell' }],
    false,
  ),
  c(
    'an accepted cash gift, under the hospitality rule',
    acceptedCash,
    'toBreach',
    ['HOSP-2017', { asOf: giftAsOf }],
    false,
  ),
  c(
    'findings with no observer finding, dated by options.asOf',
    gpChairedCheck.findings,
    'toBreach',
    ['COI-PCCC-OBSERVERS', { asOf }],
    false,
  ),
];

const FLAGS: readonly Case[] = [
  c(
    'two voting CCG GPs, as advice',
    twoGpVoters,
    'toFlag',
    ['COI-PCCC-CCG-GP-NO-VOTE', { asOf, severity: 'advice' }],
    true,
  ),
  c(
    'two voting CCG GPs, as a warning',
    twoGpVoters,
    'toFlag',
    ['COI-PCCC-CCG-GP-NO-VOTE', { asOf, severity: 'warning' }],
    false,
  ),
  c(
    'two voting CCG GPs, about the vice-chair',
    twoGpVoters,
    'toFlag',
    ['COI-PCCC-CCG-GP-NO-VOTE', { asOf, subjectId: 'p-bell' }],
    false,
  ),
  c(
    'the check of two voting CCG GPs, about one of them',
    checkCommittee(twoGpVoters, { asOf }),
    'toFlag',
    ['COI-PCCC-CCG-GP-NO-VOTE', { subjectId: 'p-jones' }],
    true,
  ),
  c(
    'findings of two policies, as a breach',
    twoPolicies,
    'toFlag',
    ['COI-PCCC-LAY-MAJORITY', 'breach'],
    false,
  ),
  c(
    'findings of two policies, as a warning',
    twoPolicies,
    'toFlag',
    ['COI-PCCC-LAY-MAJORITY', 'warning'],
    true,
  ),
  c(
    'a PCCC that does not record whether it meets in public',
    publicUnrecorded,
    'toFlag',
    ['COI-PCCC-PUBLIC', { asOf }],
    false,
  ),
  c(
    'a PCCC with no members, before the LMC seat rule',
    emptyPccc,
    'toFlag',
    ['COI-PCCC-LMC-SEAT', { asOf: '2016-06-01' }],
    false,
  ),
  c(
    'a register checked without the decision-makers',
    buildRegister(),
    'toFlag',
    ['SEED-COI-MEASURES', { asOf: registerAsOf }],
    false,
  ),
  c(
    'a register checked with the decision-makers',
    buildRegister(),
    'toFlag',
    [
      'SEED-COI-MEASURES',
      { asOf: registerAsOf, checkOptions: { decisionMakerIds: ['p-hughes', 'p-okafor'] } },
    ],
    true,
  ),
  c(
    'an undeclared £50.01 hamper, under the register rule',
    assessGift(undeclaredHamper, { asOf: giftAsOf }),
    'toFlag',
    ['GH-REGISTER'],
    false,
  ),
  c(
    'a meeting without its committee, under the conflicted-chair rule',
    withoutCommittee,
    'toFlag',
    ['COI-CONFLICTED-CHAIR'],
    false,
  ),
];

const allowedExplanation = explainTransition(ready, live);
const REFUSALS: readonly Case[] = [
  c(
    'submitting before the LMC is consulted, by that guard only',
    [withoutLmc, submit],
    'toBeRefusedBy',
    ['GUARD-LMC-CONSULTED', { only: true }],
    true,
  ),
  c(
    'submitting with nothing agreed, by any guard with only',
    [nothingAgreed, submit],
    'toBeRefusedBy',
    [[], { only: true }],
    true,
  ),
  c(
    'submitting with nothing agreed, by two of its three guards',
    [nothingAgreed, submit],
    'toBeRefusedBy',
    [['GUARD-LMC-CONSULTED', 'GUARD-MEMBER-MANDATE']],
    true,
  ),
  c(
    'submitting with nothing agreed, by two of its three guards only',
    [nothingAgreed, submit],
    'toBeRefusedBy',
    [['GUARD-LMC-CONSULTED', 'GUARD-MEMBER-MANDATE'], { only: true }],
    false,
  ),
  c(
    'the explanation of submitting with nothing agreed',
    explainTransition(nothingAgreed, submit),
    'toBeRefusedBy',
    [],
    true,
  ),
  c(
    'the result of submitting with nothing agreed, by guards of later steps',
    transition(nothingAgreed, submit),
    'toBeRefusedBy',
    [['GUARD-DELEGATION-AGREEMENT', 'GUARD-NHSE-APPROVAL']],
    false,
  ),
  c(
    'the explanation of submitting with nothing agreed, by a guard that passed',
    explainTransition(nothingAgreed, submit),
    'toBeRefusedBy',
    ['GUARD-PROPOSAL-OPEN'],
    false,
  ),
  c('an event the machine does not know', [start, holdMeeting], 'toBeRefusedBy', [], true),
  c(
    'an event the machine does not know, by a guard',
    [start, holdMeeting],
    'toBeRefusedBy',
    ['GUARD-PROPOSAL-OPEN'],
    false,
  ),
  c('going live when ready', transition(ready, live), 'toBeRefusedBy', [], false),
  c(
    'going live when ready, by a guard',
    allowedExplanation,
    'toBeRefusedBy',
    ['GUARD-LMC-CONSULTED'],
    false,
  ),
];

const ALLOWED: readonly Case[] = [
  c('going live when ready', [ready, live], 'toBeAllowed', [], true),
  c('the result of going live when ready', transition(ready, live), 'toBeAllowed', [], true),
  c(
    'going live without due diligence, its guard turned off',
    [noDueDiligence, live],
    'toBeAllowed',
    [{ guards: { 'GUARD-DUE-DILIGENCE': { enabled: false } } }],
    true,
  ),
  c('submitting before the LMC is consulted', [withoutLmc, submit], 'toBeAllowed', [], false),
  c(
    'the explanation of an event without a date',
    explainTransition(start, { type: 'GO_LIVE' }),
    'toBeAllowed',
    [],
    false,
  ),
  c('a null event', [start, null], 'toBeAllowed', [], false),
  c('no event', [start, undefined], 'toBeAllowed', [], false),
];

const BALLOTS: readonly Case[] = [
  c(
    'the Cambridgeshire ballot',
    buildBallot({ eligible: 107, yes: 52, no: 31 }),
    'toCarry',
    [],
    true,
  ),
  c('a ballot lost 1 to 2', tallyBallot(lost.ballot, lost.votes), 'toCarry', [], false),
  c(
    'a tied ballot to be re-run',
    buildBallot({ yes: 2, no: 2, rules: { tie: 're-ballot' } }),
    'toHaveBallotOutcome',
    ['tied'],
    true,
  ),
];

const ACTIONS: readonly Case[] = [
  c('a cash gift offered', cash, 'toRequireAction', ['decline', { asOf: giftAsOf }], true),
  c(
    'the assessment of a box of chocolates',
    assessGift(chocolates, { asOf: giftAsOf }),
    'toRequireAction',
    ['decline'],
    false,
  ),
];

const GRID: Readonly<Record<string, readonly Case[]>> = {
  'toBeCompliant and assertCompliant': COMPLIANCE,
  'toBreach and assertBreaches': BREACHES,
  'toFlag and assertFlags': FLAGS,
  'toBeRefusedBy and assertRefusedBy': REFUSALS,
  'toBeAllowed and assertAllowed': ALLOWED,
  'toCarry, toHaveBallotOutcome and their assertions': BALLOTS,
  'toRequireAction and assertRequiresAction': ACTIONS,
};

describe('the message of each matcher and assertion, over every kind of subject', () => {
  for (const [group, cases] of Object.entries(GRID)) {
    describe(group, () => {
      for (const testCase of cases) {
        it(`${testCase.holds ? 'passes' : 'fails'} for ${testCase.name}`, () => {
          expect(render(testCase)).toMatchSnapshot();
        });
      }
    });
  }
});

// ---------------------------------------------------------------------------------------------
// The logic behind the words, stated outright.

/** The matcher's message for the direction given, by a plain call. */
function messageOf(
  matcher: MatcherName,
  isNot: boolean,
  subject: unknown,
  ...args: readonly unknown[]
): string {
  const run = coCommissioningMatchers[matcher] as (
    this: unknown,
    received: unknown,
    ...rest: readonly unknown[]
  ) => { pass: boolean; message: () => string };
  return run.call({ isNot }, subject, ...args).message();
}

/** The third line of a matcher's message: the sentence that says what went wrong. */
const headline = (message: string): string | undefined => message.split('\n')[2];

describe('the reason a finding matcher gives', () => {
  it('counts breaches in words, one or many', () => {
    expect(headline(messageOf('toBeCompliant', false, emptyPccc, { asOf }))).toBe(
      'Expected committee "pccc" (Primary Care Commissioning Committee) to be compliant on 2017-06-01, but it has 2 breaches:',
    );
    expect(headline(messageOf('toBeCompliant', false, gpChaired, { asOf }))).toBe(
      'Expected committee "pccc" (Primary Care Commissioning Committee) to be compliant on 2017-06-01, but it has 1 breach:',
    );
  });

  it('treats findings that are only advice as compliant, whatever the subject', () => {
    expect(adviceOnly.map((finding) => finding.severity)).toEqual(['advice', 'advice']);
    expect(adviceOnly).toBeCompliant();
    expect(wholeMeeting.items[2]).toBeCompliant();
    expect(assessGift(undeclaredHamper, { asOf: giftAsOf })).toBeCompliant();
    expect(gpChairedCheck.findings).not.toBeCompliant();
  });

  it('names the people on an agenda item by name, and a visitor not on the committee by ID', () => {
    const message = messageOf('toBeCompliant', false, conflictedItem);
    expect(message).toContain('About: Dr A Patel (p-patel)');
    expect(message).toContain('About: p-visitor\n');
    expect(message).not.toContain('null');
    const meetingMessage = messageOf('toBeCompliant', false, wholeMeeting);
    expect(meetingMessage).toContain('About: Dr A Patel (p-patel)');
    expect(meetingMessage).toContain('About: p-visitor\n');
    expect(meetingMessage).not.toContain('null');
  });

  it('reads a meeting whose attendees are all unnamed, with no committee given', () => {
    expect(withoutCommittee.items[0]?.attendees.every((attendee) => attendee.name === null)).toBe(
      true,
    );
    expect(withoutCommittee).toBeCompliant();
    expect(withoutCommittee.items[0]).not.toBreach('PCCC-QUORUM-LOCAL');
  });

  it('across agenda items, keeps an undecided rule undecided after an item where it does not apply', () => {
    expect(headline(messageOf('toBreach', false, withoutCommittee, 'PCCC-QUORUM-LOCAL'))).toBe(
      'Expected meeting "pccc-2017-07-05" to breach PCCC-QUORUM-LOCAL on 2017-07-05, but the rule could not be decided: the data it needs is missing.',
    );
    const reversed = { ...assessedTwice, items: [...assessedTwice.items].reverse() };
    expect(headline(messageOf('toBreach', false, reversed, 'PCCC-QUORUM-LOCAL'))).toBe(
      headline(messageOf('toBreach', false, assessedTwice, 'PCCC-QUORUM-LOCAL')),
    );
  });

  it('says a rule that failed without a finding, or does not apply, did not pass', () => {
    const cash = assessGift(buildOffer({ kind: 'cash-or-voucher' }), { asOf: '2017-07-03' });
    expect(headline(messageOf('toBreach', false, cash, 'GIFT-OTHER-2017'))).toBe(
      'Expected offer "o-1" to breach GIFT-OTHER-2017, but the rule came out as fail without a finding: it says what to do, and nothing against it has happened.',
    );
  });

  it('across agenda items, lets an undecided item win over a pass, whatever the order', () => {
    expect(headline(messageOf('toBreach', false, assessedTwice, 'PCCC-QUORUM-LOCAL'))).toBe(
      'Expected meeting "pccc-2017-07-05" to breach PCCC-QUORUM-LOCAL on 2017-07-05, but the rule could not be decided: the data it needs is missing.',
    );
  });

  it('tells a rule of another subject from a rule that passed, for register and procurement checks', () => {
    expect(headline(messageOf('toBreach', false, lateCheck, 'COI-PCCC-LAY-CHAIR'))).toBe(
      'Expected the register of interests to breach COI-PCCC-LAY-CHAIR, but no finding names the rule.',
    );
    expect(headline(messageOf('toBreach', false, lateCheck, 'COI-REGISTER-2017'))).toBe(
      'Expected the register of interests to breach COI-REGISTER-2017, but the rule was applied and passed.',
    );
    expect(
      headline(messageOf('toBreach', false, procurementCheck, 'COI-PROCUREMENT-REGISTER')),
    ).toBe(
      'Expected the register of procurement decisions to breach COI-PROCUREMENT-REGISTER, but the rule was applied and passed.',
    );
    expect(headline(messageOf('toBreach', false, procurementCheck, 'COI-REGISTER-2017'))).toBe(
      'Expected the register of procurement decisions to breach COI-REGISTER-2017, but no finding names the rule.',
    );
  });

  it('says a gift rule could not be decided when its reason is unknown', () => {
    expect(
      headline(
        messageOf('toFlag', false, assessGift(undeclaredHamper, { asOf: giftAsOf }), 'GH-REGISTER'),
      ),
    ).toBe(
      'Expected offer "o-1" to be flagged by GH-REGISTER, but the rule could not be decided: the data it needs is missing.',
    );
  });

  it('lists every severity and every person its findings under the rule have', () => {
    expect(
      headline(messageOf('toFlag', false, twoPolicies, 'COI-PCCC-LAY-MAJORITY', 'breach')),
    ).toBe(
      'Expected the list of findings to be flagged by COI-PCCC-LAY-MAJORITY as breach, but its findings under the rule are advice and warning, not breach.',
    );
    expect(
      headline(
        messageOf('toFlag', false, twoGpVoters, 'COI-PCCC-CCG-GP-NO-VOTE', {
          asOf,
          subjectId: 'p-bell',
        }),
      ),
    ).toBe(
      'Expected committee "pccc" (Primary Care Commissioning Committee) to be flagged by COI-PCCC-CCG-GP-NO-VOTE about p-bell on 2017-06-01, but its findings under the rule are about p-jones, p-okafor.',
    );
  });

  it('gives the assertion what was expected and the severity and rule of every finding', () => {
    const flag = assertionError(
      thrown(() => assertFlags(emptyPccc, 'COI-PCCC-LMC-SEAT', { asOf: '2016-06-01' })),
    );
    expect(flag.code).toBe('rule_not_flagged');
    expect(flag.expected).toBe('COI-PCCC-LMC-SEAT');
    expect(flag.actual).toEqual([
      'warning COI-PCCC-CHAIR-IS-MEMBER',
      'warning COI-PCCC-CHAIR-IS-MEMBER',
      'breach COI-PCCC-LAY-CHAIR',
      'breach COI-PCCC-LAY-EXEC-MAJORITY',
      'advice COI-PCCC-LAY-MAJORITY',
    ]);
    const about = assertionError(
      thrown(() =>
        assertFlags(twoGpVoters, 'COI-PCCC-CCG-GP-NO-VOTE', { asOf, subjectId: 'p-bell' }),
      ),
    );
    expect(about.expected).toBe('COI-PCCC-CCG-GP-NO-VOTE about p-bell');
    const breach = assertionError(
      thrown(() =>
        assertBreaches(compliantPccc, 'COI-PCCC-LAY-CHAIR', { asOf, subjectId: 'p-hughes' }),
      ),
    );
    expect(breach.code).toBe('rule_not_breached');
    expect(breach.expected).toBe('COI-PCCC-LAY-CHAIR as breach about p-hughes');
    expect(breach.actual).toEqual([]);
  });

  it('names the subject in the hint line by its kind', () => {
    const hints: [string, unknown, readonly unknown[]][] = [
      ['expect(committee).toBeCompliant()', gpChaired, [{ asOf }]],
      ['expect(check).toBeCompliant()', gpChairedCheck, []],
      ['expect(assessment).toBeCompliant()', conflictedItem, []],
      ['expect(assessment).toBeCompliant()', wholeMeeting, []],
      ['expect(register).toBeCompliant()', lateRegister, [{ asOf: registerAsOf }]],
      ['expect(check).toBeCompliant()', lateCheck, []],
      ['expect(register).toBeCompliant()', [withoutActions], [{ asOf: procurementAsOf }]],
      ['expect(check).toBeCompliant()', incompleteCheck, []],
      ['expect(offer).toBeCompliant()', acceptedCash, [{ asOf: giftAsOf }]],
      ['expect(assessment).toBeCompliant()', assessGift(acceptedCash, { asOf: giftAsOf }), []],
      ['expect(findings).toBeCompliant()', gpChairedCheck.findings, []],
    ];
    for (const [hint, subject, args] of hints) {
      expect(messageOf('toBeCompliant', false, subject, ...args).split('\n')[0]).toBe(hint);
    }
  });
});

describe('the reason a transition matcher gives', () => {
  it('passes with only and no guard named whatever guards refused', () => {
    expect([nothingAgreed, submit]).toBeRefusedBy([], { only: true });
    expect([nothingAgreed, submit]).toBeRefusedBy(undefined, { only: true });
    expect(explainTransition(nothingAgreed, submit)).toBeRefusedBy([], { only: true });
  });

  it('under .not, lists only the named guards that refused, or every refusal when none is named', () => {
    const named = messageOf(
      'toBeRefusedBy',
      true,
      [nothingAgreed, submit],
      ['GUARD-LMC-CONSULTED', 'GUARD-MEMBER-MANDATE'],
    );
    expect(headline(named)).toBe(
      'Expected SUBMIT_APPLICATION on 2015-11-01 not to be refused by GUARD-LMC-CONSULTED and GUARD-MEMBER-MANDATE, but it was:',
    );
    expect(named).toContain('- fail GUARD-MEMBER-MANDATE');
    expect(named).not.toContain('GUARD-GOVERNING-BODY-APPROVAL');
    const all = messageOf('toBeRefusedBy', true, explainTransition(nothingAgreed, submit), []);
    expect(
      all
        .split('\n')
        .filter((line) => line.startsWith('- '))
        .map((line) => line.split(':')[0]),
    ).toEqual([
      '- fail GUARD-LMC-CONSULTED',
      '- fail GUARD-MEMBER-MANDATE',
      '- fail GUARD-GOVERNING-BODY-APPROVAL',
    ]);
    const unknown = messageOf('toBeRefusedBy', true, [start, holdMeeting], []);
    expect(unknown.split('\n').slice(2, 4)).toEqual([
      'Expected HOLD_MEETING on 2016-01-01 not to be refused, but it was:',
      expect.stringMatching(/^- unknown_event: Expected an event whose type is one of PROPOSE, /),
    ]);
  });

  it('says a named guard "did not fail" on a refused result, which carries only the failures', () => {
    const message = messageOf('toBeRefusedBy', false, transition(nothingAgreed, submit), [
      'GUARD-DELEGATION-AGREEMENT',
    ]);
    expect(message.split('\n').slice(2, 6)).toEqual([
      'Expected the event to be refused by GUARD-DELEGATION-AGREEMENT, but GUARD-DELEGATION-AGREEMENT did not fail.',
      'Guard GUARD-DELEGATION-AGREEMENT: The delegation agreement was signed.',
      expect.stringMatching(/^Source: /),
      'GUARD-DELEGATION-AGREEMENT did not fail.',
    ]);
  });

  it('gives the assertion what was expected and what happened', () => {
    const accepted = assertionError(thrown(() => assertRefusedBy(transition(ready, live))));
    expect([accepted.code, accepted.expected, accepted.actual]).toEqual([
      'not_refused',
      'refused',
      'accepted',
    ]);
    const named = assertionError(
      thrown(() => assertRefusedBy([start, holdMeeting], 'GUARD-PROPOSAL-OPEN')),
    );
    expect([named.expected, named.actual]).toEqual([['GUARD-PROPOSAL-OPEN'], ['unknown_event']]);
    const notAllowed = assertionError(
      thrown(() => assertAllowed(explainTransition(start, { type: 'GO_LIVE' }))),
    );
    expect([notAllowed.code, notAllowed.expected, notAllowed.actual]).toEqual([
      'not_allowed',
      'allowed',
      ['invalid_input'],
    ]);
    const refused = assertionError(thrown(() => assertAllowed(transition(nothingAgreed, submit))));
    expect(refused.actual).toEqual([
      'GUARD-LMC-CONSULTED',
      'GUARD-MEMBER-MANDATE',
      'GUARD-GOVERNING-BODY-APPROVAL',
    ]);
  });

  it('calls an event without a type "the event", whatever it is', () => {
    for (const event of [null, undefined, 'GO_LIVE', 42, { on: '2016-04-01' }]) {
      expect(headline(messageOf('toBeAllowed', false, [start, event]))).toBe(
        'Expected the event to be allowed, but it was refused:',
      );
    }
    expect(
      headline(messageOf('toBeAllowed', false, explainTransition(start, { on: '2016-04-01' }))),
    ).toBe('Expected the event to be allowed, but it was refused:');
    expect(
      messageOf('toBeAllowed', false, explainTransition(start, { type: 'GO_LIVE' })).split('\n')[0],
    ).toBe('expect(explanation).toBeAllowed()');
  });
});

// ---------------------------------------------------------------------------------------------
// Subjects that are not recognised, and raw subjects without a date.

interface Misuse {
  readonly name: string;
  readonly matcher: MatcherName;
  readonly subject: unknown;
  readonly args: readonly unknown[];
}

const finding = gpChairedCheck.findings[0] as Finding;
const explanationOf = (changes: Record<string, unknown>): unknown => ({
  ...allowedExplanation,
  ...changes,
});
const ballotResult = tallyBallot(lost.ballot, lost.votes);

const UNRECOGNISED: readonly Misuse[] = [
  { name: 'nothing', matcher: 'toBeCompliant', subject: undefined, args: [] },
  { name: 'an empty object', matcher: 'toBeCompliant', subject: {}, args: [] },
  { name: 'an agenda item assessment', matcher: 'toBeAllowed', subject: conflictedItem, args: [] },
  {
    name: 'an agenda item assessment whose item is its ID',
    matcher: 'toBreach',
    subject: { ...conflictedItem, item: 'item-2' },
    args: ['COI-CONFLICTED-NO-VOTE'],
  },
  {
    name: 'a meeting assessment with an item that is not an assessment',
    matcher: 'toBreach',
    subject: { ...wholeMeeting, items: [...wholeMeeting.items, { id: 'item-4' }] },
    args: ['COI-CONFLICTED-NO-VOTE'],
  },
  {
    name: 'a committee check whose findings are text',
    matcher: 'toBeCompliant',
    subject: { ...gpChairedCheck, findings: 'none' },
    args: [],
  },
  {
    name: 'a committee check with a finding whose rule ID is a number',
    matcher: 'toBeCompliant',
    subject: { ...gpChairedCheck, findings: [{ ...finding, ruleId: 17 }] },
    args: [],
  },
  { name: 'a list with null', matcher: 'toBeCompliant', subject: [null], args: [{ asOf }] },
  {
    name: 'a finding whose rule ID is a number',
    matcher: 'toBeCompliant',
    subject: [{ ...finding, ruleId: 17 }],
    args: [],
  },
  {
    name: 'a finding whose severity is a number',
    matcher: 'toBeCompliant',
    subject: [{ ...finding, severity: 3 }],
    args: [],
  },
  {
    name: 'a finding whose message is a number',
    matcher: 'toBeCompliant',
    subject: [{ ...finding, message: 3 }],
    args: [],
  },
  {
    name: 'a finding whose subject IDs are text',
    matcher: 'toBeCompliant',
    subject: [{ ...finding, subjectIds: 'p-okafor' }],
    args: [],
  },
  {
    name: 'a finding whose subject IDs are numbers',
    matcher: 'toBeCompliant',
    subject: [{ ...finding, subjectIds: [1] }],
    args: [],
  },
  {
    name: 'a procurement register with an entry that is not a decision',
    matcher: 'toBeCompliant',
    subject: [decision, { id: 'pd-2' }],
    args: [{ asOf: procurementAsOf }],
  },
  {
    name: 'an offer whose source is its ID',
    matcher: 'toBeCompliant',
    subject: { ...chocolates, source: 'family-1' },
    args: [{ asOf: giftAsOf }],
  },
  {
    name: 'a transition result whose ok is text',
    matcher: 'toBeAllowed',
    subject: { ok: 'yes', state: ready },
    args: [],
  },
  {
    name: 'an explanation whose allowed is text',
    matcher: 'toBeAllowed',
    subject: explanationOf({ allowed: 'yes' }),
    args: [],
  },
  {
    name: 'an explanation with a null guard',
    matcher: 'toBeAllowed',
    subject: explanationOf({ guards: [null] }),
    args: [],
  },
  {
    name: 'an explanation with a guard whose ID is a number',
    matcher: 'toBeAllowed',
    subject: explanationOf({ guards: [{ id: 7, verdict: 'pass', message: 'Passed.' }] }),
    args: [],
  },
  {
    name: 'an explanation with a guard whose verdict is not one',
    matcher: 'toBeAllowed',
    subject: explanationOf({ guards: [{ id: 'GUARD-X', verdict: 'maybe', message: 'Maybe.' }] }),
    args: [],
  },
  {
    name: 'an explanation with a guard whose message is a number',
    matcher: 'toBeAllowed',
    subject: explanationOf({ guards: [{ id: 'GUARD-X', verdict: 'pass', message: 7 }] }),
    args: [],
  },
  {
    name: 'an explanation with a null issue',
    matcher: 'toBeAllowed',
    subject: explanationOf({ issues: [null] }),
    args: [],
  },
  {
    name: 'an explanation with an issue whose code is a number',
    matcher: 'toBeAllowed',
    subject: explanationOf({ issues: [{ code: 7, message: 'Wrong.' }] }),
    args: [],
  },
  {
    name: 'an explanation with an issue whose message is a number',
    matcher: 'toBeAllowed',
    subject: explanationOf({ issues: [{ code: 'invalid_input', message: 7 }] }),
    args: [],
  },
  {
    name: 'a pair whose state has its schema version as text',
    matcher: 'toBeAllowed',
    subject: [{ ...ready, schemaVersion: '1' }, live],
    args: [],
  },
  {
    name: 'a state, an event and something more',
    matcher: 'toBeAllowed',
    subject: [ready, live, 'and more'],
    args: [],
  },
  {
    name: 'a ballot result whose counts are text',
    matcher: 'toCarry',
    subject: { ...ballotResult, counts: '1 yes, 2 no' },
    args: [],
  },
  {
    name: 'a ballot case whose ballot is its ID',
    matcher: 'toCarry',
    subject: { ballot: 'ballot', votes: [] },
    args: [],
  },
];

describe('a subject the matchers cannot read', () => {
  for (const misuse of UNRECOGNISED) {
    it(`throws unsupported_subject for ${misuse.name}, under .not and from the assertion too`, () => {
      const assertions = expect(misuse.subject) as unknown as Assertions;
      const errors = [
        thrown(() => assertions[misuse.matcher](...misuse.args)),
        thrown(() => assertions.not[misuse.matcher](...misuse.args)),
        thrown(() => ASSERTIONS[misuse.matcher][1](misuse.subject, ...misuse.args)),
      ].map(assertionError);
      for (const error of errors) {
        expect(error.code).toBe('unsupported_subject');
        // The same words, each naming the matcher or assertion that was called.
        expect(error.message.replace(/^\w+ /, '')).toBe(errors[0]?.message.replace(/^\w+ /, ''));
        expect(error.actual).toBe(errors[0]?.actual);
      }
      expect(errors[0]?.message).toMatchSnapshot();
    });
  }
});

describe('a raw subject given without asOf', () => {
  const cases: [string, MatcherName, unknown, readonly unknown[]][] = [
    ['a committee', 'toBeCompliant', gpChaired, []],
    ['a register of interests', 'toBeCompliant', lateRegister, []],
    ['a gift or hospitality offer', 'toBreach', acceptedCash, ['GIFT-OTHER-2017']],
    ['a register of procurement decisions', 'toFlag', [decision], ['COI-PROCUREMENT-REGISTER']],
  ];
  it('throws missing_as_of naming the kind of subject and how to give the date', () => {
    const messages = cases.map(([, matcher, subject, args]) => {
      const error = assertionError(
        thrown(() => (expect(subject) as unknown as Assertions).not[matcher](...args)),
      );
      expect(error.code).toBe('missing_as_of');
      const assertion = assertionError(thrown(() => ASSERTIONS[matcher][1](subject, ...args)));
      expect(assertion.code).toBe('missing_as_of');
      return `${error.message}\n${assertion.message}`;
    });
    expect(messages.join('\n')).toMatchSnapshot();
    for (const [index, [kind]] of cases.entries()) {
      expect(messages[index]).toContain(`to check ${kind}: pass it as an option`);
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Recognition by shape, for each kind of result (the matchers and the coverage collector both
// rely on it).

const PREDICATES = {
  isCommittee: detect.isCommittee,
  isCommitteeCheck: detect.isCommitteeCheck,
  isAgendaItemAssessment: detect.isAgendaItemAssessment,
  isMeetingAssessment: detect.isMeetingAssessment,
  isProcurementCheck: detect.isProcurementCheck,
  isDeclarationsCheck: detect.isDeclarationsCheck,
  isGiftAssessment: detect.isGiftAssessment,
  isRegister: detect.isRegister,
  isOffer: detect.isOffer,
  isProcurementRegister: detect.isProcurementRegister,
  isFindingList: detect.isFindingList,
  isTransitionResult: detect.isTransitionResult,
  isTransitionExplanation: detect.isTransitionExplanation,
  isState: detect.isState,
  isStateEventPair: detect.isStateEventPair,
  isAvailableTransitions: detect.isAvailableTransitions,
  isBallotResult: detect.isBallotResult,
  isBallotCase: detect.isBallotCase,
} as const satisfies Record<string, (value: unknown) => boolean>;

const available = availableTransitions(ready, goLive);

describe('recognising a subject by its shape', () => {
  it('recognises each library result as its own kind', () => {
    const subjects: Record<string, unknown> = {
      committee: gpChaired,
      'committee check': gpChairedCheck,
      'agenda item assessment': conflictedItem,
      'meeting assessment': wholeMeeting,
      'procurement check': procurementCheck,
      'declarations check': lateCheck,
      'gift assessment': assessGift(acceptedCash, { asOf: giftAsOf }),
      register: lateRegister,
      offer: acceptedCash,
      'procurement register': [decision],
      findings: gpChairedCheck.findings,
      'accepted transition': transition(ready, live),
      'refused transition': transition(withoutLmc, submit),
      explanation: explainTransition(withoutLmc, submit),
      state: ready,
      '[state, event]': [ready, live],
      'available transitions': available,
      'ballot result': ballotResult,
      'ballot case': lost,
    };
    const recognised = Object.fromEntries(
      Object.entries(subjects).map(([name, subject]) => [
        name,
        Object.entries(PREDICATES)
          .filter(([, predicate]) => predicate(subject))
          .map(([predicate]) => predicate),
      ]),
    );
    expect(recognised).toEqual({
      committee: ['isCommittee'],
      'committee check': ['isCommitteeCheck'],
      'agenda item assessment': ['isAgendaItemAssessment'],
      'meeting assessment': ['isMeetingAssessment'],
      'procurement check': ['isProcurementCheck'],
      'declarations check': ['isDeclarationsCheck'],
      'gift assessment': ['isGiftAssessment'],
      register: ['isRegister'],
      offer: ['isOffer'],
      'procurement register': ['isProcurementRegister'],
      findings: ['isFindingList'],
      'accepted transition': ['isTransitionResult'],
      'refused transition': ['isTransitionResult'],
      explanation: ['isTransitionExplanation'],
      state: ['isState'],
      '[state, event]': ['isStateEventPair'],
      'available transitions': ['isAvailableTransitions'],
      'ballot result': ['isBallotResult'],
      'ballot case': ['isBallotCase'],
    });
  });

  it('does not read an empty list as a register of procurement decisions or transitions', () => {
    expect(detect.isProcurementRegister([])).toBe(false);
    expect(detect.isAvailableTransitions([])).toBe(false);
    expect(detect.isFindingList([])).toBe(true);
  });

  it('refuses a list of available transitions with an entry of another shape, without throwing', () => {
    for (const near of [
      'GO_LIVE',
      [null],
      ['GO_LIVE'],
      [...available, { type: 'GO_LIVE' }],
      [{ availability: 'available' }],
      [{ availability: 'available', guards: 'none' }],
      [{ guards: [] }],
    ]) {
      expect(detect.isAvailableTransitions(near)).toBe(false);
    }
  });

  it('refuses a procurement register with an entry that is not a decision, without throwing', () => {
    for (const near of [[null], ['pd-1'], [decision, {}], [{ ...decision, decidedOn: 20170705 }]]) {
      expect(detect.isProcurementRegister(near)).toBe(false);
    }
  });

  it('refuses a value that is not an object where a record is needed', () => {
    expect(detect.isOffer({ ...acceptedCash, source: 'family-1' })).toBe(false);
    expect(detect.isAgendaItemAssessment({ ...conflictedItem, item: 'item-2' })).toBe(false);
    expect(detect.isBallotResult({ ...ballotResult, counts: 3 })).toBe(false);
    expect(detect.isBallotCase({ ...lost, ballot: 'ballot' })).toBe(false);
    expect(detect.isState(() => ready)).toBe(false);
    expect(detect.isFinding('COI-PCCC-LAY-CHAIR')).toBe(false);
  });

  it('describes what it was given in a few words', () => {
    expect(detect.kindOf(undefined)).toBe('nothing (undefined)');
    expect(detect.kindOf(null)).toBe('null');
    expect(detect.kindOf({})).toBe('an empty object');
    expect(detect.kindOf([1, 2])).toBe('a list of 2');
    expect(detect.kindOf('x')).toBe('the text "x"');
    expect(detect.kindOf(7)).toBe('a number');
    expect(detect.kindOf({ f: 1, e: 1, d: 1, c: 1, b: 1, a: 1 })).toBe(
      'an object with a, b, c, d, e',
    );
  });
});
