// A committee paper quotes checkCommittee and evaluateQuorum word for word: every finding (its
// rule, severity, message, the people named, the evidence with exact shares, the remedy and the
// source) and every rule with how it came out, and for a meeting whether it is quorate, who
// counted and what each clause of the terms of reference needed. This pins that whole answer over
// a grid of realistic committees (the BMA model PCCC of seed 004, Cambridgeshire's PCCC of seed
// 002, the Wiltshire joint committee, a CCG governing body, an "other" committee): majorities just
// met, tied and missed, chairs and vice-chairs of every role, the seed 004 lay majority as advice
// and as a breach, NHS England counted as executive or not, dates either side of each rule,
// overrides, appliesTo and local rules; and quorum clauses of every kind, with and without labels,
// '>' against '>=' exactly at the boundary, non-voting, withdrawn and discussion-only members.
// The snapshots are for reading; the decisive logic (exactly half is not a majority, the first
// count that meets a share) is asserted explicitly as well. A change to any words shows here for
// review (update with `npx vitest run tests/conflicts/committees/explanations.test.ts -u`).
import {
  type CheckCommitteeOptions,
  CoCommissioningError,
  type Committee,
  type CommitteeCheck,
  type CommitteeMember,
  checkCommittee,
  checkParsedCommittee,
  type EvaluateQuorumOptions,
  evaluateQuorum,
  type Finding,
  formatCitation,
  type Issue,
  type LocalCommitteeRule,
  MemberRoleSchema,
  parseCommittee,
  type Quorum,
  type QuorumClauseOutcome,
  type QuorumEvaluation,
  type RuleApplication,
  safeCheckCommittee,
  safeEvaluateQuorum,
  safeParseCommittee,
} from 'co-commissioning';
import { describe, expect, it } from 'vitest';
import {
  bmaModelPccc,
  cambridgeshirePccc,
  committeeOf,
  governingBody,
  wiltshireJointCommittee,
  withMembers,
} from './fixtures.js';

const asOf = '2017-07-01';

// ---------------------------------------------------------------------------------------------
// Rendering

/** A finding as readable lines: severity, rule, people and words; evidence; remedy; source. */
function findingLines(finding: Finding): string[] {
  return [
    `${finding.severity} ${finding.ruleId} [${finding.subjectIds.join(', ')}]: ${finding.message}`,
    `  evidence ${JSON.stringify(finding.evidence)}`,
    // Whether the finding has a remedy at all, not only its words.
    'remedy' in finding ? `  remedy: ${finding.remedy}` : '  (no remedy)',
    `  source: ${formatCitation(finding.source)}`,
  ];
}

function ruleLine(applied: RuleApplication): string {
  const skipped = 'skipped' in applied ? `, ${applied.skipped}` : '';
  return `  ${applied.verdict} ${applied.ruleId} (${applied.severity}${skipped})`;
}

function explainCheck(check: CommitteeCheck): string {
  return [
    `${check.compliant ? 'compliant' : 'not compliant'}: ${check.committeeId} as of ${check.asOf}, ${check.findings.length} finding(s)`,
    ...check.findings.flatMap(findingLines),
    'rules:',
    ...check.rulesApplied.map(ruleLine),
  ].join('\n');
}

function ratioText(ratio: { numerator: number; denominator: number } | undefined): string {
  return ratio === undefined ? '-' : `${ratio.numerator}/${ratio.denominator}`;
}

function clauseLines(outcome: QuorumClauseOutcome, depth = 1): string[] {
  const pad = '  '.repeat(depth);
  const parts = [
    `${pad}${outcome.met ? 'met' : 'not met'} ${outcome.kind} "${outcome.description}": ${outcome.counted} counted, ${outcome.required} required`,
  ];
  if (outcome.kind === 'share') {
    parts.push(
      `base ${outcome.base}, share ${ratioText(outcome.share)} ${outcome.comparator} ${ratioText(outcome.threshold)}`,
    );
  }
  parts.push(`ids [${outcome.countedIds.join(', ')}]`);
  return [
    parts.join(' | '),
    ...outcome.clauses.flatMap((clause) => clauseLines(clause, depth + 1)),
  ];
}

function explainQuorum(evaluation: QuorumEvaluation): string {
  return [
    `${evaluation.quorate ? 'quorate' : 'not quorate'}: ${evaluation.message}`,
    `counted [${evaluation.countedIds.join(', ')}]`,
    ...evaluation.missing.map((missing) => `missing: ${missing}`),
    `source: ${evaluation.source === null ? 'none' : formatCitation(evaluation.source)}`,
    ...clauseLines(evaluation.outcome),
  ].join('\n');
}

/** The issues a throwing door raised (none when it returned). */
function issuesOf(run: () => unknown): readonly Issue[] {
  try {
    run();
  } catch (error) {
    if (error instanceof CoCommissioningError) return error.issues;
    throw error;
  }
  return [];
}

// ---------------------------------------------------------------------------------------------
// Committees

function member(
  personId: string,
  name: string,
  role: CommitteeMember['role'],
  voting: boolean,
): CommitteeMember {
  return { personId, name, role, voting };
}

const lay4 = member('p-iqbal', 'Mr H Iqbal', 'lay', true);
const lay5 = member('p-lowe', 'Mrs J Lowe', 'lay', true);
const mensahWithoutVote = member('p-mensah', 'Dr J Mensah', 'other-area-gp', false);

// The BMA model PCCC has 8 votes: 3 lay, 2 executive, 3 clinical (seed 004).
/** 4 lay of 9 votes: the lay majority missed by one vote. */
const bmaLayMissedByOne = withMembers(bmaModelPccc, [lay4]);
/** 4 lay of 8 votes: exactly half. */
const bmaLayTied = withMembers(bmaModelPccc, [mensahWithoutVote, lay4]);
/** 5 lay of 9 votes: the lay majority just met. */
const bmaLayMet = withMembers(bmaModelPccc, [mensahWithoutVote, lay4, lay5]);

const okaforVoting = member('p-okafor', 'Dr B Okafor', 'ccg-gp', true);
const patelVoting = member('p-patel', 'Dr A Patel', 'ccg-gp', true);
const khanVoting = member('p-khan', 'Dr S Khan', 'lmc', true);
/** One CCG GP votes: lay and executive hold 5 of 9, just a majority. */
const bmaOneGpVoting = withMembers(bmaModelPccc, [okaforVoting]);
/** Both CCG GPs vote: lay and executive hold 5 of 10, exactly half. */
const bmaGpsTie = withMembers(bmaModelPccc, [okaforVoting, patelVoting]);
/** Both CCG GPs and the LMC vote: the GPs' side holds the majority, 6 of 11. */
const bmaGpsWin = withMembers(bmaModelPccc, [okaforVoting, patelVoting, khanVoting]);

const bmaObserversVoting = withMembers(bmaModelPccc, [
  member('p-shah', 'Ms K Shah', 'healthwatch', true),
  member('p-wood', 'Cllr P Wood', 'health-and-wellbeing-board', true),
  member('p-dean', 'Cllr R Dean', 'local-authority', true),
]);

const { meetsInPublic: _silent, ...bmaSilentOnPublic } = bmaModelPccc;

/** Wiltshire with the CCG officers' votes taken away and the LMC voting: 5 of 9 counting NHSE. */
const wiltshireNhsLed = withMembers(wiltshireJointCommittee, [
  member('w-dir', 'Mr G Reid (Group Director)', 'executive', false),
  member('w-dcfo', 'Ms H Shaw (Deputy CFO)', 'executive', false),
  member('w-med', 'Dr K Vale (Medical Adviser)', 'executive', false),
  member('w-lmc', 'Dr L Ward (LMC Medical Director)', 'lmc', true),
]);
/** ... and the council voting too: 5 of 10, exactly half even counting NHS England. */
const wiltshireNhsLedTie = withMembers(wiltshireNhsLed, [
  member('w-council', 'Cllr M Young', 'local-authority', true),
]);
/** Wiltshire without its NHS England members or medical adviser: 3 of 6, no NHSE to count. */
const wiltshireWithoutNhse = withMembers(
  wiltshireJointCommittee,
  [],
  ['w-nhse-doc', 'w-nhse-fin', 'w-nhse-pc', 'w-nhse-nurse', 'w-med'],
);

const thinGoverningBody = withMembers(
  governingBody,
  [],
  ['gb-cfo', 'gb-nurse', 'gb-sec', 'gb-lay-ppi', 'gb-gp-2'],
);
const oneLayGoverningBody = withMembers(governingBody, [], ['gb-lay-ppi']);
const threeLayGoverningBody = withMembers(governingBody, [
  member('gb-lay-3', 'Mr F Ives', 'lay', true),
]);

// ---------------------------------------------------------------------------------------------
// Local rules

const layViceChair: LocalCommitteeRule = {
  id: 'LOCAL-LAY-VICE-CHAIR',
  title: 'The vice-chair is a lay member',
  description: 'Our PCCC terms of reference require a lay vice-chair.',
  subject: 'committee',
  severity: 'breach',
  confidence: 'V',
  sources: [{ document: 'PCCC terms of reference', section: '4.2' }],
  inForce: { from: '2016-04-01' },
  appliesTo: ['pccc'],
  check: (committee) => {
    const vice = committee.members.find((entry) => entry.personId === committee.viceChairId);
    return vice?.role === 'lay'
      ? []
      : [
          {
            message: `The vice-chair, ${vice?.name ?? 'nobody'}, is not a lay member.`,
            subjectIds: vice === undefined ? [] : [vice.personId],
            evidence: { viceChairRole: vice?.role ?? null },
            remedy: 'Appoint a lay vice-chair.',
          },
        ];
  },
};

/** DOMAIN rule 23: each committee's terms of reference set its quorum. Advice, with no remedy. */
const quorumRecorded: LocalCommitteeRule = {
  id: 'LOCAL-QUORUM-RECORDED',
  title: 'The terms of reference record a quorum',
  description: 'There is no national quorum, so ours must be written down.',
  subject: 'committee',
  severity: 'advice',
  confidence: 'S',
  sources: [{ document: 'DOMAIN.md', domainId: 'PCCC-QUORUM-LOCAL', section: 'rule 23' }],
  inForce: { from: '2015-04-01' },
  check: (committee, context) =>
    committee.quorum === undefined
      ? [
          {
            message: `No quorum is recorded for ${committee.name} as at ${context.asOf}.`,
            subjectIds: [committee.id],
            evidence: { asOf: context.asOf, quorumRecorded: false },
          },
        ]
      : [],
};

const bmaViceExecutive = { ...bmaModelPccc, viceChairId: 'p-grant' };
const bmaGpChair = { ...bmaModelPccc, chairId: 'p-patel' };
const { viceChairId: _vice, ...bmaGpChairWithoutVice } = bmaGpChair;

// ---------------------------------------------------------------------------------------------
// The grid of committees

const CHECKS: readonly (readonly [string, Committee, CheckCommitteeOptions])[] = [
  // The stricter lay majority of seed 004: advice by default, a breach when adopted.
  ['BMA model PCCC (seed 004): 3 lay of 8 votes, lay majority as advice', bmaModelPccc, { asOf }],
  [
    'BMA model PCCC: 3 lay of 8 votes, lay majority adopted as a breach',
    bmaModelPccc,
    { asOf, overrides: { 'COI-PCCC-LAY-MAJORITY': { severity: 'breach' } } },
  ],
  [
    'BMA model PCCC: lay majority turned off',
    bmaModelPccc,
    { asOf, overrides: { 'COI-PCCC-LAY-MAJORITY': { enabled: false } } },
  ],
  ['lay majority missed by one (4 of 9), as advice', bmaLayMissedByOne, { asOf }],
  [
    'lay majority tied (4 of 8), as a breach',
    bmaLayTied,
    { asOf, overrides: { 'COI-PCCC-LAY-MAJORITY': { severity: 'breach' } } },
  ],
  [
    'lay majority just met (5 of 9), as a breach',
    bmaLayMet,
    { asOf, overrides: { 'COI-PCCC-LAY-MAJORITY': { severity: 'breach' } } },
  ],
  // The lay and executive majority against the CCG's own GPs.
  ['one CCG GP votes: lay and executive 5 of 9, just met', bmaOneGpVoting, { asOf }],
  ['both CCG GPs vote: lay and executive 5 of 10, tied', bmaGpsTie, { asOf }],
  ['GPs and the LMC hold 6 of 11: lay and executive missed', bmaGpsWin, { asOf }],
  ['Healthwatch, HWB and council members voting', bmaObserversVoting, { asOf }],
  ['BMA model PCCC meeting in private', { ...bmaModelPccc, meetsInPublic: false }, { asOf }],
  ['BMA model PCCC not saying whether it meets in public', bmaSilentOnPublic, { asOf }],
  // Chair and vice-chair membership.
  ['chair not on the member list', { ...bmaModelPccc, chairId: 'p-nobody' }, { asOf }],
  ['vice-chair not on the member list', { ...bmaModelPccc, viceChairId: 'p-gone' }, { asOf }],
  [
    'neither chair nor vice-chair on the member list',
    { ...bmaModelPccc, chairId: 'p-nobody', viceChairId: 'p-gone' },
    { asOf },
  ],
  // Cambridgeshire (seed 002 §3.5) either side of seed 004's LMC seat.
  ['Cambridgeshire PCCC on 2016-10-31', cambridgeshirePccc, { asOf: '2016-10-31' }],
  ['Cambridgeshire PCCC on 2016-11-01', cambridgeshirePccc, { asOf: '2016-11-01' }],
  [
    'Cambridgeshire PCCC with the LMC seat made a breach',
    cambridgeshirePccc,
    { asOf, overrides: { 'COI-PCCC-LMC-SEAT': { severity: 'breach' } } },
  ],
  // Joint committees and NHS England (DOMAIN Part 3 Q11).
  ['Wiltshire joint committee, NHS England counted by default', wiltshireJointCommittee, { asOf }],
  [
    'Wiltshire joint committee, NHS England not counted: 4 of 11',
    wiltshireJointCommittee,
    { asOf, nhsEnglandCountsAsExecutive: false },
  ],
  ['Wiltshire led by NHS England: 5 of 9 counting NHSE', wiltshireNhsLed, { asOf }],
  [
    'Wiltshire led by NHS England, not counted: 1 of 9',
    wiltshireNhsLed,
    { asOf, nhsEnglandCountsAsExecutive: false },
  ],
  ['Wiltshire led by NHS England with the council voting: 5 of 10', wiltshireNhsLedTie, { asOf }],
  ['joint committee without NHS England members: 3 of 6', wiltshireWithoutNhse, { asOf }],
  [
    'BMA model PCCC counting NHS England as executive when there is none',
    bmaGpsTie,
    { asOf, nhsEnglandCountsAsExecutive: true },
  ],
  [
    'Wiltshire with the CCG-GP advice applied to joint committees',
    wiltshireJointCommittee,
    { asOf, appliesTo: { 'COI-PCCC-CCG-GP-NO-VOTE': ['pccc', 'joint-committee'] } },
  ],
  [
    'Wiltshire chaired by a GP, the lay chair limited to PCCCs',
    { ...wiltshireJointCommittee, chairId: 'w-gp-1' },
    { asOf, appliesTo: { 'COI-PCCC-LAY-CHAIR': ['pccc'] } },
  ],
  // Governing bodies and other committees.
  ['governing body on 2016-06-27', governingBody, { asOf: '2016-06-27' }],
  ['governing body on 2016-06-28', governingBody, { asOf: '2016-06-28' }],
  [
    'governing body before CCGs were established (2013-03-31)',
    governingBody,
    { asOf: '2013-03-31' },
  ],
  ['governing body with three lay members', threeLayGoverningBody, { asOf }],
  ['governing body with one lay member', oneLayGoverningBody, { asOf }],
  ['governing body lacking most statutory members', thinGoverningBody, { asOf }],
  [
    'governing body with the lay chair applied to it',
    governingBody,
    { asOf, appliesTo: { 'COI-PCCC-LAY-CHAIR': ['governing-body'] } },
  ],
  ['"other" committee chaired by a CCG GP', { ...bmaGpChair, kind: 'other' }, { asOf }],
  [
    '"other" committee whose chair is not a member',
    { ...bmaModelPccc, kind: 'other', chairId: 'p-nobody' },
    { asOf },
  ],
  // Dates and overrides.
  ['GP-chaired PCCC on 2014-11-30', bmaGpChair, { asOf: '2014-11-30' }],
  ['GP-chaired PCCC on 2014-12-01', bmaGpChair, { asOf: '2014-12-01' }],
  [
    'GP-chaired PCCC on 2014-11-30 with overrides of rules not yet in force',
    bmaGpChair,
    {
      asOf: '2014-11-30',
      overrides: {
        'COI-PCCC-LAY-MAJORITY': { severity: 'breach' },
        'COI-PCCC-CHAIR-IS-MEMBER': { severity: 'breach' },
      },
    },
  ],
  [
    'GP-chaired PCCC with the lay chair turned off and re-graded',
    bmaGpChair,
    { asOf, overrides: { 'COI-PCCC-LAY-CHAIR': { enabled: false, severity: 'warning' } } },
  ],
  [
    'GP-chaired PCCC with the lay chair re-graded to a warning',
    bmaGpChair,
    { asOf, overrides: { 'COI-PCCC-LAY-CHAIR': { severity: 'warning' } } },
  ],
  [
    'chair not a member, with the membership rule re-graded to advice',
    { ...bmaModelPccc, chairId: 'p-nobody' },
    { asOf, overrides: { 'COI-PCCC-CHAIR-IS-MEMBER': { severity: 'advice' } } },
  ],
  // Local rules.
  ['local lay vice-chair rule met', bmaModelPccc, { asOf, localRules: [layViceChair] }],
  [
    'local rules failing: executive vice-chair and no quorum recorded',
    bmaViceExecutive,
    { asOf, localRules: [layViceChair, quorumRecorded] },
  ],
  [
    'local rules passing when a quorum is recorded',
    { ...bmaModelPccc, quorum: { rule: { kind: 'at-least', count: 4 } } },
    { asOf, localRules: [quorumRecorded, layViceChair] },
  ],
  [
    'local rules before the lay vice-chair rule applies, with an override of another rule',
    bmaViceExecutive,
    {
      asOf: '2016-03-31',
      localRules: [layViceChair, quorumRecorded],
      overrides: { 'COI-PCCC-LAY-MAJORITY': { severity: 'breach' } },
    },
  ],
  [
    'local rule turned off and re-graded',
    bmaViceExecutive,
    {
      asOf,
      localRules: [layViceChair, quorumRecorded],
      overrides: { 'LOCAL-LAY-VICE-CHAIR': { enabled: false, severity: 'advice' } },
    },
  ],
  [
    'local rule re-graded to a warning',
    bmaViceExecutive,
    {
      asOf,
      localRules: [layViceChair],
      overrides: { 'LOCAL-LAY-VICE-CHAIR': { severity: 'warning' } },
    },
  ],
  [
    'local rule for PCCCs only, on a joint committee',
    wiltshireJointCommittee,
    { asOf, localRules: [layViceChair, quorumRecorded] },
  ],
  [
    'local rule extended to joint committees by appliesTo',
    wiltshireJointCommittee,
    {
      asOf,
      localRules: [layViceChair],
      appliesTo: { 'LOCAL-LAY-VICE-CHAIR': ['joint-committee'] },
    },
  ],
  [
    'local rule limited to governing bodies by appliesTo',
    bmaViceExecutive,
    {
      asOf,
      localRules: [quorumRecorded],
      appliesTo: { 'LOCAL-QUORUM-RECORDED': ['governing-body'] },
    },
  ],
];

describe('checkCommittee explained', () => {
  it.each(CHECKS)('words the whole answer for %s', (_name, committee, options) => {
    const check = checkCommittee(committee, options);
    expect(explainCheck(check)).toMatchSnapshot();
    // Every door gives the same answer: the parsed fast path and the safe door.
    expect(checkParsedCommittee(parseCommittee(committee), options)).toStrictEqual(check);
    expect(safeCheckCommittee(committee, options)).toStrictEqual({ success: true, data: check });
  });

  it('names the chair of each role and what would put it right', () => {
    const lines = MemberRoleSchema.options.map((role) => {
      const observer = ['healthwatch', 'health-and-wellbeing-board', 'local-authority'].includes(
        role,
      );
      const committee = withMembers(bmaModelPccc, [
        member('p-chair', `Chair (${role})`, role, !observer),
      ]);
      const check = checkCommittee({ ...committee, chairId: 'p-chair' }, { asOf });
      const applied = check.rulesApplied.find((entry) => entry.ruleId === 'COI-PCCC-LAY-CHAIR');
      const finding = check.findings.find((entry) => entry.ruleId === 'COI-PCCC-LAY-CHAIR');
      return finding === undefined
        ? `${role}: ${applied?.verdict}`
        : `${role}: ${applied?.verdict} | ${finding.message} | ${JSON.stringify(finding.evidence)} | ${finding.remedy}`;
    });
    expect(lines.join('\n')).toMatchSnapshot();
  });

  it('suggests the vice-chair, else the first lay member, else a new lay member, as chair', () => {
    const cases: readonly (readonly [string, Committee])[] = [
      ['lay vice-chair', bmaGpChair],
      ['executive vice-chair', { ...bmaGpChair, viceChairId: 'p-evans' }],
      ['no vice-chair', bmaGpChairWithoutVice],
      ['vice-chair not a member', { ...bmaGpChair, viceChairId: 'p-gone' }],
      ['chair not a member, lay vice-chair', { ...bmaModelPccc, chairId: 'p-nobody' }],
      [
        'no lay member at all',
        { ...committeeOf({ executive: 2, nurse: 1 }), chairId: 'executive-0' },
      ],
    ];
    const lines = cases.map(([name, committee]) => {
      const check = checkCommittee(committee, { asOf });
      return [
        `${name}:`,
        ...check.findings
          .filter(
            (finding) =>
              finding.ruleId.startsWith('COI-PCCC-CHAIR') ||
              finding.ruleId === 'COI-PCCC-LAY-CHAIR',
          )
          .flatMap(findingLines),
      ].join('\n');
    });
    expect(lines.join('\n')).toMatchSnapshot();
  });
});

// ---------------------------------------------------------------------------------------------
// The decisive logic, asserted

function verdictOf(check: CommitteeCheck, ruleId: string): RuleApplication | undefined {
  return check.rulesApplied.find((applied) => applied.ruleId === ruleId);
}

function findingOf(check: CommitteeCheck, ruleId: string): Finding | undefined {
  return check.findings.find((finding) => finding.ruleId === ruleId);
}

describe('checkCommittee at each threshold', () => {
  it.each([
    { lay: 2, executive: 2, others: 4, votes: '4 of 8', needed: 1, met: false },
    { lay: 3, executive: 2, others: 4, votes: '5 of 9', needed: 0, met: true },
    { lay: 3, executive: 2, others: 5, votes: '5 of 10', needed: 1, met: false },
    { lay: 2, executive: 2, others: 5, votes: '4 of 9', needed: 2, met: false },
    { lay: 1, executive: 0, others: 1, votes: '1 of 2', needed: 1, met: false },
    { lay: 1, executive: 0, others: 0, votes: '1 of 1', needed: 0, met: true },
  ])(
    'holds a lay and executive majority of $votes: $met (exactly half is not a majority)',
    ({ lay, executive, others, needed, met }) => {
      const check = checkCommittee(committeeOf({ lay, executive, nurse: others }), { asOf });
      expect(verdictOf(check, 'COI-PCCC-LAY-EXEC-MAJORITY')?.verdict).toBe(met ? 'pass' : 'fail');
      expect(check.compliant).toBe(met);
      const finding = findingOf(check, 'COI-PCCC-LAY-EXEC-MAJORITY');
      if (met) {
        expect(finding).toBeUndefined();
        return;
      }
      const group = lay + executive;
      expect(finding?.evidence).toEqual({
        votingMembers: group + others,
        layVoting: lay,
        executiveVoting: executive,
        layAndExecutiveVoting: group,
        share: { numerator: group, denominator: group + others },
        threshold: { numerator: 1, denominator: 2 },
        nhsEnglandCountsAsExecutive: false,
      });
      const more = needed === 1 ? 'more lay or executive member' : 'more lay or executive members';
      const who = needed === 1 ? 'member who is' : 'members who are';
      expect(finding?.remedy).toBe(
        `Give a vote to ${needed} ${more}, or take the vote from ${needed} ${who} neither lay nor executive.`,
      );
    },
  );

  it('asks only for more votes when no lay or executive member votes', () => {
    const check = checkCommittee(
      { ...committeeOf({ nurse: 2, 'secondary-care-doctor': 1 }), chairId: 'nurse-0' },
      { asOf },
    );
    expect(findingOf(check, 'COI-PCCC-LAY-EXEC-MAJORITY')?.remedy).toBe(
      'Give a vote to 4 more lay or executive members.',
    );
    expect(findingOf(check, 'COI-PCCC-LAY-MAJORITY')?.remedy).toBe(
      'Give a vote to 4 more lay members.',
    );
  });

  it.each([
    { lay: 4, others: 4, met: false },
    { lay: 5, others: 4, met: true },
    { lay: 5, others: 5, met: false },
    { lay: 4, others: 5, met: false },
  ])(
    'holds the seed 004 lay majority of $lay lay against $others: $met',
    ({ lay, others, met }) => {
      const committee = committeeOf({ lay, executive: others });
      const advice = checkCommittee(committee, { asOf });
      const breach = checkCommittee(committee, {
        asOf,
        overrides: { 'COI-PCCC-LAY-MAJORITY': { severity: 'breach' } },
      });
      expect(verdictOf(advice, 'COI-PCCC-LAY-MAJORITY')).toEqual({
        ruleId: 'COI-PCCC-LAY-MAJORITY',
        verdict: met ? 'pass' : 'fail',
        severity: 'advice',
      });
      // The advice never makes the committee non-compliant; the adopted breach does, unless met.
      expect(advice.compliant).toBe(true);
      expect(breach.compliant).toBe(met);
      expect(verdictOf(breach, 'COI-PCCC-LAY-MAJORITY')?.severity).toBe('breach');
    },
  );

  it('counts NHS England members as executive on a joint committee, and never a non-voter', () => {
    const votes = (committee: Committee, options: CheckCommitteeOptions) =>
      findingOf(checkCommittee(committee, options), 'COI-PCCC-LAY-EXEC-MAJORITY')?.evidence ?? {};
    expect(checkCommittee(wiltshireNhsLed, { asOf }).compliant).toBe(true);
    expect(votes(wiltshireNhsLedTie, { asOf })).toMatchObject({
      votingMembers: 10,
      layAndExecutiveVoting: 5,
      executiveVoting: 4,
      nhsEnglandCountsAsExecutive: true,
    });
    expect(votes(wiltshireNhsLed, { asOf, nhsEnglandCountsAsExecutive: false })).toMatchObject({
      votingMembers: 9,
      layAndExecutiveVoting: 1,
      executiveVoting: 0,
    });
  });

  it('flags a governing body below six members, two lay, two executives, a nurse or a specialist', () => {
    const six = {
      ...withMembers(governingBody, [], ['gb-gp-2', 'gb-gp-3', 'gb-chair']),
      chairId: 'gb-ao',
    };
    expect(verdictOf(checkCommittee(six, { asOf }), 'GB-COMPOSITION')?.verdict).toBe('pass');
    for (const removed of ['gb-lay-ppi', 'gb-cfo', 'gb-nurse', 'gb-sec']) {
      const short = withMembers(six, [], [removed]);
      expect(verdictOf(checkCommittee(short, { asOf }), 'GB-COMPOSITION')?.verdict).toBe('fail');
    }
    expect(
      verdictOf(checkCommittee(threeLayGoverningBody, { asOf }), 'COI-GB-THREE-LAY')?.verdict,
    ).toBe('pass');
    expect(verdictOf(checkCommittee(governingBody, { asOf }), 'COI-GB-THREE-LAY')?.verdict).toBe(
      'fail',
    );
  });

  it('runs a dozen local rules after the built-in rules, each in its own place', () => {
    const rules = Array.from({ length: 12 }, (_, index) => ({
      ...quorumRecorded,
      id: `LOCAL-TOR-${index + 1}`,
    }));
    const check = checkCommittee(bmaModelPccc, { asOf, localRules: rules });
    expect(check.rulesApplied.map((applied) => applied.ruleId)).toEqual([
      'COI-PCCC-CHAIR-IS-MEMBER',
      'COI-PCCC-LAY-CHAIR',
      'COI-PCCC-LAY-EXEC-MAJORITY',
      'COI-PCCC-LAY-MAJORITY',
      'COI-PCCC-OBSERVERS',
      'COI-PCCC-CCG-GP-NO-VOTE',
      'COI-PCCC-LMC-SEAT',
      'COI-PCCC-PUBLIC',
      'GB-COMPOSITION',
      'COI-GB-THREE-LAY',
      ...rules.map((rule) => rule.id),
    ]);
    expect(check.findings.map((finding) => finding.ruleId)).toEqual([
      'COI-PCCC-LAY-MAJORITY',
      ...rules.map((rule) => rule.id),
    ]);
    expect(check.compliant).toBe(true);
  });
});

describe('checkCommittee options read as the schema reads them', () => {
  it('reads options given as an instance of a settings class, getters included', () => {
    class Settings {
      readonly asOf = asOf;
      get overrides() {
        return { 'COI-PCCC-LAY-MAJORITY': { enabled: false } };
      }
    }
    const turnedOff = {
      ruleId: 'COI-PCCC-LAY-MAJORITY',
      verdict: 'not-applicable',
      severity: 'advice',
      skipped: 'turned-off',
    };
    expect(
      verdictOf(checkCommittee(bmaModelPccc, new Settings()), 'COI-PCCC-LAY-MAJORITY'),
    ).toEqual(turnedOff);
    expect(
      verdictOf(
        checkParsedCommittee(parseCommittee(bmaModelPccc), new Settings()),
        'COI-PCCC-LAY-MAJORITY',
      ),
    ).toEqual(turnedOff);
  });

  it('refuses nhsEnglandCountsAsExecutive given as anything but true or false', () => {
    const options = {
      asOf,
      nhsEnglandCountsAsExecutive: 'yes',
    } as unknown as CheckCommitteeOptions;
    const refused = [
      {
        code: 'invalid_input',
        message:
          'Say whether NHS England members count as executive members (true or false). (at options.nhsEnglandCountsAsExecutive)',
        path: ['options', 'nhsEnglandCountsAsExecutive'],
        expected: 'boolean',
        received: 'the text "yes"',
      },
    ];
    expect(issuesOf(() => checkCommittee(wiltshireJointCommittee, options))).toEqual(refused);
    expect(
      issuesOf(() => checkParsedCommittee(parseCommittee(wiltshireJointCommittee), options)),
    ).toEqual(refused);
  });

  it('reports a malformed asOf at options.asOf with the same issue from either door, with or without other options', () => {
    const parsed = parseCommittee(bmaModelPccc);
    const cases: readonly CheckCommitteeOptions[] = [
      { asOf: '2017/07/01' },
      { asOf: '2017-02-29', nhsEnglandCountsAsExecutive: true },
      { asOf: '1 July 2017', overrides: { 'COI-PCCC-LAY-MAJORITY': { severity: 'breach' } } },
    ];
    for (const options of cases) {
      const fromRaw = issuesOf(() => checkCommittee(bmaModelPccc, options));
      expect(fromRaw).toEqual([
        expect.objectContaining({
          code: 'invalid_input',
          path: ['options', 'asOf'],
          received: `the text "${options.asOf}"`,
        }),
      ]);
      expect(issuesOf(() => checkParsedCommittee(parsed, options))).toEqual(fromRaw);
    }
  });

  it('refuses options that are not a record, from the parsed door too', () => {
    const parsed = parseCommittee(bmaModelPccc);
    for (const [options, received] of [
      [null, 'null'],
      ['2017-07-01', 'the text "2017-07-01"'],
    ] as const) {
      expect(
        issuesOf(() => checkParsedCommittee(parsed, options as unknown as CheckCommitteeOptions)),
      ).toEqual([
        {
          code: 'invalid_input',
          message: `Expected a record of named fields, but received ${received}. (at options)`,
          path: ['options'],
          expected: 'object',
          received,
        },
      ]);
    }
  });

  it('refuses a list given as options with the same issue from either door', () => {
    const options = [] as unknown as CheckCommitteeOptions;
    const fromRaw = issuesOf(() => checkCommittee(bmaModelPccc, options));
    expect(fromRaw).toEqual([
      expect.objectContaining({ code: 'invalid_input', path: ['options'], expected: 'object' }),
    ]);
    expect(issuesOf(() => checkParsedCommittee(parseCommittee(bmaModelPccc), options))).toEqual(
      fromRaw,
    );
  });

  it('honours an override the caller made non-enumerable, whatever other options sit beside it', () => {
    const withHidden = (extra: Partial<CheckCommitteeOptions>): CheckCommitteeOptions =>
      Object.defineProperty({ asOf, ...extra }, 'overrides', {
        value: { 'COI-PCCC-LAY-MAJORITY': { enabled: false } },
        enumerable: false,
      });
    for (const options of [withHidden({}), withHidden({ localRules: [] })]) {
      expect(verdictOf(checkCommittee(bmaModelPccc, options), 'COI-PCCC-LAY-MAJORITY')).toEqual(
        expect.objectContaining({ skipped: 'turned-off' }),
      );
      expect(
        verdictOf(
          checkParsedCommittee(parseCommittee(bmaModelPccc), options),
          'COI-PCCC-LAY-MAJORITY',
        ),
      ).toEqual(expect.objectContaining({ skipped: 'turned-off' }));
    }
  });

  it('names an appliesTo entry for no rule at its path', () => {
    expect(
      safeCheckCommittee(bmaModelPccc, { asOf, appliesTo: { 'COI-PCCC-LAY-CHIAR': ['pccc'] } }),
    ).toEqual({
      success: false,
      issues: [
        {
          code: 'unknown_rule_override',
          message:
            'There is no rule "COI-PCCC-LAY-CHIAR": check the spelling against COI_RULES or your local rules.',
          path: ['options', 'appliesTo', 'COI-PCCC-LAY-CHIAR'],
          ruleId: 'COI-PCCC-LAY-CHIAR',
        },
      ],
    });
  });

  it('says what a local rule answered badly, and where', () => {
    const broken = {
      ...layViceChair,
      check: () => [{ message: 'The vice-chair is not lay.', subjectIds: 'p-grant', evidence: {} }],
    } as unknown as LocalCommitteeRule;
    expect(safeCheckCommittee(bmaViceExecutive, { asOf, localRules: [broken] })).toEqual({
      success: false,
      issues: [
        {
          code: 'local_rule_failed',
          message:
            'The local rule "LOCAL-LAY-VICE-CHAIR" returned something other than a list of findings, each with a message, subjectIds and evidence (Expected a list, but received the text "p-grant". (at 0.subjectIds)).',
          path: ['options', 'localRules', 'LOCAL-LAY-VICE-CHAIR'],
          ruleId: 'LOCAL-LAY-VICE-CHAIR',
        },
      ],
    });
  });
});

// ---------------------------------------------------------------------------------------------
// Quorum

const VOTING = bmaModelPccc.members.filter((entry) => entry.voting).map((entry) => entry.personId);
// In member-list order: p-hughes (lay chair), p-bell (lay vice-chair), p-osei (lay), p-grant
// (executive, chief officer), p-evans (executive, CFO), p-mensah (other-area GP), p-roberts
// (secondary care doctor), p-adeyemi (nurse). Without a vote: p-okafor, p-patel (CCG GPs),
// p-khan (LMC), p-shah (Healthwatch), p-wood (Health and Wellbeing Board).

function withQuorum(quorum: Quorum, committee: Committee = bmaModelPccc): Committee {
  return { ...committee, quorum };
}

const moreThanHalf: Quorum = {
  rule: { kind: 'share', ratio: { numerator: 1, denominator: 2 }, comparator: '>' },
};
const atLeastHalf: Quorum = {
  rule: { kind: 'share', ratio: { numerator: 1, denominator: 2 }, comparator: '>=' },
};
const fiveEighths = (comparator: '>' | '>='): Quorum => ({
  rule: { kind: 'share', ratio: { numerator: 5, denominator: 8 }, comparator },
});
const layShare: Quorum = {
  rule: {
    kind: 'share',
    ratio: { numerator: 1, denominator: 2 },
    comparator: '>',
    of: { roles: ['lay'] },
  },
};
const practiceManagers = (comparator: '>' | '>='): Quorum => ({
  rule: {
    kind: 'share',
    ratio: { numerator: 1, denominator: 2 },
    comparator,
    of: { roles: ['practice-manager'] },
  },
});
const threeWithLay: Quorum = {
  rule: {
    kind: 'all-of',
    rules: [
      { kind: 'at-least', count: 3 },
      { kind: 'at-least', count: 1, of: { roles: ['lay'] } },
    ],
  },
};
const layGpExecutive: Quorum = {
  rule: {
    kind: 'all-of',
    label: 'one lay member, one GP and one executive',
    rules: [
      { kind: 'at-least', count: 1, of: { roles: ['lay'] }, label: 'a lay member' },
      { kind: 'at-least', count: 1, of: { roles: ['ccg-gp', 'other-area-gp'] }, label: 'a GP' },
      { kind: 'at-least', count: 1, of: { roles: ['executive'] }, label: 'an executive' },
    ],
  },
};
const officerOrFive: Quorum = {
  rule: {
    kind: 'any-of',
    rules: [
      { kind: 'at-least', count: 5 },
      { kind: 'at-least', count: 1, of: { posts: ['chief-officer', 'chief-finance-officer'] } },
    ],
  },
};
const labelledAnyOf: Quorum = {
  rule: { ...officerOrFive.rule, label: 'five members or a senior officer' },
};
/** DOMAIN rule 23, first example, with its source. */
const domainFirstExample: Quorum = {
  rule: {
    kind: 'all-of',
    rules: [
      { kind: 'at-least', count: 3 },
      { kind: 'at-least', count: 1, of: { roles: ['lay'] }, label: 'a lay member' },
      {
        kind: 'any-of',
        rules: [
          { kind: 'at-least', count: 1, of: { posts: ['chief-officer'] } },
          { kind: 'at-least', count: 1, of: { posts: ['chief-finance-officer'] } },
          { kind: 'at-least', count: 1, of: { posts: ['chief-of-service-delivery-and-quality'] } },
        ],
      },
    ],
  },
  source: {
    document: 'DOMAIN.md',
    domainId: 'PCCC-QUORUM-LOCAL',
    section: 'rule 23, first example',
  },
};
const threeMembers: Quorum = { rule: { kind: 'at-least', count: 3 } };

const QUORUMS: readonly (readonly [
  string,
  Committee,
  readonly string[],
  EvaluateQuorumOptions?,
])[] = [
  [
    'at least 3 members, exactly three present',
    withQuorum(threeMembers),
    ['p-hughes', 'p-grant', 'p-roberts'],
  ],
  [
    'at least 3 members, two and a visitor present',
    withQuorum(threeMembers),
    ['p-hughes', 'p-grant', 'visitor'],
  ],
  [
    'at least 1 member, one present',
    withQuorum({ rule: { kind: 'at-least', count: 1 } }),
    ['p-osei'],
  ],
  ['at least 3 members, nobody present', withQuorum(threeMembers), []],
  [
    'at least 3 members with an empty matcher',
    withQuorum({ rule: { kind: 'at-least', count: 3, of: {} } }),
    ['p-hughes', 'p-grant'],
  ],
  [
    'a labelled lay member, none present',
    withQuorum({
      rule: { kind: 'at-least', count: 1, of: { roles: ['lay'] }, label: 'a lay member' },
    }),
    ['p-grant', 'p-evans', 'p-mensah'],
  ],
  [
    'two of lay, nurse or secondary care, one present',
    withQuorum({
      rule: {
        kind: 'at-least',
        count: 2,
        of: { roles: ['lay', 'nurse', 'secondary-care-doctor'] },
      },
    }),
    ['p-grant', 'p-adeyemi', 'p-mensah'],
  ],
  [
    'the chief officer or CFO by post, neither present',
    withQuorum({
      rule: {
        kind: 'at-least',
        count: 1,
        of: { posts: ['chief-officer', 'chief-finance-officer'] },
      },
    }),
    ['p-hughes', 'p-mensah', 'p-roberts'],
  ],
  [
    'the chief officer or CFO by post, the CFO present',
    withQuorum({
      rule: {
        kind: 'at-least',
        count: 1,
        of: { posts: ['chief-officer', 'chief-finance-officer'] },
      },
    }),
    ['p-hughes', 'p-evans'],
  ],
  [
    'one of two named people',
    withQuorum({ rule: { kind: 'at-least', count: 1, of: { personIds: ['p-grant', 'p-evans'] } } }),
    ['p-hughes', 'p-evans'],
  ],
  [
    'a lay chair or vice-chair, only another lay member present',
    withQuorum({
      rule: {
        kind: 'at-least',
        count: 1,
        of: { roles: ['lay'], offices: ['chair', 'vice-chair'] },
      },
    }),
    ['p-osei', 'p-grant'],
  ],
  [
    'a lay chair or vice-chair, the vice-chair present',
    withQuorum({
      rule: {
        kind: 'at-least',
        count: 1,
        of: { roles: ['lay'], offices: ['chair', 'vice-chair'] },
      },
    }),
    ['p-bell', 'p-grant'],
  ],
  ['more than half, exactly half (4 of 8)', withQuorum(moreThanHalf), VOTING.slice(0, 4)],
  ['more than half, half plus one (5 of 8)', withQuorum(moreThanHalf), VOTING.slice(0, 5)],
  ['at least half, exactly half (4 of 8)', withQuorum(atLeastHalf), VOTING.slice(0, 4)],
  ['at least half, one short (3 of 8)', withQuorum(atLeastHalf), VOTING.slice(0, 3)],
  ['at least 62.5%, exactly 5 of 8', withQuorum(fiveEighths('>=')), VOTING.slice(0, 5)],
  ['more than 62.5%, exactly 5 of 8', withQuorum(fiveEighths('>')), VOTING.slice(0, 5)],
  [
    'at least two thirds, 6 of 8',
    withQuorum({
      rule: { kind: 'share', ratio: { numerator: 2, denominator: 3 }, comparator: '>=' },
    }),
    VOTING.slice(0, 6),
  ],
  [
    'more than half of the lay members, one lay among five present',
    withQuorum(layShare),
    ['p-hughes', 'p-grant', 'p-evans', 'p-mensah', 'p-roberts'],
  ],
  [
    'more than half of the lay members, two lay present',
    withQuorum(layShare),
    ['p-hughes', 'p-bell'],
  ],
  [
    'more than half of the practice managers (there are none)',
    withQuorum(practiceManagers('>')),
    VOTING,
  ],
  [
    'at least half of the practice managers (there are none)',
    withQuorum(practiceManagers('>=')),
    VOTING,
  ],
  [
    'a labelled share',
    withQuorum({ rule: { ...moreThanHalf.rule, label: 'a majority of the voting members' } }),
    VOTING.slice(0, 5),
  ],
  ['all of (no label), met', withQuorum(threeWithLay), ['p-hughes', 'p-grant', 'p-roberts']],
  [
    'all of (no label), no lay member',
    withQuorum(threeWithLay),
    ['p-grant', 'p-evans', 'p-roberts'],
  ],
  ['all of (labelled), no GP', withQuorum(layGpExecutive), ['p-osei', 'p-evans', 'p-roberts']],
  ['all of (labelled), met', withQuorum(layGpExecutive), ['p-osei', 'p-evans', 'p-mensah']],
  ['any of (no label), neither', withQuorum(officerOrFive), ['p-hughes', 'p-mensah', 'p-roberts']],
  ['any of (no label), the chief officer', withQuorum(officerOrFive), ['p-grant']],
  ['any of (labelled), neither', withQuorum(labelledAnyOf), ['p-hughes']],
  [
    'DOMAIN rule 23 first example, met',
    withQuorum(domainFirstExample),
    ['p-hughes', 'p-evans', 'p-mensah'],
  ],
  [
    'DOMAIN rule 23 first example, no officer',
    withQuorum(domainFirstExample),
    ['p-hughes', 'p-roberts', 'p-mensah'],
  ],
  [
    'more than half, non-voting members present but not counted',
    withQuorum(moreThanHalf),
    ['p-hughes', 'p-grant', 'p-okafor', 'p-patel', 'p-khan', 'p-shah', 'p-wood'],
  ],
  [
    'more than half, non-voting members counted (7 of 13)',
    withQuorum({ ...moreThanHalf, countsNonVotingMembers: true }),
    ['p-hughes', 'p-grant', 'p-okafor', 'p-patel', 'p-khan', 'p-shah', 'p-wood'],
  ],
  [
    'three members, one discussion-only (not counted by default)',
    withQuorum(threeMembers),
    ['p-hughes', 'p-grant', 'p-mensah'],
    { discussionOnlyIds: ['p-mensah'] },
  ],
  [
    'three members, one discussion-only counted by the option',
    withQuorum(threeMembers),
    ['p-hughes', 'p-grant', 'p-mensah'],
    { discussionOnlyIds: ['p-mensah'], countsDiscussionOnlyMembers: true },
  ],
  [
    'three members, one discussion-only counted by the quorum',
    withQuorum({ ...threeMembers, countsDiscussionOnlyMembers: true }),
    ['p-hughes', 'p-grant', 'p-mensah'],
    { discussionOnlyIds: ['p-mensah'] },
  ],
  [
    'three members, the quorum counting discussion-only members overridden by the option',
    withQuorum({ ...threeMembers, countsDiscussionOnlyMembers: true }),
    ['p-hughes', 'p-grant', 'p-mensah'],
    { discussionOnlyIds: ['p-mensah'], countsDiscussionOnlyMembers: false },
  ],
  [
    'three members, one withdrawn although discussion-only members count',
    withQuorum(threeMembers),
    ['p-hughes', 'p-grant', 'p-mensah'],
    { withdrawnIds: ['p-mensah'], countsDiscussionOnlyMembers: true },
  ],
  [
    'the quorum given in the options instead of the committee own',
    withQuorum(threeMembers),
    ['p-hughes', 'p-grant'],
    { quorum: { rule: { kind: 'at-least', count: 2 } } },
  ],
];

const QUORUM_CASES: readonly (readonly [
  string,
  Committee,
  readonly string[],
  EvaluateQuorumOptions,
])[] = QUORUMS.map(([name, committee, present, options]) => [
  name,
  committee,
  present,
  options ?? {},
]);

describe('evaluateQuorum explained', () => {
  it.each(QUORUM_CASES)('words the whole answer for %s', (_name, committee, present, options) => {
    const evaluation = evaluateQuorum(committee, present, options);
    expect(explainQuorum(evaluation)).toMatchSnapshot();
    expect(evaluation.missing.length === 0).toBe(evaluation.quorate);
    expect(safeEvaluateQuorum(committee, present, options)).toStrictEqual({
      success: true,
      data: evaluation,
    });
  });
});

describe('evaluateQuorum at each threshold', () => {
  it.each([
    { ratio: [1, 2], comparator: '>', present: 4, met: false, required: 5 },
    { ratio: [1, 2], comparator: '>', present: 5, met: true, required: 5 },
    { ratio: [1, 2], comparator: '>=', present: 4, met: true, required: 4 },
    { ratio: [1, 2], comparator: '>=', present: 3, met: false, required: 4 },
    { ratio: [5, 8], comparator: '>=', present: 5, met: true, required: 5 },
    { ratio: [5, 8], comparator: '>', present: 5, met: false, required: 6 },
    { ratio: [2, 3], comparator: '>=', present: 5, met: false, required: 6 },
    { ratio: [2, 3], comparator: '>', present: 6, met: true, required: 6 },
  ] as const)(
    'is $met for $present of 8 present $comparator $ratio',
    ({ ratio, comparator, present, met, required }) => {
      const quorum: Quorum = {
        rule: { kind: 'share', ratio: { numerator: ratio[0], denominator: ratio[1] }, comparator },
      };
      const evaluation = evaluateQuorum(withQuorum(quorum), VOTING.slice(0, present));
      expect(evaluation.quorate).toBe(met);
      expect(evaluation.outcome).toMatchObject({
        counted: present,
        required,
        base: 8,
        share: { numerator: present, denominator: 8 },
      });
      expect(evaluation.outcome.countedIds).toEqual(VOTING.slice(0, present));
    },
  );

  it('is never met for a share of nobody, whichever the comparator', () => {
    for (const comparator of ['>', '>='] as const) {
      const evaluation = evaluateQuorum(withQuorum(practiceManagers(comparator)), VOTING);
      expect(evaluation.quorate).toBe(false);
      expect(evaluation.outcome).toMatchObject({ counted: 0, required: 1, base: 0 });
      expect(evaluation.outcome.share).toBeUndefined();
    }
  });

  it('counts only the members a share clause matches, over the matching members', () => {
    const evaluation = evaluateQuorum(withQuorum(layShare), [
      'p-hughes',
      'p-grant',
      'p-evans',
      'p-mensah',
      'p-roberts',
    ]);
    expect(evaluation.outcome).toStrictEqual({
      kind: 'share',
      description: 'more than 50% of the members (a lay member)',
      met: false,
      counted: 1,
      required: 2,
      countedIds: ['p-hughes'],
      clauses: [],
      base: 3,
      threshold: { numerator: 1, denominator: 2 },
      comparator: '>',
      share: { numerator: 1, denominator: 3 },
    });
  });

  it('returns each clause with the members it counted, and no clauses of its own for a leaf', () => {
    const evaluation = evaluateQuorum(withQuorum(threeWithLay), ['p-hughes', 'p-grant']);
    expect(evaluation.outcome).toStrictEqual({
      kind: 'all-of',
      description: 'all of: at least 3 members; at least 1 member (a lay member)',
      met: false,
      counted: 1,
      required: 2,
      countedIds: [],
      clauses: [
        {
          kind: 'at-least',
          description: 'at least 3 members',
          met: false,
          counted: 2,
          required: 3,
          countedIds: ['p-hughes', 'p-grant'],
          clauses: [],
        },
        {
          kind: 'at-least',
          description: 'at least 1 member (a lay member)',
          met: true,
          counted: 1,
          required: 1,
          countedIds: ['p-hughes'],
          clauses: [],
        },
      ],
    });
    expect(evaluation.missing).toEqual(['at least 3 members (2 counted, 3 needed)']);
    expect(
      evaluateQuorum(withQuorum(threeWithLay), ['p-hughes', 'p-grant', 'p-adeyemi']).missing,
    ).toEqual([]);
  });
});

describe('evaluateQuorum refusing malformed input', () => {
  const committee = withQuorum(threeMembers);

  it.each([
    [
      'a present ID that is not text',
      [42],
      'Give each present person ID as text. (at presentIds.0)',
      ['presentIds', 0],
    ],
    [
      'an empty present ID',
      [''],
      'Give each present person ID: it cannot be empty. (at presentIds.0)',
      ['presentIds', 0],
    ],
    [
      'present IDs that are not a list',
      'p-hughes',
      'List the present person IDs. (at presentIds)',
      ['presentIds'],
    ],
  ] as const)('names %s', (_name, present, message, path) => {
    const result = safeEvaluateQuorum(committee, present as unknown as string[]);
    expect(
      result.success ? null : result.issues.map((issue) => [issue.message, issue.path]),
    ).toEqual([[message, path]]);
  });

  it.each([
    [
      'an empty withdrawn ID',
      { withdrawnIds: [''] },
      'Give each withdrawn person ID: it cannot be empty. (at options.withdrawnIds.0)',
      ['options', 'withdrawnIds', 0],
    ],
    [
      'discussion-only IDs that are not a list',
      { discussionOnlyIds: 'p-mensah' },
      'List the discussion-only person IDs. (at options.discussionOnlyIds)',
      ['options', 'discussionOnlyIds'],
    ],
    [
      'a discussion-only ID that is not text',
      { discussionOnlyIds: [7] },
      'Give each discussion-only person ID as text. (at options.discussionOnlyIds.0)',
      ['options', 'discussionOnlyIds', 0],
    ],
  ] as const)('names %s in the options', (_name, options, message, path) => {
    const result = safeEvaluateQuorum(committee, [], options as unknown as EvaluateQuorumOptions);
    expect(
      result.success ? null : result.issues.map((issue) => [issue.message, issue.path]),
    ).toEqual([[message, path]]);
  });

  it.each([
    ['all-of', 'x', 'List the clauses that must all hold.'],
    ['all-of', [], 'List at least one clause.'],
    ['any-of', 'x', 'List the clauses of which one must hold.'],
    ['any-of', [], 'List at least one clause.'],
  ] as const)('refuses an %s quorum clause whose rules are %j', (kind, rules, message) => {
    const result = safeParseCommittee({ ...bmaModelPccc, quorum: { rule: { kind, rules } } });
    expect(
      result.success ? null : result.issues.map((issue) => [issue.message, issue.path]),
    ).toEqual([
      [`${message} (at committee.quorum.rule.rules)`, ['committee', 'quorum', 'rule', 'rules']],
    ]);
  });
});
