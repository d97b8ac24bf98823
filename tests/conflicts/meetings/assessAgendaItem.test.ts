import {
  type AgendaItemAssessment,
  type AssessAgendaItemOptions,
  assessAgendaItem,
  type Committee,
  type LocalMeetingRule,
  type Meeting,
  safeAssessAgendaItem,
} from 'co-commissioning';
import { deepFreeze, isDeepFrozen } from 'co-commissioning/testing';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  cambridgeshirePccc,
  wiltshireJointCommittee,
  withMembers,
} from '../committees/fixtures.js';
import {
  declaration,
  fourWithLayAndExecutive,
  may2017,
  millLaneInvestment,
  minutes,
  pccc,
  register,
  riversideNotice,
} from './fixtures.js';

const options: AssessAgendaItemOptions = { register, asOf: may2017.date, committee: pccc };

function findingIds(assessment: AgendaItemAssessment): string[] {
  return assessment.findings.map((finding) => finding.ruleId);
}

function standingOf(assessment: AgendaItemAssessment, personId: string) {
  return assessment.attendees.find((attendee) => attendee.personId === personId)?.standing;
}

function verdictOf(assessment: AgendaItemAssessment, ruleId: string) {
  return assessment.rulesApplied.find((applied) => applied.ruleId === ruleId);
}

function meetingWith(changes: Partial<Meeting>): Meeting {
  return { ...may2017, ...changes };
}

describe('assessAgendaItem', () => {
  describe('when a GP partner sits on a PCCC deciding a remedial notice for their practice', () => {
    const assessment = assessAgendaItem(may2017, '4', options);

    it('returns the partner as withdrawn, the other CCG GP as discussion-only and the rest as voters', () => {
      expect(assessment.withdrawn).toEqual(['p-okafor']);
      expect(assessment.discussionOnly).toEqual(['p-patel']);
      expect(assessment.voters).toEqual([
        'p-hughes',
        'p-bell',
        'p-osei',
        'p-grant',
        'p-evans',
        'p-mensah',
        'p-roberts',
      ]);
    });

    it('returns the decision as safe: quorate before and after, with no findings', () => {
      expect(assessment.safe).toBe(true);
      expect(assessment.decision).toBe(true);
      expect(assessment.quorate).toEqual({ before: true, after: true });
      expect(assessment.findings).toEqual([]);
      expect(assessment.remedies).toEqual([]);
    });

    it('explains each person in words, members first then others', () => {
      expect(
        assessment.attendees.map((attendee) => [attendee.personId, attendee.standing]),
      ).toEqual([
        ['p-hughes', 'may-vote'],
        ['p-bell', 'may-vote'],
        ['p-osei', 'may-vote'],
        ['p-grant', 'may-vote'],
        ['p-evans', 'may-vote'],
        ['p-mensah', 'may-vote'],
        ['p-roberts', 'may-vote'],
        ['p-okafor', 'withdraw'],
        ['p-patel', 'discussion-only'],
        ['p-khan', 'non-voting'],
        ['p-shah', 'non-voting'],
      ]);
      expect(assessment.attendees.find((a) => a.personId === 'p-okafor')).toEqual({
        personId: 'p-okafor',
        name: 'Dr B Okafor',
        role: 'ccg-gp',
        member: true,
        votingMember: false,
        standing: 'withdraw',
        action: 'withdraw',
        defaultAction: 'withdraw',
        determination: null,
        declarationIds: ['d-okafor'],
        minimumApplies: true,
        reason:
          'Dr B Okafor declared a financial interest (GP partner at Riverside Surgery, declaration d-okafor) in practice-riverside, which item "4" (Riverside Surgery: remedial notice) affects: by default Dr B Okafor should withdraw from the item. Seed 004\'s minimum applies to Dr B Okafor as a CCG GP: at the least, Dr B Okafor should stay for the discussion without voting. The strictest action applies (withdraw from the item). Dr B Okafor must withdraw.',
      });
    });

    it('returns every meeting rule with how it came out', () => {
      expect(assessment.rulesApplied).toEqual([
        { ruleId: 'COI-MEETING-DECLARE', verdict: 'pass', severity: 'breach' },
        { ruleId: 'COI-CONFLICTED-NO-VOTE', verdict: 'pass', severity: 'breach' },
        { ruleId: 'COI-CHAIR-DETERMINATION', verdict: 'pass', severity: 'warning' },
        { ruleId: 'COI-CONFLICTED-CHAIR', verdict: 'pass', severity: 'warning' },
        { ruleId: 'SEED-COI-MINIMUM', verdict: 'pass', severity: 'breach' },
        { ruleId: 'PCCC-QUORUM-LOCAL', verdict: 'pass', severity: 'breach' },
        { ruleId: 'COI-QUORUM-LOSS', verdict: 'pass', severity: 'warning' },
      ]);
    });

    it('explains that the minimum was applied on the assumption the item affects member practices', () => {
      expect(assessment.reasons[0]).toMatchObject({
        id: 'SEED-COI-MINIMUM',
        verdict: 'pass',
        message:
          'Seed 004\'s minimum applies: item "4" (Riverside Surgery: remedial notice) is a performance management decision that is assumed to affect member practices, so CCG GPs and practice managers on the committee stay for the discussion without voting.',
        values: {
          decisionKind: 'performance-management',
          affectsMemberPractices: true,
          assumed: true,
        },
      });
    });

    it('returns the quorum evaluations with their terms of reference source', () => {
      expect(assessment.quorum.after?.countedIds).toHaveLength(7);
      expect(assessment.quorum.after?.source).toEqual({
        document: 'PCCC terms of reference',
        section: '7.1',
      });
    });
  });

  describe('when the interest is of each type (defaults of rules 35 and 36)', () => {
    it.each([
      ['financial', 'withdraw'],
      ['non-financial-professional', 'discussion-only'],
      ['non-financial-personal', 'discussion-only'],
      ['indirect', 'discussion-only'],
    ] as const)('returns a %s interest as %s', (type, standing) => {
      const withInterest = {
        declarations: [
          declaration({
            id: 'd-x',
            personId: 'p-osei',
            type,
            organisationIds: ['practice-riverside'],
          }),
        ],
      };
      const assessment = assessAgendaItem(may2017, '4', { ...options, register: withInterest });
      expect(standingOf(assessment, 'p-osei')).toBe(standing);
    });

    it('uses your own default actions when given', () => {
      const assessment = assessAgendaItem(may2017, '5', {
        ...options,
        defaultActions: { indirect: 'note-only', financial: 'discuss-no-vote' },
      });
      expect(standingOf(assessment, 'p-roberts')).toBe('may-vote');
      const riverside = assessAgendaItem(may2017, '4', {
        ...options,
        defaultActions: { financial: 'discuss-no-vote' },
      });
      expect(standingOf(riverside, 'p-okafor')).toBe('discussion-only');
    });

    it('ignores an interest in an organisation the item does not affect', () => {
      expect(standingOf(assessAgendaItem(may2017, '4', options), 'p-roberts')).toBe('may-vote');
    });

    it('takes the strictest action when a person holds several interests', () => {
      const several = {
        declarations: [
          declaration({
            id: 'a',
            personId: 'p-osei',
            type: 'indirect',
            organisationIds: ['practice-riverside'],
          }),
          declaration({
            id: 'b',
            personId: 'p-osei',
            type: 'financial',
            organisationIds: ['practice-riverside'],
          }),
        ],
      };
      const assessment = assessAgendaItem(may2017, '4', { ...options, register: several });
      expect(assessment.attendees.find((a) => a.personId === 'p-osei')).toMatchObject({
        standing: 'withdraw',
        declarationIds: ['a', 'b'],
      });
    });

    it('asks the chair to consider an interest that names no organisation', () => {
      const unnamed = {
        declarations: [
          declaration({
            id: 'd-charity',
            personId: 'p-grant',
            description: 'Trustee of a local charity',
          }),
        ],
      };
      const assessment = assessAgendaItem(may2017, '4', { ...options, register: unnamed });
      expect(standingOf(assessment, 'p-grant')).toBe('may-vote');
      expect(assessment.reasons.find((reason) => reason.verdict === 'unknown')).toMatchObject({
        id: 'COI-MEETING-DECLARE',
        message:
          'Ms L Grant has an interest in force (Trustee of a local charity, declaration d-charity) that names no organisation, so the library cannot tell whether it bears on item "4" (Riverside Surgery: remedial notice); the chair should consider it.',
        missing: ['organisationIds'],
      });
    });
  });

  describe('when a declaration starts or ends near the meeting date', () => {
    const on = (arisesOn: string, endsOn?: string) => ({
      declarations: [
        declaration({
          id: 'd-x',
          personId: 'p-osei',
          arisesOn,
          declaredOn: arisesOn,
          ...(endsOn === undefined ? {} : { endsOn }),
          organisationIds: ['practice-riverside'],
        }),
      ],
    });

    it.each([
      ['arises on the meeting day', 'withdraw', on('2017-05-11')],
      ['arises the day after', 'may-vote', on('2017-05-12')],
      ['ends on the meeting day', 'withdraw', on('2015-01-01', '2017-05-11')],
      ['ended the day before', 'may-vote', on('2015-01-01', '2017-05-10')],
    ])('returns a financial interest that %s as %s', (_, standing, withInterest) => {
      const assessment = assessAgendaItem(may2017, '4', { ...options, register: withInterest });
      expect(standingOf(assessment, 'p-osei')).toBe(standing);
    });

    it('ignores an interest that ended before the meeting (the CFO sold his shares)', () => {
      expect(standingOf(assessAgendaItem(may2017, '6', options), 'p-evans')).toBe('may-vote');
    });
  });

  describe('when the chair records a determination (rule 35: the chair decides)', () => {
    const determined = (determinations: Meeting['items'][number]['determinations']) =>
      meetingWith({ items: [{ ...riversideNotice, determinations }] });

    it('respects a stricter determination without a finding', () => {
      const assessment = assessAgendaItem(
        determined([{ personId: 'p-osei', action: 'withdraw', note: 'Former partner' }]),
        '4',
        options,
      );
      expect(standingOf(assessment, 'p-osei')).toBe('withdraw');
      expect(assessment.findings).toEqual([]);
    });

    it('respects a less strict determination but flags it', () => {
      const assessment = assessAgendaItem(
        determined([
          { personId: 'p-okafor', action: 'discuss-no-vote', declarationIds: ['d-okafor'] },
        ]),
        '4',
        options,
      );
      expect(standingOf(assessment, 'p-okafor')).toBe('discussion-only');
      expect(assessment.safe).toBe(true);
      expect(assessment.findings).toEqual([
        {
          ruleId: 'COI-CHAIR-DETERMINATION',
          severity: 'warning',
          message:
            'The chair determined that Dr B Okafor should stay for the discussion without voting on item "4" (Riverside Surgery: remedial notice), which is less strict than the library\'s default for a financial interest (withdraw from the item). The determination is respected.',
          subjectIds: ['p-okafor'],
          source: {
            document: 'DOMAIN.md',
            domainId: 'COI-MEETING-DECLARE',
            section: 'Part 2 §1.5 rules 35 and 36 (S19, S65)',
          },
          evidence: {
            personId: 'p-okafor',
            determination: 'discuss-no-vote',
            defaultAction: 'withdraw',
          },
          remedy:
            'Record in the minutes why the chair judged the interest not to call for the default action, or change the determination.',
        },
      ]);
    });

    it("lets seed 004's minimum prevail over a note-only determination, and flags it", () => {
      const assessment = assessAgendaItem(
        determined([{ personId: 'p-patel', action: 'note-only' }]),
        '4',
        options,
      );
      expect(standingOf(assessment, 'p-patel')).toBe('discussion-only');
      expect(assessment.findings[0]?.message).toBe(
        'The chair determined that Dr A Patel should have the interest noted and take part on item "4" (Riverside Surgery: remedial notice), but seed 004\'s minimum keeps a CCG GP from taking part in a performance management decision affecting member practices; the minimum prevails (stay for the discussion without voting).',
      );
    });

    it('lets a member with a note-only determination vote', () => {
      const assessment = assessAgendaItem(
        determined([{ personId: 'p-osei', action: 'note-only' }]),
        '4',
        options,
      );
      expect(standingOf(assessment, 'p-osei')).toBe('may-vote');
    });

    it('ignores a determination for someone absent', () => {
      const assessment = assessAgendaItem(
        determined([{ personId: 'p-adeyemi', action: 'withdraw' }]),
        '4',
        options,
      );
      expect(assessment.withdrawn).toEqual(['p-okafor']);
    });
  });

  describe("when seed 004's minimum is tested (GP members and member practices)", () => {
    const votingGp = withMembers(pccc, [
      { personId: 'p-patel', name: 'Dr A Patel', role: 'ccg-gp', voting: true },
      { personId: 'p-pm', name: 'Mrs G Lowe', role: 'practice-manager', voting: true },
    ]);
    const present = [...may2017.attendeeIds, 'p-pm'];
    const base = { ...options, committee: votingGp };

    it('keeps voting CCG GPs and practice managers from voting on investment decisions', () => {
      const assessment = assessAgendaItem(meetingWith({ attendeeIds: present }), '5', base);
      expect(standingOf(assessment, 'p-patel')).toBe('discussion-only');
      expect(standingOf(assessment, 'p-pm')).toBe('discussion-only');
    });

    it('does not apply to procurement or other decisions by default', () => {
      const assessment = assessAgendaItem(meetingWith({ attendeeIds: present }), '6', base);
      expect(standingOf(assessment, 'p-patel')).toBe('may-vote');
      const widened = assessAgendaItem(meetingWith({ attendeeIds: present }), '6', {
        ...base,
        minimumDecisionKinds: ['investment', 'performance-management', 'procurement'],
      });
      expect(standingOf(widened, 'p-patel')).toBe('discussion-only');
    });

    it('does not apply when the item does not affect member practices', () => {
      const item = {
        ...riversideNotice,
        subject: { ...riversideNotice.subject, affectsMemberPractices: false },
      };
      const assessment = assessAgendaItem(meetingWith({ items: [item] }), '4', base);
      expect(standingOf(assessment, 'p-patel')).toBe('may-vote');
      expect(assessment.reasons[0]?.message).toBe(
        'Seed 004\'s minimum does not apply: item "4" (Riverside Surgery: remedial notice) is a performance management decision that does not affect member practices.',
      );
    });

    it('works out from the member practice list whether the item affects member practices', () => {
      const practices = { ...base, memberPracticeIds: ['practice-mill-lane'] };
      expect(standingOf(assessAgendaItem(may2017, '4', practices), 'p-patel')).toBe('may-vote');
      expect(standingOf(assessAgendaItem(may2017, '5', practices), 'p-patel')).toBe(
        'discussion-only',
      );
    });

    it('withdraws them instead when minimumAction is withdraw, and only the roles chosen', () => {
      const assessment = assessAgendaItem(meetingWith({ attendeeIds: present }), '5', {
        ...base,
        minimumAction: 'withdraw',
        minimumRoles: ['ccg-gp'],
      });
      expect(standingOf(assessment, 'p-patel')).toBe('withdraw');
      expect(standingOf(assessment, 'p-pm')).toBe('may-vote');
    });

    it('is not in force before seed 004 (2016-10-31) and is from 2016-11-01', () => {
      const before = assessAgendaItem(meetingWith({ date: '2016-10-31' }), '5', {
        ...base,
        asOf: '2016-10-31',
      });
      expect(standingOf(before, 'p-patel')).toBe('may-vote');
      expect(verdictOf(before, 'SEED-COI-MINIMUM')?.skipped).toBe('not-in-force');
      const after = assessAgendaItem(meetingWith({ date: '2016-11-01' }), '5', {
        ...base,
        asOf: '2016-11-01',
      });
      expect(standingOf(after, 'p-patel')).toBe('discussion-only');
    });

    it('is not applied when turned off', () => {
      const assessment = assessAgendaItem(may2017, '5', {
        ...base,
        overrides: { 'SEED-COI-MINIMUM': { enabled: false } },
      });
      expect(standingOf(assessment, 'p-patel')).toBe('may-vote');
      expect(verdictOf(assessment, 'SEED-COI-MINIMUM')?.skipped).toBe('turned-off');
    });

    it('reports a breach when a GP member is recorded as voting', () => {
      const item = { ...millLaneInvestment, recordedVoterIds: ['p-hughes', 'p-patel'] };
      const assessment = assessAgendaItem(meetingWith({ items: [item] }), '5', base);
      expect(assessment.safe).toBe(false);
      expect(assessment.findings).toEqual([
        expect.objectContaining({
          ruleId: 'SEED-COI-MINIMUM',
          severity: 'breach',
          message:
            'Dr A Patel, a CCG GP, is recorded as voting on item "5" (Mill Lane Surgery: extended hours investment), an investment decision affecting member practices; as a minimum, CCG GPs and practice managers take no part in such decisions, so Dr A Patel could only join the discussion.',
          source: { document: '004_e95f1a032380c329.txt', section: 'Conflicts of interest' },
        }),
      ]);
    });
  });

  describe('when the minutes record who voted (COI-CONFLICTED-NO-VOTE)', () => {
    it('reports a breach when a conflicted member voted', () => {
      const item = { ...millLaneInvestment, recordedVoterIds: ['p-hughes', 'p-roberts'] };
      const assessment = assessAgendaItem(meetingWith({ items: [item] }), '5', options);
      expect(assessment.safe).toBe(false);
      expect(assessment.findings).toEqual([
        {
          ruleId: 'COI-CONFLICTED-NO-VOTE',
          severity: 'breach',
          message:
            'Dr M Roberts is recorded as voting on item "5" (Mill Lane Surgery: extended hours investment) but could only join the discussion because of an indirect interest (Spouse is a partner at Mill Lane Surgery).',
          subjectIds: ['p-roberts'],
          source: {
            document: 'DOMAIN.md',
            domainId: 'COI-CONFLICTED-NO-VOTE',
            section: 'Part 2 §1.5 rule 36 (S19, S8)',
          },
          evidence: { personId: 'p-roberts', action: 'discuss-no-vote', recordedAsVoting: true },
          remedy:
            "Discount Dr M Roberts's vote, check whether the decision stands without it, and record the breach.",
        },
      ]);
    });

    it("names the chair's determination when there is no declaration", () => {
      const item = {
        ...riversideNotice,
        determinations: [{ personId: 'p-osei', action: 'withdraw' as const }],
        recordedVoterIds: ['p-osei'],
      };
      const assessment = assessAgendaItem(meetingWith({ items: [item] }), '4', options);
      expect(assessment.findings[0]?.message).toBe(
        'Ms F Osei is recorded as voting on item "4" (Riverside Surgery: remedial notice) but should have withdrawn because of the chair\'s determination.',
      );
    });

    it('reports no finding when only members free to vote voted, and notes a voter not present', () => {
      const item = { ...riversideNotice, recordedVoterIds: ['p-hughes', 'p-adeyemi'] };
      const assessment = assessAgendaItem(meetingWith({ items: [item] }), '4', options);
      expect(assessment.findings).toEqual([]);
      expect(assessment.reasons.find((reason) => reason.verdict === 'unknown')?.message).toBe(
        'p-adeyemi is recorded as voting on item "4" (Riverside Surgery: remedial notice) but is not listed as present.',
      );
    });
  });

  describe('when an interest was not on the register by the meeting (COI-MEETING-DECLARE)', () => {
    const late = (declaredOn: string) => ({
      declarations: [
        declaration({
          id: 'd-late',
          personId: 'p-osei',
          description: 'Director of a GP federation bidding for Riverside',
          arisesOn: '2017-03-01',
          declaredOn,
          organisationIds: ['practice-riverside'],
        }),
      ],
    });

    it('reports a breach when it was declared only after the meeting and no determination was made', () => {
      const assessment = assessAgendaItem(may2017, '4', {
        ...options,
        register: late('2017-05-12'),
      });
      expect(assessment.safe).toBe(false);
      expect(assessment.findings[0]).toMatchObject({
        ruleId: 'COI-MEETING-DECLARE',
        severity: 'breach',
        message:
          'Ms F Osei\'s financial interest (Director of a GP federation bidding for Riverside, declaration d-late, declared on 2017-05-12) had arisen by the meeting on 2017-05-11 but was not on the register until after it, and the chair recorded no determination for Ms F Osei on item "4" (Riverside Surgery: remedial notice).',
        subjectIds: ['p-osei', 'd-late'],
        evidence: {
          personId: 'p-osei',
          declarationIds: 'd-late',
          meetingDate: '2017-05-11',
          firstDeclaredOn: '2017-05-12',
        },
      });
      expect(standingOf(assessment, 'p-osei')).toBe('withdraw');
    });

    it('reports nothing when it was declared on the meeting day', () => {
      expect(
        assessAgendaItem(may2017, '4', { ...options, register: late('2017-05-11') }).findings,
      ).toEqual([]);
    });

    it('reports nothing when the chair recorded a determination (declared at the meeting)', () => {
      const item = {
        ...riversideNotice,
        determinations: [{ personId: 'p-osei', action: 'withdraw' as const }],
      };
      const assessment = assessAgendaItem(meetingWith({ items: [item] }), '4', {
        ...options,
        register: late('2017-05-12'),
      });
      expect(assessment.findings).toEqual([]);
    });
  });

  describe('when the chair is conflicted (COI-CONFLICTED-CHAIR)', () => {
    const chairInterest = {
      declarations: [
        declaration({ id: 'd-h', personId: 'p-hughes', organisationIds: ['practice-mill-lane'] }),
      ],
    };

    it('names the vice-chair to take the item', () => {
      const assessment = assessAgendaItem(may2017, '5', { ...options, register: chairInterest });
      expect(assessment.findings).toEqual([
        expect.objectContaining({
          ruleId: 'COI-CONFLICTED-CHAIR',
          severity: 'warning',
          message:
            'The chair, Mrs R Hughes, must withdraw from item "5" (Mill Lane Surgery: extended hours investment); the vice-chair, Mr T Bell, should chair it.',
          remedy: 'Hand the chair to Mr T Bell for the item and minute it.',
        }),
      ]);
      expect(assessment.safe).toBe(true);
    });

    it('asks the members to choose an unconflicted lay member when the vice-chair is absent', () => {
      const absent = meetingWith({
        attendeeIds: may2017.attendeeIds.filter((id) => id !== 'p-bell'),
      });
      const assessment = assessAgendaItem(absent, '5', {
        ...options,
        register: {
          declarations: [
            {
              ...chairInterest.declarations[0],
              type: 'indirect',
            } as (typeof chairInterest.declarations)[number],
          ],
        },
      });
      expect(assessment.findings[0]?.message).toBe(
        'The chair, Mrs R Hughes, may only join the discussion of item "5" (Mill Lane Surgery: extended hours investment); no unconflicted vice-chair is present, so the members present should choose an unconflicted member, preferably a lay member, to chair it.',
      );
    });
  });

  describe("when withdrawals test the committee's quorum (PCCC-QUORUM-LOCAL, COI-QUORUM-LOSS)", () => {
    // Item 5: Dr Roberts (secondary care) may only discuss; the quorum is four voting members
    // including a lay member and an executive.
    const exactly = meetingWith({
      attendeeIds: ['p-hughes', 'p-bell', 'p-grant', 'p-mensah', 'p-roberts'],
    });
    const oneShort = meetingWith({ attendeeIds: ['p-hughes', 'p-grant', 'p-mensah', 'p-roberts'] });

    it('returns safe when the quorum is exactly met after withdrawals', () => {
      const assessment = assessAgendaItem(exactly, '5', options);
      expect(assessment.quorate).toEqual({ before: true, after: true });
      expect(assessment.quorum.after?.countedIds).toEqual([
        'p-hughes',
        'p-bell',
        'p-grant',
        'p-mensah',
      ]);
      expect(assessment.safe).toBe(true);
    });

    it('returns not safe, with the ordered fallback, when one short after withdrawals', () => {
      const assessment = assessAgendaItem(oneShort, '5', options);
      expect(assessment.quorate).toEqual({ before: true, after: false });
      expect(assessment.safe).toBe(false);
      expect(findingIds(assessment)).toEqual(['PCCC-QUORUM-LOCAL', 'COI-QUORUM-LOSS']);
      expect(assessment.findings[0]?.message).toBe(
        'Once Dr M Roberts may only join the discussion, the meeting is not quorate for item "5" (Mill Lane Surgery: extended hours investment). Not quorate: 3 members count toward quorum (Mrs R Hughes, Ms L Grant and Dr J Mensah); the quorum needs at least 4 members (3 counted, 4 needed).',
      );
      expect(assessment.findings[1]).toMatchObject({
        severity: 'warning',
        message:
          'Conflicts of interest leave the meeting inquorate for item "5" (Mill Lane Surgery: extended hours investment); the fallback, in order: defer the item, then refer it to another committee, then co-opt members temporarily, then refer it to NHS England.',
        remedy:
          'Take no decision at this meeting: defer the item to a meeting that will be quorate without the conflicted members, as Blackburn with Darwen CCG did in 2013.',
      });
      expect(assessment.remedies.map((remedy) => [remedy.order, remedy.action])).toEqual([
        [1, 'defer'],
        [2, 'refer-other-committee'],
        [3, 'co-opt-temporary'],
        [4, 'refer-nhs-england'],
      ]);
    });

    it('counts discussion-only members toward quorum when asked (Q4)', () => {
      const assessment = assessAgendaItem(oneShort, '5', {
        ...options,
        countsDiscussionOnlyMembers: true,
      });
      expect(assessment.quorate).toEqual({ before: true, after: true });
      expect(assessment.safe).toBe(true);
    });

    it('names who withdraws when a withdrawal breaks quorum', () => {
      const withdrawing = meetingWith({
        attendeeIds: ['p-hughes', 'p-grant', 'p-mensah', 'p-osei'],
      });
      const assessment = assessAgendaItem(withdrawing, '4', {
        ...options,
        register: {
          declarations: [
            declaration({ id: 'x', personId: 'p-osei', organisationIds: ['practice-riverside'] }),
          ],
        },
      });
      expect(assessment.findings[0]?.message).toMatch(
        /^Once Ms F Osei withdraws, the meeting is not quorate/,
      );
    });

    it('reports an inquorate meeting before withdrawals without the quorum-loss warning', () => {
      const thin = meetingWith({ attendeeIds: ['p-hughes', 'p-grant', 'p-mensah'] });
      const assessment = assessAgendaItem(thin, '4', options);
      expect(assessment.quorate).toEqual({ before: false, after: false });
      expect(findingIds(assessment)).toEqual(['PCCC-QUORUM-LOCAL']);
      expect(assessment.findings[0]?.message).toBe(
        'The meeting is not quorate for item "4" (Riverside Surgery: remedial notice) even before anyone withdraws. Not quorate: 3 members count toward quorum (Mrs R Hughes, Ms L Grant and Dr J Mensah); the quorum needs at least 4 members (3 counted, 4 needed).',
      );
      expect(assessment.remedies).toHaveLength(4);
    });

    it('follows your own fallback order, numbered afresh', () => {
      const assessment = assessAgendaItem(oneShort, '5', {
        ...options,
        quorumFallback: ['co-opt-temporary', 'defer', 'co-opt-temporary'],
      });
      expect(assessment.remedies.map((remedy) => [remedy.order, remedy.action])).toEqual([
        [1, 'co-opt-temporary'],
        [2, 'defer'],
      ]);
    });

    it('leaves out referral to NHS England for a governing body', () => {
      const body: Committee = { ...pccc, kind: 'governing-body' };
      const assessment = assessAgendaItem(oneShort, '5', { ...options, committee: body });
      expect(assessment.remedies.map((remedy) => remedy.action)).toEqual([
        'defer',
        'refer-other-committee',
        'co-opt-temporary',
      ]);
    });

    it('gives no remedies when the quorum-loss rule is off, and no breach when the quorum rule is off', () => {
      const off = assessAgendaItem(oneShort, '5', {
        ...options,
        overrides: {
          'COI-QUORUM-LOSS': { enabled: false },
          'PCCC-QUORUM-LOCAL': { enabled: false },
        },
      });
      expect(off.remedies).toEqual([]);
      expect(off.findings).toEqual([]);
      expect(off.quorate.after).toBe(false);
      expect(off.safe).toBe(true);
    });
  });

  describe('when the quorum or the committee is unknown', () => {
    it('returns not safe when the committee has no quorum rule', () => {
      const { quorum: _, ...noQuorum } = pccc;
      const assessment = assessAgendaItem(may2017, '4', { ...options, committee: noQuorum });
      expect(assessment.quorate).toEqual({ before: null, after: null });
      expect(assessment.safe).toBe(false);
      expect(verdictOf(assessment, 'PCCC-QUORUM-LOCAL')?.verdict).toBe('unknown');
      expect(assessment.reasons.find((reason) => reason.id === 'PCCC-QUORUM-LOCAL')).toMatchObject({
        message:
          'The quorum for item "4" (Riverside Surgery: remedial notice) cannot be checked: the committee "pccc-model" has no quorum rule, so the decision cannot be shown to be safe.',
        missing: ['committee.quorum'],
      });
    });

    it('returns safe without a quorum rule when the quorum rule is turned off', () => {
      const { quorum: _, ...noQuorum } = pccc;
      const assessment = assessAgendaItem(may2017, '4', {
        ...options,
        committee: noQuorum,
        overrides: { 'PCCC-QUORUM-LOCAL': { enabled: false } },
      });
      expect(assessment.safe).toBe(true);
    });

    it('lists everyone not barred as voters, and is not safe, when no committee is given', () => {
      const assessment = assessAgendaItem(may2017, '4', { register, asOf: may2017.date });
      expect(assessment.withdrawn).toEqual(['p-okafor']);
      expect(assessment.discussionOnly).toEqual([]);
      expect(assessment.voters).toEqual(
        [...may2017.attendeeIds].filter((id) => id !== 'p-okafor').sort(),
      );
      expect(assessment.safe).toBe(false);
      expect(verdictOf(assessment, 'COI-CONFLICTED-CHAIR')?.verdict).toBe('unknown');
      expect(
        assessment.reasons.find((reason) => reason.id === 'PCCC-QUORUM-LOCAL')?.missing,
      ).toEqual(['options.committee']);
    });
  });

  describe('when the item is for information', () => {
    it('returns it as safe, not a decision, with the quorum rules not applicable', () => {
      const assessment = assessAgendaItem(meetingWith({ attendeeIds: ['p-hughes'] }), '1', options);
      expect(assessment.decision).toBe(false);
      expect(assessment.safe).toBe(true);
      expect(assessment.findings).toEqual([]);
      expect(verdictOf(assessment, 'PCCC-QUORUM-LOCAL')?.verdict).toBe('not-applicable');
      expect(assessment.reasons.at(-1)?.message).toBe(
        'Mrs R Hughes may vote on item "1" (Minutes of the last meeting); no vote is taken on an item for information.',
      );
      expect(assessment.item).toEqual({
        id: '1',
        title: minutes.title,
        decisionKind: 'for-information',
      });
    });
  });

  describe('when the meeting is of the Wiltshire joint committee (Model B)', () => {
    const meeting: Meeting = {
      id: 'wilts-2016-03',
      committeeId: 'wilts-pcjcc',
      date: '2016-12-08',
      attendeeIds: wiltshireJointCommittee.members.map((member) => member.personId),
      items: [
        {
          id: '7',
          title: 'Practice merger: Avon and Kennet surgeries',
          decisionKind: 'performance-management',
          subject: { organisationIds: ['practice-avon', 'practice-kennet'] },
        },
      ],
    };

    it('keeps the GP locality chairs from voting and lets NHS England members vote', () => {
      const assessment = assessAgendaItem(meeting, '7', {
        register: { declarations: [] },
        asOf: meeting.date,
        committee: { ...wiltshireJointCommittee, quorum: { rule: { kind: 'at-least', count: 6 } } },
      });
      expect(assessment.discussionOnly).toEqual(['w-gp-1', 'w-gp-2']);
      expect(assessment.voters).toContain('w-nhse-doc');
      expect(standingOf(assessment, 'w-lmc')).toBe('non-voting');
      expect(assessment.safe).toBe(true);
    });
  });

  describe('when the meeting is of the Cambridgeshire & Peterborough PCCC in 2016 (seed 002)', () => {
    it('withdraws a GP with a financial interest while seed 004 is not yet in force', () => {
      const meeting: Meeting = {
        id: 'cp-2016-06',
        committeeId: 'cp-pccc',
        date: '2016-06-09',
        attendeeIds: ['cp-lay-1', 'cp-lay-2', 'cp-ao', 'cp-cfo', 'cp-gp', 'cp-hw-c'],
        items: [
          {
            id: '3',
            title: 'Local enhanced service for care homes',
            decisionKind: 'investment',
            subject: { organisationIds: ['practice-ely', 'practice-march'] },
          },
        ],
      };
      const assessment = assessAgendaItem(meeting, '3', {
        register: {
          declarations: [
            declaration({
              id: 'cp-d1',
              personId: 'cp-gp',
              description: 'GP partner, Ely',
              organisationIds: ['practice-ely'],
            }),
          ],
        },
        asOf: meeting.date,
        committee: { ...cambridgeshirePccc, quorum: fourWithLayAndExecutive },
      });
      expect(assessment.withdrawn).toEqual(['cp-gp']);
      expect(assessment.voters).toEqual(['cp-lay-1', 'cp-lay-2', 'cp-ao', 'cp-cfo']);
      expect(verdictOf(assessment, 'SEED-COI-MINIMUM')?.skipped).toBe('not-in-force');
      expect(assessment.safe).toBe(true);
    });
  });

  describe('when given local rules', () => {
    const layVoter: LocalMeetingRule = {
      id: 'LOCAL-LAY-VOTER',
      title: 'A lay member votes on every decision',
      description: 'Our terms of reference require a lay member among those voting.',
      subject: 'meeting',
      severity: 'breach',
      confidence: 'V',
      sources: [{ document: 'PCCC terms of reference', section: '7.3' }],
      inForce: { from: '2016-04-01' },
      check: (view) =>
        view.committee?.members.some((m) => m.role === 'lay' && view.voters.includes(m.personId))
          ? []
          : [
              {
                message: 'No lay member may vote on this item.',
                subjectIds: [view.item.id],
                evidence: { voters: view.voters.length },
              },
            ],
    };
    const noLay = meetingWith({ attendeeIds: ['p-grant', 'p-evans', 'p-mensah', 'p-roberts'] });

    it('runs them after the built-in rules', () => {
      const assessment = assessAgendaItem(noLay, '4', {
        ...options,
        committee: { ...pccc, quorum: { rule: { kind: 'at-least', count: 4 } } },
        localRules: [layVoter],
      });
      expect(assessment.findings).toEqual([
        {
          ruleId: 'LOCAL-LAY-VOTER',
          severity: 'breach',
          message: 'No lay member may vote on this item.',
          subjectIds: ['4'],
          source: { document: 'PCCC terms of reference', section: '7.3' },
          evidence: { voters: 4 },
        },
      ]);
      expect(assessment.rulesApplied.at(-1)).toEqual({
        ruleId: 'LOCAL-LAY-VOTER',
        verdict: 'fail',
        severity: 'breach',
      });
      expect(assessment.safe).toBe(false);
      expect(
        assessAgendaItem(may2017, '4', { ...options, localRules: [layVoter] }).rulesApplied.at(-1)
          ?.verdict,
      ).toBe('pass');
    });

    it('skips them when not in force, turned off, or for another kind of committee', () => {
      const skipped = (extra: Partial<AssessAgendaItemOptions>, rule = layVoter) =>
        assessAgendaItem(noLay, '4', { ...options, localRules: [rule], ...extra }).rulesApplied.at(
          -1,
        )?.skipped;
      expect(skipped({ asOf: '2016-03-31' })).toBe('not-in-force');
      expect(skipped({ overrides: { 'LOCAL-LAY-VOTER': { enabled: false } } })).toBe('turned-off');
      expect(skipped({}, { ...layVoter, appliesTo: ['joint-committee'] })).toBe('other-kind');
    });

    it('throws local_rule_failed when a check throws', () => {
      const broken: LocalMeetingRule = {
        ...layVoter,
        check: () => {
          throw new Error('no data');
        },
      };
      expect(() => assessAgendaItem(may2017, '4', { ...options, localRules: [broken] })).toThrow(
        '[co-commissioning] local_rule_failed: The local rule "LOCAL-LAY-VOTER" failed while checking: no data.',
      );
    });

    it('gives the check a frozen view', () => {
      let frozen = false;
      const probe: LocalMeetingRule = {
        ...layVoter,
        check: (view) => {
          frozen = isDeepFrozen(view);
          return [];
        },
      };
      assessAgendaItem(may2017, '4', { ...options, localRules: [probe] });
      expect(frozen).toBe(true);
    });
  });

  describe('when the input is malformed', () => {
    it('throws unknown_agenda_item for an item not on the agenda', () => {
      expect(() => assessAgendaItem(may2017, '9', options)).toThrowErrorMatchingInlineSnapshot(
        `[CoCommissioningError: [co-commissioning] unknown_agenda_item: Item "9" is not on the agenda of meeting "pccc-2017-05"; its items are "1", "4", "5", "6".]`,
      );
      const result = safeAssessAgendaItem(meetingWith({ items: [] }), '9', options);
      expect(result.success ? null : result.issues[0]).toEqual({
        code: 'unknown_agenda_item',
        message: 'Item "9" is not on the agenda of meeting "pccc-2017-05", which has no items.',
        path: ['itemId'],
        itemId: '9',
      });
    });

    it("throws committee_mismatch when the committee is not the meeting's", () => {
      const result = safeAssessAgendaItem(may2017, '4', {
        ...options,
        committee: cambridgeshirePccc,
      });
      expect(result.success ? null : result.issues[0]).toEqual({
        code: 'committee_mismatch',
        message:
          'The meeting belongs to committee "pccc-model", but the committee given is "cp-pccc": pass the meeting\'s own committee.',
        path: ['options', 'committee', 'id'],
        meetingCommitteeId: 'pccc-model',
        committeeId: 'cp-pccc',
      });
    });

    it('throws duplicate_id for a repeated item, attendee or determination', () => {
      const codes = (meeting: Meeting) => {
        const result = safeAssessAgendaItem(meeting, '4', options);
        return result.success
          ? []
          : result.issues.map((issue) => [issue.code, issue.path.join('.')]);
      };
      expect(codes(meetingWith({ items: [riversideNotice, riversideNotice] }))).toEqual([
        ['duplicate_id', 'meeting.items.1'],
      ]);
      expect(codes(meetingWith({ attendeeIds: ['p-hughes', 'p-hughes'] }))).toEqual([
        ['duplicate_id', 'meeting.attendeeIds.1'],
      ]);
      const twice = {
        ...riversideNotice,
        determinations: [
          { personId: 'p-osei', action: 'withdraw' as const },
          { personId: 'p-osei', action: 'note-only' as const },
        ],
      };
      expect(codes(meetingWith({ items: [twice] }))).toEqual([
        ['duplicate_id', 'meeting.items.0.determinations.1'],
      ]);
    });

    it('throws invalid_input for a malformed register entry, naming where it is', () => {
      const bad = {
        declarations: [{ ...register.declarations[0], type: 'pecuniary' }],
      } as unknown as AssessAgendaItemOptions['register'];
      const result = safeAssessAgendaItem(may2017, '4', { ...options, register: bad });
      expect(result.success ? null : result.issues[0]).toMatchObject({
        code: 'invalid_input',
        message:
          'Give the type of interest: financial, non-financial-professional, non-financial-personal or indirect. (at options.register.declarations.0.type)',
        path: ['options', 'register', 'declarations', 0, 'type'],
      });
    });

    it('throws invalid_input for a malformed committee or item ID, and unknown_rule_override', () => {
      expect(() => assessAgendaItem(may2017, '', options)).toThrow(
        '[co-commissioning] invalid_input: Give the agenda item ID: it cannot be empty. (at itemId)',
      );
      const committee = { ...pccc, members: [{ personId: 'x' }] } as unknown as Committee;
      const result = safeAssessAgendaItem(may2017, '4', { ...options, committee });
      expect(result.success ? null : result.issues[0]?.path).toEqual([
        'options',
        'committee',
        'members',
        0,
        'name',
      ]);
      expect(() =>
        assessAgendaItem(may2017, '4', {
          ...options,
          overrides: { 'COI-NO-SUCH': { enabled: false } },
        }),
      ).toThrow('[co-commissioning] unknown_rule_override: There is no rule "COI-NO-SUCH"');
    });

    it('throws duplicate_id when a local rule reuses a built-in ID', () => {
      const rule = { ...({} as LocalMeetingRule), id: 'PCCC-QUORUM-LOCAL' };
      const result = safeAssessAgendaItem(may2017, '4', {
        ...options,
        localRules: [
          {
            ...rule,
            title: 't',
            description: 'd',
            subject: 'meeting',
            severity: 'advice',
            confidence: 'U',
            sources: [{ document: 'ToR' }],
            inForce: { from: '2016-01-01' },
            check: () => [],
          },
        ],
      });
      expect(result.success ? null : result.issues[0]?.code).toBe('duplicate_id');
    });

    it('never throws from the safe door', () => {
      fc.assert(
        fc.property(fc.anything(), fc.anything(), fc.anything(), (meeting, itemId, opts) => {
          const result = safeAssessAgendaItem(
            meeting as Meeting,
            itemId as string,
            opts as AssessAgendaItemOptions,
          );
          return typeof result.success === 'boolean';
        }),
      );
    });
  });

  describe('when given frozen input', () => {
    it('does not mutate its arguments', () => {
      const meeting = deepFreeze(structuredClone(may2017));
      const frozenOptions = deepFreeze(structuredClone(options));
      expect(() => assessAgendaItem(meeting, '5', frozenOptions)).not.toThrow();
      expect(meeting).toEqual(may2017);
    });

    it('returns a deeply frozen result', () => {
      const oneShort = meetingWith({
        attendeeIds: ['p-hughes', 'p-grant', 'p-mensah', 'p-roberts'],
      });
      const assessment = assessAgendaItem(oneShort, '5', options);
      expect(assessment.remedies.length).toBeGreaterThan(0);
      expect(isDeepFrozen(assessment)).toBe(true);
    });
  });

  describe('when the laws of the assessment are checked (properties)', () => {
    const personIds = pccc.members.map((member) => member.personId);
    const types = [
      'financial',
      'non-financial-professional',
      'non-financial-personal',
      'indirect',
    ] as const;
    const scenario = fc.record({
      present: fc.subarray(personIds),
      interests: fc.array(
        fc.record({
          personId: fc.constantFrom(...personIds),
          type: fc.constantFrom(...types),
          affected: fc.boolean(),
        }),
        { maxLength: 6 },
      ),
      itemId: fc.constantFrom('4', '5', '6'),
    });
    const run = (
      s: {
        present: string[];
        interests: { personId: string; type: (typeof types)[number]; affected: boolean }[];
        itemId: string;
      },
      order: (ids: string[]) => string[] = (ids) => ids,
    ) =>
      assessAgendaItem(meetingWith({ attendeeIds: order(s.present) }), s.itemId, {
        ...options,
        register: {
          declarations: s.interests.map((interest, index) =>
            declaration({
              id: `d-${index}`,
              personId: interest.personId,
              type: interest.type,
              organisationIds: [interest.affected ? 'practice-riverside' : 'practice-elsewhere'],
            }),
          ),
        },
      });

    it('puts each person present in exactly one standing', () => {
      fc.assert(
        fc.property(scenario, (s) => {
          const assessment = run(s);
          const all = [...assessment.voters, ...assessment.withdrawn, ...assessment.discussionOnly];
          const nonVoting = assessment.attendees.filter((a) => a.standing === 'non-voting').length;
          return new Set(all).size === all.length && all.length + nonVoting === s.present.length;
        }),
      );
    });

    it('never lets a member with a financial interest in the affected practice vote', () => {
      fc.assert(
        fc.property(scenario, (s) => {
          const assessment = run({ ...s, itemId: '4' });
          const barred = s.interests
            .filter((i) => i.affected && i.type === 'financial')
            .map((i) => i.personId);
          return barred.every((id) => !assessment.voters.includes(id));
        }),
      );
    });

    it('does not depend on the order of the attendance list', () => {
      fc.assert(
        fc.property(scenario, (s) => {
          const forward = run(s);
          const backward = run(s, (ids) => [...ids].reverse());
          return JSON.stringify(forward) === JSON.stringify(backward);
        }),
      );
    });
  });
});
