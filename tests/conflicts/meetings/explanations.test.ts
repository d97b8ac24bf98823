// An agenda item's assessment is read out in the minutes: who must leave, who may stay without a
// vote, who may vote, whether the meeting stays quorate, and every finding with its evidence and
// remedy (DOMAIN rules 23 and 35-37; seed 004's minimum for GP members). This pins the whole
// explanation (each attendee's standing and reason, every reason with its verdict, values and
// missing data, every finding with its rule, severity, subjects, evidence and remedy, each rule's
// verdict, the remedies and the quorum) over a grid of realistic scenarios built on the BMA model
// PCCC of seed 004 and its May 2017 meeting: each kind of decision, with and without a committee
// or a quorum rule, withdrawals that keep or break the quorum, a conflicted chair, late and
// unnamed declarations, the chair's determinations, minuted votes, each option and override, and
// local rules. A change to any of the words shows here for review (update with
// `npx vitest run tests/conflicts/meetings/explanations.test.ts -u`); the decisive values are
// also asserted one by one below.
import {
  type AgendaItem,
  type AgendaItemAssessment,
  type AssessAgendaItemOptions,
  assessAgendaItem,
  assessMeeting,
  type Citation,
  type Declaration,
  type LocalMeetingRule,
  type Meeting,
  type Reason,
  safeAssessAgendaItem,
  safeAssessMeeting,
} from 'co-commissioning';
import { describe, expect, it } from 'vitest';
import {
  declaration,
  may2017,
  millLaneInvestment,
  minutes,
  outOfHoursProcurement,
  pccc,
  register,
  riversideNotice,
} from './fixtures.js';

// ---------------------------------------------------------------------------------------------
// Rendering: one readable line per fact.

function cite(citation: Citation): string {
  return citation.domainId ?? citation.document;
}

function values(record: Readonly<Record<string, unknown>> | undefined): string {
  return record === undefined ? '' : ` | ${JSON.stringify(record)}`;
}

function reasonLine(reason: Reason): string {
  const missing = reason.missing === undefined ? '' : ` | missing ${reason.missing.join(', ')}`;
  return `reason ${reason.verdict} ${reason.id} [${reason.sources.map(cite).join(' + ')}]: ${reason.message}${values(reason.values)}${missing}`;
}

function render(assessment: AgendaItemAssessment): string {
  const { item, quorate, quorum } = assessment;
  const yesNo = (value: boolean | null) => (value === null ? 'unknown' : value ? 'yes' : 'no');
  const counted = (evaluation: { readonly countedIds: readonly string[] } | null) =>
    evaluation === null ? '-' : String(evaluation.countedIds.length);
  const lines = [
    `item ${item.id} "${item.title}" (${item.decisionKind}${assessment.decision ? ', a decision' : ', not a decision'}) at ${assessment.meetingId} on ${assessment.date}, guidance of ${assessment.asOf}: ${assessment.safe ? 'SAFE' : 'NOT SAFE'}`,
    `voters: ${assessment.voters.join(', ') || '-'}`,
    `withdrawn: ${assessment.withdrawn.join(', ') || '-'}`,
    `discussion only: ${assessment.discussionOnly.join(', ') || '-'}`,
    `quorate before: ${yesNo(quorate.before)} (${counted(quorum.before)} counted), after: ${yesNo(quorate.after)} (${counted(quorum.after)} counted)`,
    ...assessment.attendees.map(
      (a) =>
        `attendee ${a.personId} (${a.name ?? 'not a member'}, ${a.role ?? 'no role'}, ${a.member ? (a.votingMember ? 'voting member' : 'member without a vote') : 'not on the committee'}): ${a.standing}; action ${a.action ?? '-'}, default ${a.defaultAction ?? '-'}, determination ${a.determination ?? '-'}, declarations ${a.declarationIds.join(', ') || '-'}, minimum ${a.minimumApplies ? 'applies' : 'no'}\n  ${a.reason}`,
    ),
    ...assessment.reasons.map(reasonLine),
    ...assessment.findings.map(
      (f) =>
        `finding ${f.severity} ${f.ruleId} [${cite(f.source)}]: ${f.message} | subjects ${f.subjectIds.join(', ') || '-'}${values(f.evidence)} | remedy: ${f.remedy ?? '-'}`,
    ),
    `rules: ${assessment.rulesApplied.map((r) => `${r.ruleId} ${r.skipped ?? r.verdict} (${r.severity})`).join('; ')}`,
    `remedies: ${assessment.remedies.map((r) => `${r.order} ${r.action}`).join('; ') || '-'}`,
  ];
  return lines.join('\n');
}

/** The decisive values of an assessment, for explicit assertions. */
interface Decisive {
  readonly safe: boolean;
  readonly quorate: { readonly before: boolean | null; readonly after: boolean | null };
  readonly voters: readonly string[];
  readonly withdrawn: readonly string[];
  readonly discussionOnly: readonly string[];
  /** Attendees present without a vote, in attendance order. */
  readonly nonVoting: readonly string[];
  /** Each rule's verdict (or why it was skipped), in catalogue order then local rules. */
  readonly verdicts: readonly string[];
  readonly findings: readonly string[];
  readonly remedies: readonly string[];
}

function decisive(assessment: AgendaItemAssessment): Decisive {
  // Every attendee stands in exactly the list that names them.
  for (const attendee of assessment.attendees) {
    const lists: Record<string, readonly string[]> = {
      'may-vote': assessment.voters,
      withdraw: assessment.withdrawn,
      'discussion-only': assessment.discussionOnly,
    };
    const list = lists[attendee.standing];
    if (list !== undefined && !list.includes(attendee.personId)) {
      throw new Error(`${attendee.personId} is ${attendee.standing} but not listed so`);
    }
  }
  return {
    safe: assessment.safe,
    quorate: assessment.quorate,
    voters: assessment.voters,
    withdrawn: assessment.withdrawn,
    discussionOnly: assessment.discussionOnly,
    nonVoting: assessment.attendees
      .filter((a) => a.standing === 'non-voting')
      .map((a) => a.personId),
    verdicts: assessment.rulesApplied.map((r) => `${r.ruleId} ${r.skipped ?? r.verdict}`),
    findings: assessment.findings.map((f) => f.ruleId),
    remedies: assessment.remedies.map((r) => r.action),
  };
}

const BUILT_IN = [
  'COI-MEETING-DECLARE',
  'COI-CONFLICTED-NO-VOTE',
  'COI-CHAIR-DETERMINATION',
  'COI-CONFLICTED-CHAIR',
  'SEED-COI-MINIMUM',
  'PCCC-QUORUM-LOCAL',
  'COI-QUORUM-LOSS',
] as const;

/** The verdicts of the built-in rules: pass unless said otherwise, then the local rules'. */
function verdicts(
  changes: Partial<Record<(typeof BUILT_IN)[number], string>> = {},
  locals: Record<string, string> = {},
): string[] {
  return [
    ...BUILT_IN.map((id) => `${id} ${changes[id] ?? 'pass'}`),
    ...Object.entries(locals).map(([id, verdict]) => `${id} ${verdict}`),
  ];
}

// ---------------------------------------------------------------------------------------------
// The scenarios: the May 2017 meeting of the BMA model PCCC, its register, and variations.

const options: AssessAgendaItemOptions = { register, asOf: may2017.date, committee: pccc };

const premisesLease: AgendaItem = {
  id: '7',
  title: 'Riverside Surgery: premises lease renewal',
  decisionKind: 'other',
  subject: { organisationIds: ['practice-riverside'] },
};

const cqcReport: AgendaItem = {
  id: '8',
  title: 'Riverside Surgery: CQC inspection report',
  decisionKind: 'for-information',
  subject: { organisationIds: ['practice-riverside'] },
};

const listDispersal: AgendaItem = {
  id: '9',
  title: 'Riverside and Mill Lane: list dispersal',
  decisionKind: 'performance-management',
  subject: { organisationIds: ['practice-riverside', 'practice-mill-lane'] },
};

/** The May 2017 meeting with other attendees and one item (an item of its agenda or a new one). */
function meetingOf(item: AgendaItem, attendeeIds: readonly string[] = may2017.attendeeIds) {
  return { ...may2017, attendeeIds: [...attendeeIds], items: [item] } satisfies Meeting;
}

function withRegister(...declarations: Declaration[]): AssessAgendaItemOptions {
  return { ...options, register: { declarations: [...register.declarations, ...declarations] } };
}

/** Item 5 with only five voting members: Dr Roberts (indirect interest) may only discuss. */
const oneShort = ['p-hughes', 'p-grant', 'p-mensah', 'p-roberts'];

/** The chair's (or another lay member's) interest in Mill Lane Surgery. */
const millLaneInterest = (
  type: Declaration['type'],
  personId = 'p-hughes',
  description = 'Paid governance adviser to Mill Lane Surgery',
) =>
  declaration({
    id: `d-${personId}-mill-lane`,
    personId,
    type,
    description,
    organisationIds: ['practice-mill-lane'],
  });

const rule = (overrides: Partial<LocalMeetingRule> & Pick<LocalMeetingRule, 'id'>) =>
  ({
    title: 'A local rule',
    description: 'From our terms of reference.',
    subject: 'meeting',
    severity: 'advice',
    confidence: 'V',
    sources: [{ document: 'PCCC terms of reference', section: '7.4' }],
    inForce: { from: '2016-04-01' },
    check: () => [],
    ...overrides,
  }) satisfies LocalMeetingRule;

/** Our terms of reference ask the minutes to record who voted and whether the item was quorate. */
const minuteQuorum = rule({
  id: 'LOCAL-MINUTE-QUORUM',
  title: 'The minutes record the vote and the quorum for each decision',
  check: (view, context) => [
    {
      message: `Minute item ${view.item.id} as assessed on ${context.asOf}: ${view.voters.length} may vote, ${view.withdrawn.length} withdraw and ${view.discussionOnly.length} stay without voting; quorate after withdrawals: ${view.quorateAfter === null ? 'unknown' : view.quorateAfter ? 'yes' : 'no'}.`,
      subjectIds: [view.item.id],
      evidence: { quorateAfter: view.quorateAfter, committee: view.committee?.id ?? null },
    },
  ],
});

const layVoter = rule({
  id: 'LOCAL-LAY-VOTER',
  title: 'A lay member votes on every decision',
  severity: 'breach',
  check: (view) =>
    view.committee?.members.some((m) => m.role === 'lay' && view.voters.includes(m.personId))
      ? []
      : [
          {
            message: 'No lay member may vote on this item.',
            subjectIds: [view.item.id],
            evidence: { voters: view.voters.length },
            remedy: 'Defer the item to a meeting a lay member attends.',
          },
        ],
});

const jointOnly = rule({
  id: 'LOCAL-NHSE-VOTER',
  title: 'An NHS England member votes on every joint decision',
  appliesTo: ['joint-committee'],
  check: () => [{ message: 'No NHS England member votes.', subjectIds: [], evidence: {} }],
});

const from2018 = rule({ id: 'LOCAL-2018-REVIEW', inForce: { from: '2018-04-01' } });

const scenarios: Record<string, () => AgendaItemAssessment> = {
  // Each kind of decision, with the default options.
  'a remedial notice (performance management), default options': () =>
    assessAgendaItem(may2017, '4', options),
  'an investment decision, default options': () => assessAgendaItem(may2017, '5', options),
  'a procurement decision, default options': () => assessAgendaItem(may2017, '6', options),
  'another decision (a premises lease), default options': () =>
    assessAgendaItem(meetingOf(premisesLease), '7', options),
  'the minutes (for information)': () => assessAgendaItem(may2017, '1', options),
  'a report for information on a practice, late declaration, meeting inquorate': () =>
    assessAgendaItem(meetingOf(cqcReport, ['p-hughes', 'p-grant', 'p-okafor']), '8', {
      ...options,
      register: {
        declarations: [
          declaration({
            id: 'd-okafor-late',
            personId: 'p-okafor',
            description: 'GP partner at Riverside Surgery',
            declaredOn: '2017-05-15',
            organisationIds: ['practice-riverside'],
          }),
        ],
      },
      localRules: [minuteQuorum],
    }),

  // Without a committee or a quorum rule.
  'no committee given, with local rules for a PCCC and a joint committee': () =>
    assessAgendaItem(may2017, '4', {
      register,
      asOf: may2017.date,
      localRules: [minuteQuorum, jointOnly],
    }),
  'a committee without a quorum rule': () => {
    const { quorum: _, ...noQuorum } = pccc;
    return assessAgendaItem(may2017, '5', { ...options, committee: noQuorum });
  },
  'a committee without a quorum rule, the quorum rule turned off': () => {
    const { quorum: _, ...noQuorum } = pccc;
    return assessAgendaItem(may2017, '5', {
      ...options,
      committee: noQuorum,
      overrides: { 'PCCC-QUORUM-LOCAL': { enabled: false } },
    });
  },

  // Quorum before and after withdrawals.
  'two withdrawals break the quorum': () =>
    assessAgendaItem(
      meetingOf(riversideNotice, ['p-hughes', 'p-osei', 'p-grant', 'p-mensah']),
      '4',
      withRegister(
        declaration({
          id: 'd-osei',
          personId: 'p-osei',
          description: 'Director of a GP federation bidding for Riverside',
          organisationIds: ['practice-riverside'],
        }),
        declaration({
          id: 'd-mensah',
          personId: 'p-mensah',
          description: 'Locum sessions at Riverside Surgery',
          organisationIds: ['practice-riverside'],
        }),
      ),
    ),
  'a member who may only discuss breaks the quorum': () =>
    assessAgendaItem(meetingOf(millLaneInvestment, oneShort), '5', {
      ...options,
      localRules: [minuteQuorum],
    }),
  'a withdrawal and a member who may only discuss break the quorum together': () =>
    assessAgendaItem(
      meetingOf(millLaneInvestment, [...oneShort, 'p-osei']),
      '5',
      withRegister(
        declaration({
          id: 'd-osei-ml',
          personId: 'p-osei',
          description: 'Landlord of Mill Lane Surgery',
          organisationIds: ['practice-mill-lane'],
        }),
      ),
    ),
  'members who may only discuss count toward quorum when asked': () =>
    assessAgendaItem(meetingOf(millLaneInvestment, oneShort), '5', {
      ...options,
      countsDiscussionOnlyMembers: true,
    }),
  'not quorate even before anyone withdraws': () =>
    assessAgendaItem(meetingOf(riversideNotice, ['p-hughes', 'p-grant', 'p-mensah']), '4', options),
  'only members without a vote present': () =>
    assessAgendaItem(meetingOf(riversideNotice, ['p-okafor', 'p-khan', 'p-shah']), '4', options),

  // A conflicted chair.
  'the chair withdraws; the vice-chair is present and free': () =>
    assessAgendaItem(may2017, '5', withRegister(millLaneInterest('financial'))),
  'the chair may only discuss; the vice-chair is absent': () =>
    assessAgendaItem(
      meetingOf(
        millLaneInvestment,
        may2017.attendeeIds.filter((id) => id !== 'p-bell'),
      ),
      '5',
      withRegister(
        millLaneInterest('indirect', 'p-hughes', 'Son is a salaried GP at Mill Lane Surgery'),
      ),
    ),
  'the chair and the vice-chair are both conflicted': () =>
    assessAgendaItem(
      may2017,
      '5',
      withRegister(
        millLaneInterest('financial'),
        millLaneInterest(
          'non-financial-personal',
          'p-bell',
          'Chair of the Mill Lane Surgery patient participation group',
        ),
      ),
    ),
  'the chair withdraws; the vice-chair is a member without a vote': () =>
    assessAgendaItem(may2017, '5', {
      ...withRegister(millLaneInterest('financial')),
      committee: { ...pccc, viceChairId: 'p-shah' },
    }),

  // Declarations not on the register by the meeting, and declarations naming no organisation.
  'one late declaration without a determination': () =>
    assessAgendaItem(
      may2017,
      '4',
      withRegister(
        declaration({
          id: 'd-osei-late',
          personId: 'p-osei',
          description: 'Director of a GP federation bidding for Riverside',
          arisesOn: '2017-03-01',
          declaredOn: '2017-05-12',
          organisationIds: ['practice-riverside'],
        }),
      ),
    ),
  'several late declarations, one person with a determination and one without': () =>
    assessAgendaItem(
      meetingOf({
        ...riversideNotice,
        determinations: [
          { personId: 'p-mensah', action: 'withdraw', note: 'Declared at the meeting' },
        ],
      }),
      '4',
      withRegister(
        declaration({
          id: 'd-osei-spouse',
          personId: 'p-osei',
          type: 'indirect',
          description: 'Spouse is practice nurse at Riverside Surgery',
          arisesOn: '2017-01-01',
          declaredOn: '2017-06-02',
          organisationIds: ['practice-riverside'],
        }),
        declaration({
          id: 'd-osei-ppg',
          personId: 'p-osei',
          type: 'non-financial-personal',
          description: 'Chair of the Riverside patient participation group',
          arisesOn: '2017-02-01',
          declaredOn: '2017-05-20',
          organisationIds: ['practice-riverside'],
        }),
        declaration({
          id: 'd-mensah-late',
          personId: 'p-mensah',
          description: 'Locum sessions at Riverside Surgery',
          arisesOn: '2017-04-01',
          declaredOn: '2017-05-30',
          organisationIds: ['practice-riverside'],
        }),
      ),
    ),
  'declarations naming no organisation: one for a member, two for an officer in attendance': () =>
    assessAgendaItem(
      meetingOf(riversideNotice, [...may2017.attendeeIds, 'p-officer', 'p-adviser']),
      '4',
      withRegister(
        declaration({
          id: 'd-grant-charity',
          personId: 'p-grant',
          type: 'non-financial-personal',
          description: 'Trustee of a local charity',
        }),
        declaration({
          id: 'd-officer-shares',
          personId: 'p-officer',
          description: 'Shares in a health technology company',
        }),
        declaration({
          id: 'd-officer-spouse',
          personId: 'p-officer',
          type: 'indirect',
          description: 'Spouse works for a community trust',
          organisationIds: [],
        }),
      ),
    ),

  // The chair's determinations.
  'determinations stricter, as strict and less strict than the default': () =>
    assessAgendaItem(
      meetingOf({
        ...riversideNotice,
        determinations: [
          { personId: 'p-osei', action: 'withdraw', note: 'Former partner at Riverside' },
          { personId: 'p-okafor', action: 'discuss-no-vote', declarationIds: ['d-okafor'] },
          { personId: 'p-evans', action: 'withdraw' },
          { personId: 'p-patel', action: 'withdraw' },
          { personId: 'p-grant', action: 'note-only' },
          { personId: 'p-khan', action: 'note-only' },
        ],
      }),
      '4',
      withRegister(
        declaration({
          id: 'd-osei-ppg',
          personId: 'p-osei',
          type: 'non-financial-personal',
          description: 'Chair of the Riverside patient participation group',
          organisationIds: ['practice-riverside'],
        }),
        declaration({
          id: 'd-evans-lease',
          personId: 'p-evans',
          description: 'Landlord of Riverside Surgery',
          organisationIds: ['practice-riverside'],
        }),
      ),
    ),
  "determinations less strict than seed 004's minimum (withdraw), on an item stated to affect member practices, with a GP minuted as voting":
    () =>
      assessAgendaItem(
        meetingOf({
          ...millLaneInvestment,
          subject: { ...millLaneInvestment.subject, affectsMemberPractices: true },
          determinations: [
            { personId: 'p-patel', action: 'discuss-no-vote' },
            { personId: 'p-okafor', action: 'note-only' },
          ],
          recordedVoterIds: ['p-grant', 'p-patel'],
        }),
        '5',
        { ...options, minimumAction: 'withdraw' },
      ),

  // Votes recorded in the minutes.
  'minuted voters: absent, withdrawn by a declaration, discussion-only by the minimum, withdrawn by a determination only':
    () =>
      assessAgendaItem(
        meetingOf({
          ...riversideNotice,
          determinations: [{ personId: 'p-osei', action: 'withdraw' }],
          recordedVoterIds: ['p-hughes', 'p-adeyemi', 'p-okafor', 'p-patel', 'p-osei'],
        }),
        '4',
        options,
      ),
  'minuted voters with interests as strict as the minimum': () =>
    assessAgendaItem(
      meetingOf({ ...millLaneInvestment, recordedVoterIds: ['p-roberts', 'p-okafor', 'p-patel'] }),
      '5',
      withRegister(
        declaration({
          id: 'd-patel-ml',
          personId: 'p-patel',
          type: 'non-financial-professional',
          description: 'Clinical lead for the Mill Lane extended hours pilot',
          organisationIds: ['practice-mill-lane'],
        }),
      ),
    ),

  // Options.
  'member practices listed (one of two organisations), minimum widened to the LMC': () =>
    assessAgendaItem(meetingOf(listDispersal), '9', {
      ...options,
      memberPracticeIds: ['practice-mill-lane', 'practice-hillside'],
      minimumRoles: ['ccg-gp', 'lmc'],
    }),
  'member practices listed, none affected, minimum widened to procurement': () =>
    assessAgendaItem(may2017, '6', {
      ...options,
      memberPracticeIds: ['practice-riverside', 'practice-mill-lane'],
      minimumDecisionKinds: ['investment', 'performance-management', 'procurement'],
      minimumRoles: ['ccg-gp', 'practice-manager', 'lmc'],
    }),
  'an item stated not to affect member practices': () =>
    assessAgendaItem(
      meetingOf({
        ...riversideNotice,
        subject: { ...riversideNotice.subject, affectsMemberPractices: false },
      }),
      '4',
      options,
    ),
  'your own default actions': () =>
    assessAgendaItem(may2017, '5', {
      ...options,
      defaultActions: { indirect: 'note-only', financial: 'discuss-no-vote' },
    }),
  'your own fallback order': () =>
    assessAgendaItem(meetingOf(millLaneInvestment, oneShort), '5', {
      ...options,
      quorumFallback: ['co-opt-temporary', 'refer-nhs-england', 'defer'],
    }),
  "a governing body's fallback, without referral to NHS England": () =>
    assessAgendaItem(meetingOf(millLaneInvestment, oneShort), '5', {
      ...options,
      committee: { ...pccc, kind: 'governing-body' },
      quorumFallback: ['refer-nhs-england', 'refer-other-committee'],
    }),

  // Rules turned off.
  "seed 004's minimum turned off": () =>
    assessAgendaItem(may2017, '4', {
      ...options,
      overrides: { 'SEED-COI-MINIMUM': { enabled: false } },
    }),
  'the quorum rule turned off while a member who may only discuss breaks the quorum': () =>
    assessAgendaItem(meetingOf(millLaneInvestment, oneShort), '5', {
      ...options,
      overrides: { 'PCCC-QUORUM-LOCAL': { enabled: false } },
    }),
  'the quorum-loss warning turned off': () =>
    assessAgendaItem(meetingOf(millLaneInvestment, oneShort), '5', {
      ...options,
      overrides: { 'COI-QUORUM-LOSS': { enabled: false } },
    }),
  'the conflicted-chair and late-declaration rules turned off, the chair determination rule re-graded':
    () =>
      assessAgendaItem(
        meetingOf({
          ...millLaneInvestment,
          determinations: [{ personId: 'p-roberts', action: 'note-only' }],
        }),
        '5',
        {
          ...withRegister(
            millLaneInterest('financial'),
            declaration({
              id: 'd-osei-late',
              personId: 'p-osei',
              description: 'Landlord of Mill Lane Surgery',
              declaredOn: '2017-05-12',
              organisationIds: ['practice-mill-lane'],
            }),
          ),
          overrides: {
            'COI-CONFLICTED-CHAIR': { enabled: false },
            'COI-MEETING-DECLARE': { enabled: false },
            'COI-CHAIR-DETERMINATION': { severity: 'advice' },
          },
        },
      ),

  // Local rules.
  'local rules: passing, failing, for another kind of committee, not yet in force, turned off':
    () =>
      assessAgendaItem(
        meetingOf(millLaneInvestment, ['p-grant', 'p-evans', 'p-mensah', 'p-roberts', 'p-okafor']),
        '5',
        {
          ...options,
          committee: { ...pccc, quorum: { rule: { kind: 'at-least', count: 3 } } },
          localRules: [
            minuteQuorum,
            layVoter,
            jointOnly,
            from2018,
            rule({ id: 'LOCAL-OFF', check: () => [] }),
          ],
          overrides: { 'LOCAL-OFF': { enabled: false } },
        },
      ),
  'local rules before seed 004 (2016-06-09): the minimum is not yet in force': () =>
    assessAgendaItem({ ...meetingOf(millLaneInvestment), date: '2016-06-09' }, '5', {
      ...options,
      asOf: '2016-06-09',
      localRules: [layVoter, minuteQuorum],
    }),
};

const run = (name: string): AgendaItemAssessment => {
  const scenario = scenarios[name];
  if (scenario === undefined) throw new Error(`No scenario ${name}`);
  return scenario();
};

describe('the explanation of an agenda item', () => {
  it.each(Object.keys(scenarios))('reads in full for %s', (name) => {
    expect(render(run(name))).toMatchSnapshot();
  });
});

// ---------------------------------------------------------------------------------------------
// The decisive values, one by one.

const SEVEN = ['p-hughes', 'p-bell', 'p-osei', 'p-grant', 'p-evans', 'p-mensah', 'p-roberts'];
const SIX = SEVEN.slice(0, 6);
const DEFAULT_FALLBACK = [
  'defer',
  'refer-other-committee',
  'co-opt-temporary',
  'refer-nhs-england',
];
const QUORATE = { before: true, after: true };
const LOST = { before: true, after: false };
const INQUORATE = { before: false, after: false };
const UNKNOWN = { before: null, after: null };

const expected: Record<string, Decisive> = {
  'a remedial notice (performance management), default options': {
    safe: true,
    quorate: QUORATE,
    voters: SEVEN,
    withdrawn: ['p-okafor'],
    discussionOnly: ['p-patel'],
    nonVoting: ['p-khan', 'p-shah'],
    verdicts: verdicts(),
    findings: [],
    remedies: [],
  },
  'an investment decision, default options': {
    safe: true,
    quorate: QUORATE,
    voters: SIX,
    withdrawn: [],
    discussionOnly: ['p-roberts', 'p-okafor', 'p-patel'],
    nonVoting: ['p-khan', 'p-shah'],
    verdicts: verdicts(),
    findings: [],
    remedies: [],
  },
  'a procurement decision, default options': {
    safe: true,
    quorate: QUORATE,
    voters: SEVEN,
    withdrawn: [],
    discussionOnly: ['p-khan'],
    nonVoting: ['p-okafor', 'p-patel', 'p-shah'],
    verdicts: verdicts(),
    findings: [],
    remedies: [],
  },
  'another decision (a premises lease), default options': {
    safe: true,
    quorate: QUORATE,
    voters: SEVEN,
    withdrawn: ['p-okafor'],
    discussionOnly: [],
    nonVoting: ['p-patel', 'p-khan', 'p-shah'],
    verdicts: verdicts(),
    findings: [],
    remedies: [],
  },
  'the minutes (for information)': {
    safe: true,
    quorate: QUORATE,
    voters: SEVEN,
    withdrawn: [],
    discussionOnly: [],
    nonVoting: ['p-okafor', 'p-patel', 'p-khan', 'p-shah'],
    verdicts: verdicts({
      'PCCC-QUORUM-LOCAL': 'not-applicable',
      'COI-QUORUM-LOSS': 'not-applicable',
    }),
    findings: [],
    remedies: [],
  },
  'a report for information on a practice, late declaration, meeting inquorate': {
    safe: true,
    quorate: INQUORATE,
    voters: ['p-hughes', 'p-grant'],
    withdrawn: ['p-okafor'],
    discussionOnly: [],
    nonVoting: [],
    verdicts: verdicts(
      {
        'COI-MEETING-DECLARE': 'fail',
        'PCCC-QUORUM-LOCAL': 'not-applicable',
        'COI-QUORUM-LOSS': 'not-applicable',
      },
      { 'LOCAL-MINUTE-QUORUM': 'fail' },
    ),
    findings: ['COI-MEETING-DECLARE', 'LOCAL-MINUTE-QUORUM'],
    remedies: [],
  },
  'no committee given, with local rules for a PCCC and a joint committee': {
    safe: false,
    quorate: UNKNOWN,
    voters: [
      'p-bell',
      'p-evans',
      'p-grant',
      'p-hughes',
      'p-khan',
      'p-mensah',
      'p-osei',
      'p-patel',
      'p-roberts',
      'p-shah',
    ],
    withdrawn: ['p-okafor'],
    discussionOnly: [],
    nonVoting: [],
    verdicts: verdicts(
      {
        'COI-CONFLICTED-CHAIR': 'unknown',
        'PCCC-QUORUM-LOCAL': 'unknown',
        'COI-QUORUM-LOSS': 'unknown',
      },
      { 'LOCAL-MINUTE-QUORUM': 'fail', 'LOCAL-NHSE-VOTER': 'fail' },
    ),
    findings: ['LOCAL-MINUTE-QUORUM', 'LOCAL-NHSE-VOTER'],
    remedies: [],
  },
  'a committee without a quorum rule': {
    safe: false,
    quorate: UNKNOWN,
    voters: SIX,
    withdrawn: [],
    discussionOnly: ['p-roberts', 'p-okafor', 'p-patel'],
    nonVoting: ['p-khan', 'p-shah'],
    verdicts: verdicts({ 'PCCC-QUORUM-LOCAL': 'unknown', 'COI-QUORUM-LOSS': 'unknown' }),
    findings: [],
    remedies: [],
  },
  'a committee without a quorum rule, the quorum rule turned off': {
    safe: true,
    quorate: UNKNOWN,
    voters: SIX,
    withdrawn: [],
    discussionOnly: ['p-roberts', 'p-okafor', 'p-patel'],
    nonVoting: ['p-khan', 'p-shah'],
    verdicts: verdicts({ 'PCCC-QUORUM-LOCAL': 'turned-off', 'COI-QUORUM-LOSS': 'unknown' }),
    findings: [],
    remedies: [],
  },
  'two withdrawals break the quorum': {
    safe: false,
    quorate: LOST,
    voters: ['p-hughes', 'p-grant'],
    withdrawn: ['p-osei', 'p-mensah'],
    discussionOnly: [],
    nonVoting: [],
    verdicts: verdicts({ 'PCCC-QUORUM-LOCAL': 'fail', 'COI-QUORUM-LOSS': 'fail' }),
    findings: ['PCCC-QUORUM-LOCAL', 'COI-QUORUM-LOSS'],
    remedies: DEFAULT_FALLBACK,
  },
  'a member who may only discuss breaks the quorum': {
    safe: false,
    quorate: LOST,
    voters: ['p-hughes', 'p-grant', 'p-mensah'],
    withdrawn: [],
    discussionOnly: ['p-roberts'],
    nonVoting: [],
    verdicts: verdicts(
      { 'PCCC-QUORUM-LOCAL': 'fail', 'COI-QUORUM-LOSS': 'fail' },
      { 'LOCAL-MINUTE-QUORUM': 'fail' },
    ),
    findings: ['PCCC-QUORUM-LOCAL', 'COI-QUORUM-LOSS', 'LOCAL-MINUTE-QUORUM'],
    remedies: DEFAULT_FALLBACK,
  },
  'a withdrawal and a member who may only discuss break the quorum together': {
    safe: false,
    quorate: LOST,
    voters: ['p-hughes', 'p-grant', 'p-mensah'],
    withdrawn: ['p-osei'],
    discussionOnly: ['p-roberts'],
    nonVoting: [],
    verdicts: verdicts({ 'PCCC-QUORUM-LOCAL': 'fail', 'COI-QUORUM-LOSS': 'fail' }),
    findings: ['PCCC-QUORUM-LOCAL', 'COI-QUORUM-LOSS'],
    remedies: DEFAULT_FALLBACK,
  },
  'members who may only discuss count toward quorum when asked': {
    safe: true,
    quorate: QUORATE,
    voters: ['p-hughes', 'p-grant', 'p-mensah'],
    withdrawn: [],
    discussionOnly: ['p-roberts'],
    nonVoting: [],
    verdicts: verdicts(),
    findings: [],
    remedies: [],
  },
  'not quorate even before anyone withdraws': {
    safe: false,
    quorate: INQUORATE,
    voters: ['p-hughes', 'p-grant', 'p-mensah'],
    withdrawn: [],
    discussionOnly: [],
    nonVoting: [],
    verdicts: verdicts({ 'PCCC-QUORUM-LOCAL': 'fail' }),
    findings: ['PCCC-QUORUM-LOCAL'],
    remedies: DEFAULT_FALLBACK,
  },
  'only members without a vote present': {
    safe: false,
    quorate: INQUORATE,
    voters: [],
    withdrawn: ['p-okafor'],
    discussionOnly: [],
    nonVoting: ['p-khan', 'p-shah'],
    verdicts: verdicts({ 'PCCC-QUORUM-LOCAL': 'fail' }),
    findings: ['PCCC-QUORUM-LOCAL'],
    remedies: DEFAULT_FALLBACK,
  },
  'the chair withdraws; the vice-chair is present and free': {
    safe: true,
    quorate: QUORATE,
    voters: ['p-bell', 'p-osei', 'p-grant', 'p-evans', 'p-mensah'],
    withdrawn: ['p-hughes'],
    discussionOnly: ['p-roberts', 'p-okafor', 'p-patel'],
    nonVoting: ['p-khan', 'p-shah'],
    verdicts: verdicts({ 'COI-CONFLICTED-CHAIR': 'fail' }),
    findings: ['COI-CONFLICTED-CHAIR'],
    remedies: [],
  },
  'the chair may only discuss; the vice-chair is absent': {
    safe: true,
    quorate: QUORATE,
    voters: ['p-osei', 'p-grant', 'p-evans', 'p-mensah'],
    withdrawn: [],
    discussionOnly: ['p-hughes', 'p-roberts', 'p-okafor', 'p-patel'],
    nonVoting: ['p-khan', 'p-shah'],
    verdicts: verdicts({ 'COI-CONFLICTED-CHAIR': 'fail' }),
    findings: ['COI-CONFLICTED-CHAIR'],
    remedies: [],
  },
  'the chair and the vice-chair are both conflicted': {
    safe: true,
    quorate: QUORATE,
    voters: ['p-osei', 'p-grant', 'p-evans', 'p-mensah'],
    withdrawn: ['p-hughes'],
    discussionOnly: ['p-bell', 'p-roberts', 'p-okafor', 'p-patel'],
    nonVoting: ['p-khan', 'p-shah'],
    verdicts: verdicts({ 'COI-CONFLICTED-CHAIR': 'fail' }),
    findings: ['COI-CONFLICTED-CHAIR'],
    remedies: [],
  },
  'the chair withdraws; the vice-chair is a member without a vote': {
    safe: true,
    quorate: QUORATE,
    voters: ['p-bell', 'p-osei', 'p-grant', 'p-evans', 'p-mensah'],
    withdrawn: ['p-hughes'],
    discussionOnly: ['p-roberts', 'p-okafor', 'p-patel'],
    nonVoting: ['p-khan', 'p-shah'],
    verdicts: verdicts({ 'COI-CONFLICTED-CHAIR': 'fail' }),
    findings: ['COI-CONFLICTED-CHAIR'],
    remedies: [],
  },
  'one late declaration without a determination': {
    safe: false,
    quorate: QUORATE,
    voters: ['p-hughes', 'p-bell', 'p-grant', 'p-evans', 'p-mensah', 'p-roberts'],
    withdrawn: ['p-osei', 'p-okafor'],
    discussionOnly: ['p-patel'],
    nonVoting: ['p-khan', 'p-shah'],
    verdicts: verdicts({ 'COI-MEETING-DECLARE': 'fail' }),
    findings: ['COI-MEETING-DECLARE'],
    remedies: [],
  },
  'several late declarations, one person with a determination and one without': {
    safe: false,
    quorate: QUORATE,
    voters: ['p-hughes', 'p-bell', 'p-grant', 'p-evans', 'p-roberts'],
    withdrawn: ['p-mensah', 'p-okafor'],
    discussionOnly: ['p-osei', 'p-patel'],
    nonVoting: ['p-khan', 'p-shah'],
    verdicts: verdicts({ 'COI-MEETING-DECLARE': 'fail' }),
    findings: ['COI-MEETING-DECLARE'],
    remedies: [],
  },
  'declarations naming no organisation: one for a member, two for an officer in attendance': {
    safe: true,
    quorate: QUORATE,
    voters: SEVEN,
    withdrawn: ['p-okafor'],
    discussionOnly: ['p-patel'],
    nonVoting: ['p-khan', 'p-shah', 'p-adviser', 'p-officer'],
    verdicts: verdicts(),
    findings: [],
    remedies: [],
  },
  'determinations stricter, as strict and less strict than the default': {
    safe: true,
    quorate: QUORATE,
    voters: ['p-hughes', 'p-bell', 'p-grant', 'p-mensah', 'p-roberts'],
    withdrawn: ['p-osei', 'p-evans', 'p-patel'],
    discussionOnly: ['p-okafor'],
    nonVoting: ['p-khan', 'p-shah'],
    verdicts: verdicts({ 'COI-CHAIR-DETERMINATION': 'fail' }),
    findings: ['COI-CHAIR-DETERMINATION'],
    remedies: [],
  },
  "determinations less strict than seed 004's minimum (withdraw), on an item stated to affect member practices, with a GP minuted as voting":
    {
      safe: false,
      quorate: QUORATE,
      voters: SIX,
      withdrawn: ['p-okafor', 'p-patel'],
      discussionOnly: ['p-roberts'],
      nonVoting: ['p-khan', 'p-shah'],
      verdicts: verdicts({ 'COI-CHAIR-DETERMINATION': 'fail', 'SEED-COI-MINIMUM': 'fail' }),
      findings: ['COI-CHAIR-DETERMINATION', 'COI-CHAIR-DETERMINATION', 'SEED-COI-MINIMUM'],
      remedies: [],
    },
  'minuted voters: absent, withdrawn by a declaration, discussion-only by the minimum, withdrawn by a determination only':
    {
      safe: false,
      quorate: QUORATE,
      voters: ['p-hughes', 'p-bell', 'p-grant', 'p-evans', 'p-mensah', 'p-roberts'],
      withdrawn: ['p-osei', 'p-okafor'],
      discussionOnly: ['p-patel'],
      nonVoting: ['p-khan', 'p-shah'],
      verdicts: verdicts({ 'COI-CONFLICTED-NO-VOTE': 'fail', 'SEED-COI-MINIMUM': 'fail' }),
      findings: ['COI-CONFLICTED-NO-VOTE', 'SEED-COI-MINIMUM', 'COI-CONFLICTED-NO-VOTE'],
      remedies: [],
    },
  'minuted voters with interests as strict as the minimum': {
    safe: false,
    quorate: QUORATE,
    voters: SIX,
    withdrawn: [],
    discussionOnly: ['p-roberts', 'p-okafor', 'p-patel'],
    nonVoting: ['p-khan', 'p-shah'],
    verdicts: verdicts({ 'COI-CONFLICTED-NO-VOTE': 'fail', 'SEED-COI-MINIMUM': 'fail' }),
    findings: ['COI-CONFLICTED-NO-VOTE', 'SEED-COI-MINIMUM', 'COI-CONFLICTED-NO-VOTE'],
    remedies: [],
  },
  'member practices listed (one of two organisations), minimum widened to the LMC': {
    safe: true,
    quorate: QUORATE,
    voters: SIX,
    withdrawn: ['p-okafor'],
    discussionOnly: ['p-roberts', 'p-patel', 'p-khan'],
    nonVoting: ['p-shah'],
    verdicts: verdicts(),
    findings: [],
    remedies: [],
  },
  'member practices listed, none affected, minimum widened to procurement': {
    safe: true,
    quorate: QUORATE,
    voters: SEVEN,
    withdrawn: [],
    discussionOnly: ['p-khan'],
    nonVoting: ['p-okafor', 'p-patel', 'p-shah'],
    verdicts: verdicts(),
    findings: [],
    remedies: [],
  },
  'an item stated not to affect member practices': {
    safe: true,
    quorate: QUORATE,
    voters: SEVEN,
    withdrawn: ['p-okafor'],
    discussionOnly: [],
    nonVoting: ['p-patel', 'p-khan', 'p-shah'],
    verdicts: verdicts(),
    findings: [],
    remedies: [],
  },
  'your own default actions': {
    safe: true,
    quorate: QUORATE,
    voters: SEVEN,
    withdrawn: [],
    discussionOnly: ['p-okafor', 'p-patel'],
    nonVoting: ['p-khan', 'p-shah'],
    verdicts: verdicts(),
    findings: [],
    remedies: [],
  },
  'your own fallback order': {
    safe: false,
    quorate: LOST,
    voters: ['p-hughes', 'p-grant', 'p-mensah'],
    withdrawn: [],
    discussionOnly: ['p-roberts'],
    nonVoting: [],
    verdicts: verdicts({ 'PCCC-QUORUM-LOCAL': 'fail', 'COI-QUORUM-LOSS': 'fail' }),
    findings: ['PCCC-QUORUM-LOCAL', 'COI-QUORUM-LOSS'],
    remedies: ['co-opt-temporary', 'refer-nhs-england', 'defer'],
  },
  "a governing body's fallback, without referral to NHS England": {
    safe: false,
    quorate: LOST,
    voters: ['p-hughes', 'p-grant', 'p-mensah'],
    withdrawn: [],
    discussionOnly: ['p-roberts'],
    nonVoting: [],
    verdicts: verdicts({ 'PCCC-QUORUM-LOCAL': 'fail', 'COI-QUORUM-LOSS': 'fail' }),
    findings: ['PCCC-QUORUM-LOCAL', 'COI-QUORUM-LOSS'],
    remedies: ['refer-other-committee'],
  },
  "seed 004's minimum turned off": {
    safe: true,
    quorate: QUORATE,
    voters: SEVEN,
    withdrawn: ['p-okafor'],
    discussionOnly: [],
    nonVoting: ['p-patel', 'p-khan', 'p-shah'],
    verdicts: verdicts({ 'SEED-COI-MINIMUM': 'turned-off' }),
    findings: [],
    remedies: [],
  },
  'the quorum rule turned off while a member who may only discuss breaks the quorum': {
    safe: true,
    quorate: LOST,
    voters: ['p-hughes', 'p-grant', 'p-mensah'],
    withdrawn: [],
    discussionOnly: ['p-roberts'],
    nonVoting: [],
    verdicts: verdicts({ 'PCCC-QUORUM-LOCAL': 'turned-off' }),
    findings: [],
    remedies: DEFAULT_FALLBACK,
  },
  'the quorum-loss warning turned off': {
    safe: false,
    quorate: LOST,
    voters: ['p-hughes', 'p-grant', 'p-mensah'],
    withdrawn: [],
    discussionOnly: ['p-roberts'],
    nonVoting: [],
    verdicts: verdicts({ 'PCCC-QUORUM-LOCAL': 'fail', 'COI-QUORUM-LOSS': 'turned-off' }),
    findings: ['PCCC-QUORUM-LOCAL'],
    remedies: [],
  },
  'the conflicted-chair and late-declaration rules turned off, the chair determination rule re-graded':
    {
      safe: true,
      quorate: QUORATE,
      voters: ['p-bell', 'p-grant', 'p-evans', 'p-mensah', 'p-roberts'],
      withdrawn: ['p-hughes', 'p-osei'],
      discussionOnly: ['p-okafor', 'p-patel'],
      nonVoting: ['p-khan', 'p-shah'],
      verdicts: verdicts({
        'COI-MEETING-DECLARE': 'turned-off',
        'COI-CHAIR-DETERMINATION': 'fail',
        'COI-CONFLICTED-CHAIR': 'turned-off',
      }),
      findings: ['COI-CHAIR-DETERMINATION'],
      remedies: [],
    },
  'local rules: passing, failing, for another kind of committee, not yet in force, turned off': {
    safe: false,
    quorate: QUORATE,
    voters: ['p-grant', 'p-evans', 'p-mensah'],
    withdrawn: [],
    discussionOnly: ['p-roberts', 'p-okafor'],
    nonVoting: [],
    verdicts: verdicts(
      {},
      {
        'LOCAL-MINUTE-QUORUM': 'fail',
        'LOCAL-LAY-VOTER': 'fail',
        'LOCAL-NHSE-VOTER': 'other-kind',
        'LOCAL-2018-REVIEW': 'not-in-force',
        'LOCAL-OFF': 'turned-off',
      },
    ),
    findings: ['LOCAL-MINUTE-QUORUM', 'LOCAL-LAY-VOTER'],
    remedies: [],
  },
  'local rules before seed 004 (2016-06-09): the minimum is not yet in force': {
    safe: true,
    quorate: QUORATE,
    voters: SEVEN,
    withdrawn: [],
    discussionOnly: [],
    nonVoting: ['p-okafor', 'p-patel', 'p-khan', 'p-shah'],
    verdicts: verdicts(
      { 'SEED-COI-MINIMUM': 'not-in-force' },
      { 'LOCAL-LAY-VOTER': 'pass', 'LOCAL-MINUTE-QUORUM': 'fail' },
    ),
    findings: ['LOCAL-MINUTE-QUORUM'],
    remedies: [],
  },
};

describe('the decisive values of an agenda item', () => {
  it('are asserted for every scenario of the grid', () => {
    expect(Object.keys(expected).sort()).toEqual(Object.keys(scenarios).sort());
  });

  it.each(Object.keys(expected))('are right for %s', (name) => {
    expect(decisive(run(name))).toEqual(expected[name]);
  });
});

// ---------------------------------------------------------------------------------------------
// The words of each branch, asserted where a reader looks for them.

function reasonsOf(assessment: AgendaItemAssessment, id: string, verdict: Reason['verdict']) {
  return assessment.reasons.filter((reason) => reason.id === id && reason.verdict === verdict);
}

describe('the words of an agenda item assessment', () => {
  it('says one unnamed interest "names" and "it", several "name" and "they", naming someone not on the committee by ID', () => {
    const assessment = run(
      'declarations naming no organisation: one for a member, two for an officer in attendance',
    );
    const [one, several] = reasonsOf(assessment, 'COI-MEETING-DECLARE', 'unknown');
    expect(one).toEqual({
      id: 'COI-MEETING-DECLARE',
      verdict: 'unknown',
      message:
        'Ms L Grant has an interest in force (Trustee of a local charity, declaration d-grant-charity) that names no organisation, so the library cannot tell whether it bears on item "4" (Riverside Surgery: remedial notice); the chair should consider it.',
      sources: [expect.objectContaining({ domainId: 'COI-MEETING-DECLARE' })],
      values: { personId: 'p-grant', declarationIds: 'd-grant-charity' },
      missing: ['organisationIds'],
    });
    expect(several?.message).toBe(
      'p-officer has interests in force (Shares in a health technology company, declaration d-officer-shares and Spouse works for a community trust, declaration d-officer-spouse) that name no organisation, so the library cannot tell whether they bear on item "4" (Riverside Surgery: remedial notice); the chair should consider them.',
    );
    expect(several?.values).toEqual({
      personId: 'p-officer',
      declarationIds: 'd-officer-shares, d-officer-spouse',
    });
    // An unnamed interest bears on no item by itself: the officer stays without a vote.
    expect(assessment.attendees.at(-1)).toEqual({
      personId: 'p-officer',
      name: null,
      role: null,
      member: false,
      votingMember: false,
      standing: 'non-voting',
      action: null,
      defaultAction: null,
      determination: null,
      declarationIds: [],
      minimumApplies: false,
      reason:
        'p-officer has no interest on the register in the organisations item "4" (Riverside Surgery: remedial notice) affects. p-officer is present without a vote.',
    });
  });

  it('words several late declarations together, with the earliest declaration date as evidence', () => {
    const assessment = run(
      'several late declarations, one person with a determination and one without',
    );
    expect(assessment.findings).toEqual([
      {
        ruleId: 'COI-MEETING-DECLARE',
        severity: 'breach',
        message:
          'Ms F Osei\'s indirect interest (Spouse is practice nurse at Riverside Surgery, declaration d-osei-spouse, declared on 2017-06-02) and non-financial personal interest (Chair of the Riverside patient participation group, declaration d-osei-ppg, declared on 2017-05-20) had arisen by the meeting on 2017-05-11 but were not on the register until after it, and the chair recorded no determination for Ms F Osei on item "4" (Riverside Surgery: remedial notice).',
        subjectIds: ['p-osei', 'd-osei-spouse', 'd-osei-ppg'],
        source: expect.objectContaining({ domainId: 'COI-MEETING-DECLARE' }),
        evidence: {
          personId: 'p-osei',
          declarationIds: 'd-osei-spouse, d-osei-ppg',
          meetingDate: '2017-05-11',
          firstDeclaredOn: '2017-05-20',
        },
        remedy:
          "Record the interest and the chair's determination in the minutes; if Ms F Osei voted, check whether the decision stands without the vote.",
      },
    ]);
  });

  it("words seed 004's minimum as assumed, stated or worked out, for the roles and action chosen", () => {
    const minimum = (name: string) => reasonsOf(run(name), 'SEED-COI-MINIMUM', 'pass')[0]?.message;
    expect(minimum('an investment decision, default options')).toBe(
      'Seed 004\'s minimum applies: item "5" (Mill Lane Surgery: extended hours investment) is an investment decision that is assumed to affect member practices, so CCG GPs and practice managers on the committee stay for the discussion without voting.',
    );
    expect(
      minimum(
        "determinations less strict than seed 004's minimum (withdraw), on an item stated to affect member practices, with a GP minuted as voting",
      ),
    ).toBe(
      'Seed 004\'s minimum applies: item "5" (Mill Lane Surgery: extended hours investment) is an investment decision that affects member practices, so CCG GPs and practice managers on the committee withdraw.',
    );
    expect(
      minimum('member practices listed (one of two organisations), minimum widened to the LMC'),
    ).toBe(
      'Seed 004\'s minimum applies: item "9" (Riverside and Mill Lane: list dispersal) is a performance management decision that affects member practices, so CCG GPs and LMC representatives on the committee stay for the discussion without voting.',
    );
    const notApplied = (name: string) =>
      reasonsOf(run(name), 'SEED-COI-MINIMUM', 'not-applicable').map((reason) => [
        reason.message,
        reason.values,
      ]);
    expect(
      notApplied('member practices listed, none affected, minimum widened to procurement'),
    ).toEqual([
      [
        'Seed 004\'s minimum does not apply: item "6" (Out-of-hours service: procurement route) is a procurement decision that does not affect member practices.',
        { decisionKind: 'procurement', affectsMemberPractices: false, assumed: false },
      ],
    ]);
    expect(notApplied('an item stated not to affect member practices')).toEqual([
      [
        'Seed 004\'s minimum does not apply: item "4" (Riverside Surgery: remedial notice) is a performance management decision that does not affect member practices.',
        { decisionKind: 'performance-management', affectsMemberPractices: false, assumed: false },
      ],
    ]);
    expect(notApplied('another decision (a premises lease), default options')[0]?.[0]).toBe(
      'Seed 004\'s minimum does not apply: item "7" (Riverside Surgery: premises lease renewal) is a decision.',
    );
    expect(run("seed 004's minimum turned off").reasons.map((reason) => reason.id)).not.toContain(
      'SEED-COI-MINIMUM',
    );
  });

  it('explains each conflicted attendee, passing those who may still vote or sit without a vote', () => {
    const assessment = run('determinations stricter, as strict and less strict than the default');
    expect(
      assessment.reasons
        .filter((reason) => typeof reason.values?.['personId'] === 'string')
        .map((reason) => [reason.id, reason.verdict, reason.values?.['personId']]),
    ).toEqual([
      ['COI-CONFLICTED-NO-VOTE', 'fail', 'p-osei'],
      ['COI-CONFLICTED-NO-VOTE', 'pass', 'p-grant'],
      ['COI-CONFLICTED-NO-VOTE', 'fail', 'p-evans'],
      ['SEED-COI-MINIMUM', 'fail', 'p-okafor'],
      ['SEED-COI-MINIMUM', 'fail', 'p-patel'],
      ['COI-CONFLICTED-NO-VOTE', 'pass', 'p-khan'],
    ]);
    // The chair's determination as strict as the default (Mr Evans) or stricter (Ms Osei, Dr
    // Patel) is not flagged; only Dr Okafor's, less strict than withdrawal, is.
    expect(assessment.findings.map((finding) => finding.subjectIds)).toEqual([['p-okafor']]);
  });

  it('hands the item to the vice-chair only when the vice-chair is present and unconflicted', () => {
    const chair = (name: string) => {
      const finding = run(name).findings.find((f) => f.ruleId === 'COI-CONFLICTED-CHAIR');
      return [finding?.message, finding?.subjectIds, finding?.evidence, finding?.remedy];
    };
    expect(chair('the chair withdraws; the vice-chair is a member without a vote')).toEqual([
      'The chair, Mrs R Hughes, must withdraw from item "5" (Mill Lane Surgery: extended hours investment); the vice-chair, Ms K Shah, should chair it.',
      ['p-hughes'],
      { chairId: 'p-hughes', standing: 'withdraw', viceChairPresent: true },
      'Hand the chair to Ms K Shah for the item and minute it.',
    ]);
    expect(chair('the chair and the vice-chair are both conflicted')).toEqual([
      'The chair, Mrs R Hughes, must withdraw from item "5" (Mill Lane Surgery: extended hours investment); no unconflicted vice-chair is present, so the members present should choose an unconflicted member, preferably a lay member, to chair it.',
      ['p-hughes'],
      { chairId: 'p-hughes', standing: 'withdraw', viceChairPresent: false },
      'Choose an unconflicted member, preferably a lay member, to chair the item, and minute it.',
    ]);
  });

  it('names who leaves and who stays without a vote when the quorum is lost, and the first fallback step', () => {
    const [quorum, loss] = run(
      'a withdrawal and a member who may only discuss break the quorum together',
    ).findings;
    expect(quorum).toMatchObject({
      message:
        'Once Ms F Osei withdraws and Dr M Roberts may only join the discussion, the meeting is not quorate for item "5" (Mill Lane Surgery: extended hours investment). Not quorate: 3 members count toward quorum (Mrs R Hughes, Ms L Grant and Dr J Mensah); the quorum needs at least 4 members (3 counted, 4 needed).',
      subjectIds: ['5'],
      evidence: {
        quorateBefore: true,
        quorateAfter: false,
        countedBefore: 5,
        countedAfter: 3,
        withdrawn: 1,
        discussionOnly: 1,
      },
      remedy: 'Do not take the decision at this meeting; follow the fallback in remedies.',
    });
    expect(loss).toMatchObject({
      subjectIds: ['5', 'p-osei', 'p-roberts'],
      evidence: { withdrawn: 1, discussionOnly: 1 },
    });
    expect(run('two withdrawals break the quorum').findings[0]?.message).toMatch(
      /^Once Ms F Osei and Dr J Mensah withdraw, the meeting is not quorate for item "4"/,
    );
    const own = run('your own fallback order').findings[1];
    expect(own?.message).toBe(
      'Conflicts of interest leave the meeting inquorate for item "5" (Mill Lane Surgery: extended hours investment); the fallback, in order: co-opt members temporarily, then refer it to NHS England, then defer the item.',
    );
    expect(own?.remedy).toBe(
      "Co-opt unconflicted members for the item, such as a member of another CCG's governing body, as far as the terms of reference allow.",
    );
    expect(run('your own fallback order').remedies.map((r) => [r.order, r.action])).toEqual([
      [1, 'co-opt-temporary'],
      [2, 'refer-nhs-england'],
      [3, 'defer'],
    ]);
    expect(
      run("a governing body's fallback, without referral to NHS England").remedies.map((r) => [
        r.order,
        r.action,
      ]),
    ).toEqual([[1, 'refer-other-committee']]);
  });

  it('says to defer the item when no fallback step is open to the committee', () => {
    const assessment = assessAgendaItem(meetingOf(millLaneInvestment, oneShort), '5', {
      ...options,
      committee: { ...pccc, kind: 'governing-body' },
      quorumFallback: ['refer-nhs-england'],
    });
    expect(assessment.remedies).toEqual([]);
    expect(assessment.findings.map((f) => [f.ruleId, f.remedy])).toEqual([
      ['PCCC-QUORUM-LOCAL', 'Do not take the decision at this meeting; defer the item.'],
      ['COI-QUORUM-LOSS', 'Defer the item.'],
    ]);
    expect(assessment.findings[1]?.message).toBe(
      'Conflicts of interest leave the meeting inquorate for item "5" (Mill Lane Surgery: extended hours investment); no fallback step in options.quorumFallback is open to this committee, so defer the item to a quorate meeting.',
    );
    const none = assessAgendaItem(meetingOf(millLaneInvestment, oneShort), '5', {
      ...options,
      quorumFallback: [],
    });
    expect(none.findings.map((f) => [f.ruleId, f.message, f.remedy])).toEqual(
      assessment.findings.map((f) => [f.ruleId, f.message, f.remedy]),
    );
  });

  it('explains a quorum it cannot check, and says nobody may vote when nobody may', () => {
    const quorum = (name: string) =>
      run(name).reasons.find((reason) => reason.id === 'PCCC-QUORUM-LOCAL');
    expect(quorum('no committee given, with local rules for a PCCC and a joint committee')).toEqual(
      {
        id: 'PCCC-QUORUM-LOCAL',
        verdict: 'unknown',
        message:
          'The quorum for item "4" (Riverside Surgery: remedial notice) cannot be checked: no committee was given, so the decision cannot be shown to be safe.',
        sources: [expect.objectContaining({ domainId: 'PCCC-QUORUM-LOCAL' })],
        values: {
          quorateBefore: null,
          quorateAfter: null,
          countedBefore: null,
          countedAfter: null,
        },
        missing: ['options.committee'],
      },
    );
    expect(
      quorum('a remedial notice (performance management), default options'),
    ).not.toHaveProperty('missing');
    expect(quorum('the minutes (for information)')).toBeUndefined();
    expect(
      run('only members without a vote present').reasons.find(
        (reason) => reason.id === 'COI-CONFLICTED-NO-VOTE' && reason.verdict === 'pass',
      ),
    ).toMatchObject({
      message: 'Nobody may vote on item "4" (Riverside Surgery: remedial notice).',
      values: { voters: 0, withdrawn: 1, discussionOnly: 0 },
    });
  });

  it('gives local rules the date and whether the meeting stays quorate (yes, no or unknown)', () => {
    const minute = (name: string) =>
      run(name).findings.find((finding) => finding.ruleId === 'LOCAL-MINUTE-QUORUM');
    expect(minute('a remedial notice (performance management), default options')).toBeUndefined();
    expect(
      minute('local rules before seed 004 (2016-06-09): the minimum is not yet in force'),
    ).toMatchObject({
      message:
        'Minute item 5 as assessed on 2016-06-09: 7 may vote, 0 withdraw and 0 stay without voting; quorate after withdrawals: yes.',
      evidence: { quorateAfter: true, committee: 'pccc-model' },
    });
    expect(minute('a member who may only discuss breaks the quorum')?.evidence).toEqual({
      quorateAfter: false,
      committee: 'pccc-model',
    });
    expect(
      minute('no committee given, with local rules for a PCCC and a joint committee')?.evidence,
    ).toEqual({ quorateAfter: null, committee: null });
  });
});

// ---------------------------------------------------------------------------------------------
// The meeting and options are checked before any item is assessed.

describe('the checks on a meeting and its options', () => {
  const issuesOf = (meeting: Meeting, extra: Partial<AssessAgendaItemOptions> = {}) => {
    const result = safeAssessAgendaItem(meeting, '4', { ...options, ...extra });
    return result.success ? [] : result.issues;
  };

  it('names every repeated attendee, item and determination, where each is', () => {
    const twice: Meeting = {
      ...may2017,
      attendeeIds: ['p-hughes', 'p-grant', 'p-hughes'],
      items: [
        {
          ...riversideNotice,
          determinations: [
            { personId: 'p-osei', action: 'withdraw' },
            { personId: 'p-grant', action: 'note-only' },
            { personId: 'p-osei', action: 'note-only' },
          ],
        },
        riversideNotice,
      ],
    };
    expect(issuesOf(twice)).toEqual([
      {
        code: 'duplicate_id',
        message: 'Person "p-hughes" appears more than once in the attendance list: list each once.',
        path: ['meeting', 'attendeeIds', 2],
        id: 'p-hughes',
      },
      {
        code: 'duplicate_id',
        message: 'Agenda item "4" appears more than once in the agenda: list each once.',
        path: ['meeting', 'items', 1],
        id: '4',
      },
      {
        code: 'duplicate_id',
        message:
          'Person "p-osei" appears more than once in the chair\'s determinations for item "4": list each once.',
        path: ['meeting', 'items', 0, 'determinations', 2],
        id: 'p-osei',
      },
    ]);
    const meeting = safeAssessMeeting(twice, options);
    expect(meeting.success ? [] : meeting.issues.map((issue) => issue.code)).toEqual([
      'duplicate_id',
      'duplicate_id',
      'duplicate_id',
    ]);
  });

  it('refuses a local rule reusing an ID and an override naming no rule, at their paths', () => {
    expect(
      issuesOf(may2017, { localRules: [minuteQuorum, { ...layVoter, id: 'COI-QUORUM-LOSS' }] }),
    ).toEqual([
      {
        code: 'duplicate_id',
        message:
          'The local rule ID "COI-QUORUM-LOSS" is already used by a built-in rule: give it an ID of its own.',
        path: ['options', 'localRules', 1, 'id'],
        id: 'COI-QUORUM-LOSS',
      },
    ]);
    expect(issuesOf(may2017, { localRules: [minuteQuorum, minuteQuorum] })[0]?.path).toEqual([
      'options',
      'localRules',
      1,
      'id',
    ]);
    expect(
      issuesOf(may2017, { localRules: [minuteQuorum], overrides: { 'LOCAL-MINUTE-QUORUM-2': {} } }),
    ).toEqual([
      {
        code: 'unknown_rule_override',
        message:
          'There is no rule "LOCAL-MINUTE-QUORUM-2": check the spelling against COI_RULES or your local rules.',
        path: ['options', 'overrides', 'LOCAL-MINUTE-QUORUM-2'],
        ruleId: 'LOCAL-MINUTE-QUORUM-2',
      },
    ]);
  });

  it('assesses every item of a meeting as the one-item door does, unsafe when any item is', () => {
    const meeting: Meeting = {
      ...may2017,
      items: [
        minutes,
        riversideNotice,
        { ...millLaneInvestment, recordedVoterIds: ['p-hughes', 'p-roberts'] },
        outOfHoursProcurement,
      ],
    };
    const assessment = assessMeeting(meeting, options);
    expect(assessment.safe).toBe(false);
    expect(assessment.items.map((item) => [item.item.id, item.safe])).toEqual([
      ['1', true],
      ['4', true],
      ['5', false],
      ['6', true],
    ]);
    for (const item of assessment.items) {
      const one = safeAssessAgendaItem(meeting, item.item.id, options);
      expect(one.success ? one.data : null).toEqual(item);
    }
  });
});
