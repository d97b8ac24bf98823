// A test written with the kit states only what differs from a builder's defaults, so the
// defaults are part of the contract: the exact figures and words each builder returns (the
// Cambridgeshire & Peterborough ballot and timeline of seed 002, the model PCCC of seed 004, Dr
// A Patel's declaration, the extended-access procurement decision), with no field added that
// was not asked for. This pins them, each option a builder takes, each refusal with its exact
// code, message, path, expected and received words, the largest and smallest values accepted,
// the coded error for input that cannot be read, and that every result is deeply frozen and
// shares nothing with its arguments.
import { type Committee, isCoCommissioningError, type Offer } from 'co-commissioning';
import {
  buildAgendaItem,
  buildBallot,
  buildBallotResult,
  buildCcg,
  buildCommissioningState,
  buildCommittee,
  buildCommitteeMember,
  buildDeclaration,
  buildDelegationProposal,
  buildEvent,
  buildLmc,
  buildMeeting,
  buildMemberPractice,
  buildNhsEnglandRegion,
  buildOffer,
  buildPerson,
  buildProcurementDecision,
  buildRegister,
  buildVote,
  DELEGATION_STEPS,
  isDeepFrozen,
  isPolicyAssertionError,
} from 'co-commissioning/testing';
import { describe, expect, it } from 'vitest';

/** The issues of the library's error a builder throws. */
function issuesOf(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    if (isCoCommissioningError(error)) return error.issues;
    throw error;
  }
  throw new Error('did not throw');
}

/** The details of the PolicyAssertionError a builder throws. */
function refusalOf(run: () => unknown): {
  code: string;
  message: string;
  expected: unknown;
  actual: unknown;
} {
  try {
    run();
  } catch (error) {
    if (!isPolicyAssertionError(error)) throw error;
    const { code, message, expected, actual } = error;
    return { code, message, expected, actual };
  }
  throw new Error('did not throw');
}

const invalid = (
  message: string,
  path: (string | number)[],
  expected: string,
  received: string,
) => [{ code: 'invalid_input', message, path, expected, received }];

describe('the builders’ defaults', () => {
  it('build Dr A Patel’s declaration of a financial interest in practice P001', () => {
    expect(buildDeclaration()).toStrictEqual({
      id: 'd-patel-p001',
      personId: 'p-patel',
      type: 'financial',
      description: 'GP partner at practice P001',
      arisesOn: '2017-04-01',
      declaredOn: '2017-04-20',
      organisationIds: ['P001'],
      direct: true,
      mitigation: 'Withdraws from decisions about practice P001.',
      consentToPublish: true,
    });
  });

  it('build the register: the declaration and the other eight members’ nil returns', () => {
    expect(buildRegister()).toStrictEqual({
      declarations: [buildDeclaration()],
      nilReturns: [
        'p-hughes',
        'p-bell',
        'p-osei',
        'p-grant',
        'p-evans',
        'p-khan',
        'p-shah',
        'p-wood',
      ].map((personId) => ({ personId, declaredOn: '2017-04-20' })),
      reviewedOn: ['2017-06-30'],
    });
  });

  it('build a £20 box of chocolates from a patient’s family to Mrs R Hughes', () => {
    expect(buildOffer()).toStrictEqual({
      id: 'o-1',
      recipientId: 'p-hughes',
      offeredOn: '2017-07-03',
      valuePence: 2000,
      kind: 'gift',
      source: { id: 'family-1', name: 'A patient’s family', kind: 'other' },
      description: 'A box of chocolates',
    });
  });

  it('build the extended-access contract awarded to the GP federation', () => {
    expect(buildProcurementDecision()).toStrictEqual({
      id: 'pd-1',
      decidedOn: '2017-07-05',
      title: 'Extended access to general practice',
      decisionDetails:
        'Contract for extended-access appointments awarded to the GP federation after an open procurement.',
      decisionMakers: [
        {
          name: 'Mrs R Hughes',
          role: 'Chair, Primary Care Commissioning Committee',
          personId: 'p-hughes',
        },
        { name: 'Ms L Grant', role: 'Chief Officer', personId: 'p-grant' },
      ],
      conflictsSummary:
        'Dr A Patel declared a financial interest as a partner in a practice that is a member of the federation.',
      managementActions:
        'Dr A Patel left the meeting for the item and took no part in the decision.',
      decidedBy: 'Primary Care Commissioning Committee',
      organisationIds: ['gp-federation'],
    });
  });

  it('build a premises grant for practice P002, which affects member practices', () => {
    expect(buildAgendaItem()).toStrictEqual({
      id: 'item-1',
      title: 'Premises improvement grant for practice P002',
      decisionKind: 'investment',
      subject: { organisationIds: ['P002'], affectsMemberPractices: true },
    });
  });

  it('build the PCCC’s meeting of 5 July 2017, every member present, with the premises item', () => {
    expect(buildMeeting()).toStrictEqual({
      id: 'pccc-2017-07-05',
      committeeId: 'pccc',
      date: '2017-07-05',
      attendeeIds: buildCommittee().members.map((member) => member.personId),
      items: [buildAgendaItem()],
    });
  });

  it('build the model PCCC’s members with a post only where one is held', () => {
    const members = buildCommittee().members;
    expect(members.map((member) => Object.keys(member).join(' '))).toEqual([
      'personId name role voting post',
      'personId name role voting post',
      'personId name role voting',
      'personId name role voting post',
      'personId name role voting post',
      'personId name role voting',
      'personId name role voting',
      'personId name role voting',
      'personId name role voting',
    ]);
    expect(members[0]).toStrictEqual({
      personId: 'p-hughes',
      name: 'Mrs R Hughes',
      role: 'lay',
      voting: true,
      post: 'lay-member-governance',
    });
    expect(buildCommittee({ chair: 'ccg-gp' }).members.at(-1)).toStrictEqual({
      personId: 'p-okafor',
      name: 'Dr B Okafor',
      role: 'ccg-gp',
      voting: true,
    });
  });

  it('build people, members, votes, practices, the LMC, the region and the CCG', () => {
    expect(buildPerson({ role: 'ccg-gp' })).toStrictEqual({
      id: 'p-hughes',
      name: 'Mrs R Hughes',
      role: 'ccg-gp',
      jobTitle: 'Committee member',
    });
    expect(buildCommitteeMember()).toStrictEqual({
      personId: 'p-osei',
      name: 'Ms F Osei',
      role: 'lay',
      voting: true,
    });
    expect(buildVote()).toStrictEqual({ memberId: 'P001', choice: 'yes', castOn: '2015-09-15' });
    expect(buildMemberPractice()).toStrictEqual({
      id: 'P001',
      name: 'Practice P001',
      contract: 'GMS',
    });
    expect(buildLmc()).toStrictEqual({
      id: 'lmc',
      name: 'Cambridgeshire LMC',
      area: 'Cambridgeshire',
    });
    expect(buildNhsEnglandRegion()).toStrictEqual({
      id: 'midlands-and-east',
      name: 'NHS England Midlands and East',
    });
    const { memberPractices, ...ccg } = buildCcg();
    expect(ccg).toStrictEqual({
      code: '06H',
      name: 'NHS Cambridgeshire and Peterborough CCG',
      status: 'B',
      statusSince: '2015-04-01',
    });
    expect(memberPractices[0]).toStrictEqual({
      id: 'P001',
      name: 'Practice P001',
      contract: 'GMS',
    });
  });

  it('build each event of Cambridgeshire & Peterborough’s move to delegation on its day', () => {
    expect(DELEGATION_STEPS.map((type) => buildEvent(type))).toStrictEqual([
      { type: 'PROPOSE', on: '2015-07-01', target: 'C', goLive: '2016-04-01' },
      { type: 'CONSULT_LMC', on: '2015-07-31' },
      { type: 'RECORD_BALLOT', on: '2015-10-01', result: buildBallotResult() },
      { type: 'GOVERNING_BODY_DECISION', on: '2015-10-06', approved: true },
      {
        type: 'SUBMIT_APPLICATION',
        on: '2015-11-06',
        signedBy: ['accountable-officer', 'audit-committee-chair'],
      },
      { type: 'NHSE_DECISION', on: '2016-02-01', approved: true },
      { type: 'COMPLETE_DUE_DILIGENCE', on: '2016-03-01' },
      { type: 'AMEND_CONSTITUTION', on: '2016-03-10', approvedByMembers: true },
      { type: 'ESTABLISH_COMMITTEE', on: '2016-03-15', committee: buildCommittee() },
      { type: 'SIGN_AGREEMENT', on: '2016-03-20' },
      { type: 'GO_LIVE', on: '2016-04-01' },
    ]);
    expect(buildEvent('WITHDRAW_PROPOSAL')).toStrictEqual({
      type: 'WITHDRAW_PROPOSAL',
      on: '2015-12-01',
    });
    expect(buildEvent('GIVE_NOTICE')).toStrictEqual({
      type: 'GIVE_NOTICE',
      on: '2017-09-01',
      target: 'B',
    });
  });

  it('build the Cambridgeshire & Peterborough ballot with no field that was not asked for', () => {
    const { ballot } = buildBallot();
    expect(Object.keys(ballot)).toEqual([
      'id',
      'question',
      'opens',
      'closes',
      'electorate',
      'rules',
    ]);
    expect({ ...ballot, electorate: ballot.electorate.length }).toStrictEqual({
      id: 'ballot',
      question: 'Should the CCG apply for delegated commissioning?',
      opens: '2015-09-01',
      closes: '2015-09-30',
      electorate: 107,
      rules: {
        weighting: { kind: 'per-member' },
        threshold: { ratio: { numerator: 1, denominator: 2 }, comparator: '>', base: 'yes-no' },
        tie: 'not-carried',
      },
    });
  });

  it('build the proposal ready to go live, its constitution approved by the members', () => {
    const { events } = buildDelegationProposal();
    expect(events.map((event) => `${event.type} ${event.on}`)).toEqual([
      'PROPOSE 2015-07-01',
      'CONSULT_LMC 2015-07-31',
      'RECORD_BALLOT 2015-10-01',
      'GOVERNING_BODY_DECISION 2015-10-06',
      'SUBMIT_APPLICATION 2015-11-01',
      'NHSE_DECISION 2016-02-01',
      'COMPLETE_DUE_DILIGENCE 2016-03-01',
      'AMEND_CONSTITUTION 2016-03-10',
      'ESTABLISH_COMMITTEE 2016-03-15',
      'SIGN_AGREEMENT 2016-03-20',
    ]);
    expect(events[7]).toStrictEqual({
      type: 'AMEND_CONSTITUTION',
      on: '2016-03-10',
      approvedByMembers: true,
    });
    expect(buildDelegationProposal({ stopBefore: 'GO_LIVE' })).toEqual(buildDelegationProposal());
  });
});

describe('the builders’ options', () => {
  it('keep a ballot’s constituency, conductor and casting vote only when given', () => {
    const { ballot } = buildBallot({
      yes: 2,
      no: 2,
      constituency: 'NHS Cambridgeshire and Peterborough CCG',
      conductedBy: 'Cambridgeshire LMC',
      castingVote: 'no',
      rules: { tie: 'chair-casting-vote' },
    });
    expect(ballot).toMatchObject({
      constituency: 'NHS Cambridgeshire and Peterborough CCG',
      conductedBy: 'Cambridgeshire LMC',
      castingVote: 'no',
    });
    for (const only of [
      { constituency: 'West London CCG' },
      { conductedBy: 'Electoral Reform Services' },
      { castingVote: 'yes' as const },
    ]) {
      expect(Object.keys(buildBallot(only).ballot).slice(6)).toEqual(Object.keys(only));
    }
  });

  it('date a proposal to go live in year 1000 in the year before, written with four digits', () => {
    const { events } = buildDelegationProposal({ goLive: '1000-04-01' });
    expect(events.map((event) => event.on)).toEqual([
      '0999-07-01',
      '0999-07-31',
      '0999-10-01',
      '0999-10-06',
      '0999-11-01',
      '1000-02-01',
      '1000-03-01',
      '1000-03-10',
      '1000-03-15',
      '1000-03-20',
    ]);
    // And in year 999, both years written with four digits.
    expect(buildDelegationProposal({ goLive: '0999-04-01' }).events.map((e) => e.on)).toEqual([
      '0998-07-01',
      '0998-07-31',
      '0998-10-01',
      '0998-10-06',
      '0998-11-01',
      '0999-02-01',
      '0999-03-01',
      '0999-03-10',
      '0999-03-15',
      '0999-03-20',
    ]);
  });

  it('check a meeting’s committee, naming the path to the field that is wrong', () => {
    const committee = { ...buildCommittee(), chairId: 42 } as unknown as Committee;
    expect(issuesOf(() => buildMeeting({ committee }))).toEqual(
      invalid(
        "Give the chair's person ID as text. (at options.committee.chairId)",
        ['options', 'committee', 'chairId'],
        'string',
        'the number 42',
      ),
    );
  });
});

describe('the builders’ refusals', () => {
  it('refuse a ballot figure outside 0 to 1,000,000, at each edge', () => {
    for (const field of ['eligible', 'yes', 'no', 'abstain', 'spoilt'] as const) {
      for (const value of [-1, 1_000_001, 0.5]) {
        expect(issuesOf(() => buildBallot({ eligible: 10, [field]: value }))).toEqual(
          invalid(
            `Give ${field} as a whole number from 0 to 1,000,000.`,
            [field],
            'a whole number from 0 to 1,000,000',
            `the number ${value}`,
          ),
        );
      }
    }
    expect(buildBallot({ eligible: 1, yes: 0, no: 0, abstain: 0, spoilt: 1 }).votes).toEqual([
      { memberId: 'P001', choice: 'spoilt', castOn: '2015-09-30' },
    ]);
  });

  it('refuse a ballot whose figures do not fit its electorate', () => {
    expect(issuesOf(() => buildBallot({ eligible: 0 }))).toEqual(
      invalid(
        'A ballot needs at least one member in its electorate: give eligible as 1 or more.',
        ['eligible'],
        'at least one member',
        'the number 0',
      ),
    );
    expect(issuesOf(() => buildBallot({ eligible: 82, yes: 52, no: 31 }))).toEqual(
      invalid(
        '83 votes were asked for, but the electorate has only 82 members: raise eligible or give fewer votes.',
        ['eligible'],
        'at least 83 members',
        'the number 82',
      ),
    );
    expect(buildBallot({ eligible: 83, yes: 52, no: 31 }).votes).toHaveLength(83);
    expect(issuesOf(() => buildBallot({ eligible: 3, memberIds: ['Y01', 'Y02'] }))).toEqual(
      invalid(
        'memberIds lists 2 members but eligible is 3: give one ID per member.',
        ['memberIds'],
        '3 member IDs',
        'a list of 2',
      ),
    );
    expect(issuesOf(() => buildBallot({ eligible: 3, listSizes: [8250, 4100] }))).toEqual(
      invalid(
        'listSizes has 2 entries but the electorate has 3 members: give one list size per member.',
        ['listSizes'],
        '3 list sizes',
        'a list of 2',
      ),
    );
  });

  it('refuse a number of practices outside 0 to 10,000', () => {
    for (const practices of [-1, 10_001, 2.5]) {
      expect(issuesOf(() => buildCcg({ practices }))).toEqual(
        invalid(
          'Give the number of practices as a whole number from 0 to 10,000.',
          ['practices'],
          'a whole number of practices',
          `the number ${practices}`,
        ),
      );
    }
  });

  it('refuse a go-live that is not a 1 April, and a start after the proposal', () => {
    expect(issuesOf(() => buildDelegationProposal({ goLive: '2016-03-31' }))).toEqual(
      invalid(
        'Give goLive as a 1 April written YYYY-04-01: delegation starts only on 1 April.',
        ['goLive'],
        'a 1 April',
        'the text "2016-03-31"',
      ),
    );
    expect(
      issuesOf(() => buildDelegationProposal({ goLive: '2018-04-01', since: '2017-07-02' })),
    ).toEqual(
      invalid(
        'Give since as a date on or before 2017-07-01, when the proposal starts.',
        ['since'],
        'a date on or before 2017-07-01',
        'the text "2017-07-02"',
      ),
    );
    expect(buildDelegationProposal({ goLive: '2018-04-01', since: '2017-07-01' }).state.since).toBe(
      '2017-07-01',
    );
  });

  it('throw step_refused naming the guards, or the issue, that refused a step', () => {
    expect(refusalOf(() => buildDelegationProposal({ skip: ['GOVERNING_BODY_DECISION'] }))).toEqual(
      {
        code: 'step_refused',
        message: [
          'buildDelegationProposal could not record SUBMIT_APPLICATION on 2015-11-01:',
          '- fail GUARD-GOVERNING-BODY-APPROVAL: The governing body has not decided by 2015-11-01.',
          '  Remedy: Take the proposal to the governing body after the member vote and record GOVERNING_BODY_DECISION with approved: true.',
          '  Source: Bedfordshire CCG, 2017-09-07 (000_54d237cabb915ae9.txt), Next steps & Proposed Timeline (Sign off by Governing Body of application, 2 Nov 17); Cambridgeshire & Peterborough CCG, 2015 (002_4254f9e60152174f.txt), §3.6, §3.9; Southwark CCG, 2016-10-04 (001_90e702e51ebd935c.txt), Our history and levels of co-commissioning',
        ].join('\n'),
        expected: 'SUBMIT_APPLICATION accepted',
        actual: ['GUARD-GOVERNING-BODY-APPROVAL'],
      },
    );
    const committee = buildCommittee();
    const listedTwice = { ...committee, members: [...committee.members, committee.members[0]] };
    expect(
      refusalOf(() => buildDelegationProposal({ committee: listedTwice as typeof committee })),
    ).toEqual({
      code: 'step_refused',
      message:
        'buildDelegationProposal could not record ESTABLISH_COMMITTEE on 2016-03-15:\n- duplicate_id: Person "p-hughes" appears more than once in the committee\'s member list: list each once.',
      expected: 'ESTABLISH_COMMITTEE accepted',
      actual: ['duplicate_id'],
    });
  });

  it('refuse input that cannot be read, naming the builder', () => {
    const unreadable = new Proxy(
      {},
      {
        get: () => {
          throw new Error('unreadable');
        },
        ownKeys: () => {
          throw new Error('unreadable');
        },
      },
    ) as never;
    const builders: [string, (input: never) => unknown][] = [
      ['buildAgendaItem', buildAgendaItem],
      ['buildBallot', buildBallot],
      ['buildCcg', buildCcg],
      ['buildCommissioningState', buildCommissioningState],
      ['buildCommittee', buildCommittee],
      ['buildCommitteeMember', buildCommitteeMember],
      ['buildDeclaration', buildDeclaration],
      ['buildDelegationProposal', buildDelegationProposal],
      ['buildEvent', (input) => buildEvent('GO_LIVE', input)],
      ['buildLmc', buildLmc],
      ['buildMeeting', buildMeeting],
      ['buildMemberPractice', buildMemberPractice],
      ['buildNhsEnglandRegion', buildNhsEnglandRegion],
      ['buildOffer', buildOffer],
      ['buildPerson', buildPerson],
      ['buildProcurementDecision', buildProcurementDecision],
      ['buildRegister', buildRegister],
      ['buildVote', buildVote],
    ];
    for (const [name, build] of builders) {
      expect(issuesOf(() => build(unreadable))).toEqual([
        {
          code: 'invalid_input',
          message: `${name} could not read its input: give plain data of the documented shape.`,
          path: [],
          expected: 'plain data of the documented shape',
          received: 'a value that raised an error while being read',
        },
      ]);
    }
  });
});

describe('the builders’ results', () => {
  it('are deeply frozen copies that share nothing with their arguments', () => {
    const organisationIds = ['P003'];
    const source = { id: 'acme', name: 'Acme Medical Ltd', kind: 'supplier' as const };
    const decisionMakers = [{ name: 'Mr D Evans', role: 'Chief Finance Officer' }];
    const memberIds = ['Y01', 'Y02', 'Y03'];
    const conditions = ['NHS England approval'];
    const practices = [{ id: 'Y01', name: 'Riverside Surgery', contract: 'PMS' as const }];
    const members = [buildCommitteeMember()].map((member) => ({ ...member }));
    const built: [unknown, unknown][] = [
      [buildDeclaration({ organisationIds }), organisationIds],
      [buildAgendaItem({ subject: { organisationIds } }), organisationIds],
      [buildOffer({ source } as Partial<Offer>), source],
      [buildProcurementDecision({ decisionMakers }), decisionMakers],
      [buildBallot({ memberIds, yes: 2, conditions }), memberIds],
      [buildBallot({ memberIds, yes: 2, conditions }), conditions],
      [buildCcg({ practices }), practices],
      [buildCommittee({ members }), members],
      [buildMeeting({ attendeeIds: memberIds }), memberIds],
      [buildRegister({ reviewedOn: memberIds }), memberIds],
    ];
    for (const [result, argument] of built) {
      expect(isDeepFrozen(result)).toBe(true);
      expect(Object.isFrozen(argument)).toBe(false);
    }
    const reachable = (value: unknown, found = new Set<unknown>()): Set<unknown> => {
      if (typeof value === 'object' && value !== null && !found.has(value)) {
        found.add(value);
        for (const child of Object.values(value)) reachable(child, found);
      }
      return found;
    };
    for (const [result, argument] of built) {
      for (const part of reachable(argument)) expect(reachable(result).has(part)).toBe(false);
    }
    expect(Object.isFrozen(members[0])).toBe(false);
    expect(Object.isFrozen(practices[0])).toBe(false);
  });

  it('are new each time, and equal for equal options', () => {
    expect(buildDeclaration()).not.toBe(buildDeclaration());
    expect(buildEvent('SIGN_AGREEMENT')).toEqual(buildEvent('SIGN_AGREEMENT'));
    expect(isDeepFrozen(buildDelegationProposal({ stopBefore: 'NHSE_DECISION' }))).toBe(true);
  });
});
