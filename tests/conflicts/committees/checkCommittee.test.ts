import {
  type CheckCommitteeOptions,
  type Committee,
  type CommitteeCheck,
  checkCommittee,
  checkParsedCommittee,
  formatPercent,
  isRatio,
  type LocalCommitteeRule,
  MemberRoleSchema,
  parseCommittee,
  type ReasonValue,
  safeCheckCommittee,
} from 'co-commissioning';
import { deepFreeze, isDeepFrozen } from 'co-commissioning/testing';
import * as fc from 'fast-check';
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
const noEvidence: Readonly<Record<string, ReasonValue>> = {};

function ids(check: CommitteeCheck): string[] {
  return check.findings.map((finding) => finding.ruleId);
}

function verdictOf(check: CommitteeCheck, ruleId: string) {
  return check.rulesApplied.find((applied) => applied.ruleId === ruleId);
}

function findingOf(check: CommitteeCheck, ruleId: string) {
  return check.findings.find((finding) => finding.ruleId === ruleId);
}

const layViceChair: LocalCommitteeRule = {
  id: 'LOCAL-LAY-VICE-CHAIR',
  title: 'The vice-chair is a lay member',
  description: 'Our PCCC terms of reference require a lay vice-chair.',
  subject: 'committee',
  severity: 'breach',
  confidence: 'V',
  sources: [{ document: 'PCCC terms of reference', section: '4.2' }],
  inForce: { from: '2016-04-01' },
  check: (committee) => {
    const vice = committee.members.find((member) => member.personId === committee.viceChairId);
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

describe('checkCommittee', () => {
  describe("when given a PCCC shaped like the BMA's model (seed 004, Model C)", () => {
    const check = checkCommittee(bmaModelPccc, { asOf });

    it('returns compliant, with only the stricter lay-majority reading as advice', () => {
      expect(check.compliant).toBe(true);
      expect(ids(check)).toEqual(['COI-PCCC-LAY-MAJORITY']);
      expect(check.findings[0]?.severity).toBe('advice');
      expect(check.findings[0]?.message).toBe(
        'Lay members hold 3 of the 8 votes (37.5%): not more than half. Seed 004 reads the PCCC rule as a lay majority; DOMAIN rule 18 and seed 002 ask only for a lay and executive majority.',
      );
      expect(check.findings[0]?.evidence).toEqual({
        votingMembers: 8,
        layVoting: 3,
        share: { numerator: 3, denominator: 8 },
        threshold: { numerator: 1, denominator: 2 },
      });
    });

    it('returns every committee rule with how it came out, in catalogue order', () => {
      expect(check.rulesApplied).toEqual([
        { ruleId: 'COI-PCCC-CHAIR-IS-MEMBER', verdict: 'pass', severity: 'warning' },
        { ruleId: 'COI-PCCC-LAY-CHAIR', verdict: 'pass', severity: 'breach' },
        { ruleId: 'COI-PCCC-LAY-EXEC-MAJORITY', verdict: 'pass', severity: 'breach' },
        { ruleId: 'COI-PCCC-LAY-MAJORITY', verdict: 'fail', severity: 'advice' },
        { ruleId: 'COI-PCCC-OBSERVERS', verdict: 'pass', severity: 'breach' },
        { ruleId: 'COI-PCCC-CCG-GP-NO-VOTE', verdict: 'pass', severity: 'advice' },
        { ruleId: 'COI-PCCC-LMC-SEAT', verdict: 'pass', severity: 'advice' },
        { ruleId: 'COI-PCCC-PUBLIC', verdict: 'pass', severity: 'advice' },
        {
          ruleId: 'GB-COMPOSITION',
          verdict: 'not-applicable',
          severity: 'breach',
          skipped: 'other-kind',
        },
        {
          ruleId: 'COI-GB-THREE-LAY',
          verdict: 'not-applicable',
          severity: 'advice',
          skipped: 'other-kind',
        },
      ]);
    });

    it('returns the committee ID and the date applied', () => {
      expect(check.committeeId).toBe('pccc-model');
      expect(check.asOf).toBe(asOf);
    });
  });

  describe('when given the Cambridgeshire & Peterborough committee (seed 002 §3.5)', () => {
    it('returns compliant on the day delegation began, before the LMC-seat advice was in force', () => {
      const check = checkCommittee(cambridgeshirePccc, { asOf: '2016-04-01' });
      expect(check.compliant).toBe(true);
      expect(ids(check)).toEqual(['COI-PCCC-LAY-MAJORITY']);
      expect(verdictOf(check, 'COI-PCCC-LMC-SEAT')).toEqual({
        ruleId: 'COI-PCCC-LMC-SEAT',
        verdict: 'not-applicable',
        severity: 'advice',
        skipped: 'not-in-force',
      });
    });

    it('returns the LMC-seat advice once seed 004 applies (from 2016-11-01, not 2016-10-31)', () => {
      expect(ids(checkCommittee(cambridgeshirePccc, { asOf: '2016-10-31' }))).not.toContain(
        'COI-PCCC-LMC-SEAT',
      );
      const check = checkCommittee(cambridgeshirePccc, { asOf: '2016-11-01' });
      expect(check.compliant).toBe(true);
      expect(findingOf(check, 'COI-PCCC-LMC-SEAT')).toEqual({
        ruleId: 'COI-PCCC-LMC-SEAT',
        severity: 'advice',
        message:
          'The committee has no LMC representative; GPC recommends that the Local Medical Committee has a seat on the PCCC.',
        subjectIds: ['cp-pccc'],
        source: {
          document: '004_e95f1a032380c329.txt',
          section: 'Model C: Delegated commissioning, Governance',
        },
        evidence: { lmcMembers: 0 },
        remedy: 'Offer the Local Medical Committee a seat on the committee.',
      });
    });

    it('returns a lay and executive majority of 5 of 7 votes as met', () => {
      const check = checkCommittee(cambridgeshirePccc, { asOf: '2016-04-01' });
      expect(verdictOf(check, 'COI-PCCC-LAY-EXEC-MAJORITY')?.verdict).toBe('pass');
    });
  });

  describe('when given the Wiltshire joint committee (DOMAIN rule 25, Model B)', () => {
    it('returns compliant, counting NHS England members as executive by default', () => {
      const check = checkCommittee(wiltshireJointCommittee, { asOf: '2016-04-01' });
      expect(check.compliant).toBe(true);
      expect(check.findings).toEqual([]);
    });

    it('skips the PCCC-only rules (CCG GPs voting, LMC seat, lay-only majority, public)', () => {
      const check = checkCommittee(wiltshireJointCommittee, { asOf });
      for (const ruleId of [
        'COI-PCCC-CCG-GP-NO-VOTE',
        'COI-PCCC-LMC-SEAT',
        'COI-PCCC-LAY-MAJORITY',
        'COI-PCCC-PUBLIC',
      ]) {
        expect(verdictOf(check, ruleId)?.skipped).toBe('other-kind');
      }
      expect(verdictOf(check, 'COI-PCCC-LAY-CHAIR')?.verdict).toBe('pass');
      expect(verdictOf(check, 'COI-PCCC-OBSERVERS')?.verdict).toBe('pass');
    });

    it('returns a majority breach of 4 of 11 when NHS England members are not counted as executive (Q11)', () => {
      const check = checkCommittee(wiltshireJointCommittee, {
        asOf,
        nhsEnglandCountsAsExecutive: false,
      });
      expect(check.compliant).toBe(false);
      expect(findingOf(check, 'COI-PCCC-LAY-EXEC-MAJORITY')?.message).toBe(
        'Lay and executive members hold 4 of the 11 votes (36.4%; 1 lay, 3 executive): not more than half, so they do not form a majority.',
      );
      expect(findingOf(check, 'COI-PCCC-LAY-EXEC-MAJORITY')?.remedy).toBe(
        'Give a vote to 4 more lay or executive members, or take the vote from 4 members who are neither lay nor executive.',
      );
    });

    it('applies the CCG-GP advice to the joint committee when appliesTo says so', () => {
      const check = checkCommittee(wiltshireJointCommittee, {
        asOf,
        appliesTo: { 'COI-PCCC-CCG-GP-NO-VOTE': ['pccc', 'joint-committee'] },
      });
      expect(check.findings.map((finding) => finding.subjectIds)).toEqual([['w-gp-1'], ['w-gp-2']]);
      expect(check.compliant).toBe(true);
    });
  });

  describe('when the chair is not a lay member (COI-PCCC-LAY-CHAIR)', () => {
    it('returns a breach naming the chair and their role', () => {
      const committee = { ...bmaModelPccc, chairId: 'p-patel' };
      const check = checkCommittee(committee, { asOf });
      expect(check.compliant).toBe(false);
      expect(findingOf(check, 'COI-PCCC-LAY-CHAIR')).toEqual({
        ruleId: 'COI-PCCC-LAY-CHAIR',
        severity: 'breach',
        message: 'The chair, Dr A Patel, is a CCG GP, not a lay member.',
        subjectIds: ['p-patel'],
        source: {
          document: '004_e95f1a032380c329.txt',
          section: 'Model C: Delegated commissioning, Governance',
        },
        evidence: { chairId: 'p-patel', chairRole: 'ccg-gp' },
        remedy: 'Appoint a lay member as chair, such as the vice-chair, Mr T Bell.',
      });
    });

    it('suggests the first lay member when the vice-chair is not lay', () => {
      const committee = { ...bmaModelPccc, chairId: 'p-grant', viceChairId: 'p-evans' };
      expect(findingOf(checkCommittee(committee, { asOf }), 'COI-PCCC-LAY-CHAIR')?.remedy).toBe(
        'Appoint a lay member as chair, such as Mrs R Hughes.',
      );
    });

    it('asks for a lay member to be appointed when the committee has none', () => {
      const committee = committeeOf({ executive: 2 });
      const check = checkCommittee({ ...committee, chairId: 'executive-0' }, { asOf });
      expect(findingOf(check, 'COI-PCCC-LAY-CHAIR')?.remedy).toBe(
        'Appoint a lay member to the committee as its chair.',
      );
    });

    it('returns a breach when the chair is not on the member list, with the membership warning', () => {
      const check = checkCommittee({ ...bmaModelPccc, chairId: 'p-nobody' }, { asOf });
      expect(findingOf(check, 'COI-PCCC-LAY-CHAIR')?.message).toBe(
        'The chair (person ID "p-nobody") is not on the member list, so the committee cannot show that it has a lay chair.',
      );
      expect(findingOf(check, 'COI-PCCC-CHAIR-IS-MEMBER')).toMatchObject({
        severity: 'warning',
        message: 'The chair (person ID "p-nobody") is not on the committee\'s member list.',
        remedy: 'Add the chair to the member list with their role, or correct chairId.',
      });
    });
  });

  describe('when the vice-chair is not on the member list (COI-PCCC-CHAIR-IS-MEMBER)', () => {
    it('returns a warning naming the vice-chair ID', () => {
      const check = checkCommittee({ ...bmaModelPccc, viceChairId: 'p-gone' }, { asOf });
      expect(check.compliant).toBe(true);
      expect(findingOf(check, 'COI-PCCC-CHAIR-IS-MEMBER')).toMatchObject({
        message: 'The vice-chair (person ID "p-gone") is not on the committee\'s member list.',
        subjectIds: ['p-gone'],
        evidence: { viceChairId: 'p-gone' },
      });
    });

    it('applies to a governing body and an "other" committee too', () => {
      for (const committee of [
        { ...governingBody, chairId: 'x' },
        { ...bmaModelPccc, kind: 'other' as const, chairId: 'x' },
      ]) {
        expect(ids(checkCommittee(committee, { asOf }))).toContain('COI-PCCC-CHAIR-IS-MEMBER');
      }
    });
  });

  describe('when counting the lay and executive majority (COI-PCCC-LAY-EXEC-MAJORITY)', () => {
    it.each([
      { lay: 2, executive: 2, other: 4, passes: false, why: 'exactly half of 8' },
      { lay: 3, executive: 2, other: 4, passes: true, why: '5 of 9, just over half' },
      { lay: 3, executive: 2, other: 3, passes: true, why: '5 of 8, half plus one' },
      { lay: 2, executive: 2, other: 3, passes: true, why: '4 of 7' },
      { lay: 2, executive: 1, other: 4, passes: false, why: '3 of 7' },
      { lay: 1, executive: 0, other: 0, passes: true, why: '1 of 1' },
    ])(
      'returns $passes for $lay lay + $executive executive against $other others ($why)',
      (counts) => {
        const committee = committeeOf({
          lay: counts.lay,
          executive: counts.executive,
          'secondary-care-doctor': counts.other,
        });
        const check = checkCommittee(committee, { asOf });
        expect(verdictOf(check, 'COI-PCCC-LAY-EXEC-MAJORITY')?.verdict).toBe(
          counts.passes ? 'pass' : 'fail',
        );
      },
    );

    it('returns the exact share and threshold as ratios when exactly half', () => {
      const committee = committeeOf({ lay: 2, executive: 2, 'secondary-care-doctor': 4 });
      const finding = findingOf(checkCommittee(committee, { asOf }), 'COI-PCCC-LAY-EXEC-MAJORITY');
      expect(finding?.message).toBe(
        'Lay and executive members hold 4 of the 8 votes (50.0%; 2 lay, 2 executive): not more than half, so they do not form a majority.',
      );
      expect(finding?.evidence).toEqual({
        votingMembers: 8,
        layVoting: 2,
        executiveVoting: 2,
        layAndExecutiveVoting: 4,
        share: { numerator: 4, denominator: 8 },
        threshold: { numerator: 1, denominator: 2 },
        nhsEnglandCountsAsExecutive: false,
      });
      expect(finding?.remedy).toBe(
        'Give a vote to 1 more lay or executive member, or take the vote from 1 member who is neither lay nor executive.',
      );
    });

    it('returns a breach for a committee with no voting members', () => {
      const committee: Committee = {
        id: 'c',
        name: 'C',
        kind: 'pccc',
        chairId: 'l',
        members: [{ personId: 'l', name: 'L', role: 'lay', voting: false }],
      };
      const finding = findingOf(checkCommittee(committee, { asOf }), 'COI-PCCC-LAY-EXEC-MAJORITY');
      expect(finding?.message).toBe(
        'The committee has no voting members, so lay and executive members cannot hold a majority of the votes.',
      );
      expect(finding).toMatchObject({ evidence: { share: null } });
      expect(finding?.remedy).toBe('Give a vote to 1 more lay or executive member.');
    });

    it('does not count non-voting lay or executive members', () => {
      const committee = withMembers(committeeOf({ lay: 1, executive: 1, nurse: 2 }), [
        { personId: 'executive-0', name: 'E', role: 'executive', voting: false },
      ]);
      expect(
        verdictOf(checkCommittee(committee, { asOf }), 'COI-PCCC-LAY-EXEC-MAJORITY')?.verdict,
      ).toBe('fail');
    });

    it('counts NHS England members as executive on a PCCC only when asked', () => {
      const committee = committeeOf({ lay: 1, 'nhs-england': 2, nurse: 2 });
      expect(
        verdictOf(checkCommittee(committee, { asOf }), 'COI-PCCC-LAY-EXEC-MAJORITY')?.verdict,
      ).toBe('fail');
      const counted = checkCommittee(committee, { asOf, nhsEnglandCountsAsExecutive: true });
      expect(verdictOf(counted, 'COI-PCCC-LAY-EXEC-MAJORITY')?.verdict).toBe('pass');
    });

    it('mentions NHS England members counted as executive in the message', () => {
      const committee = {
        ...committeeOf({ lay: 1, 'nhs-england': 1, nurse: 2 }),
        kind: 'joint-committee' as const,
      };
      expect(
        findingOf(checkCommittee(committee, { asOf }), 'COI-PCCC-LAY-EXEC-MAJORITY')?.message,
      ).toBe(
        'Lay and executive members hold 2 of the 4 votes (50.0%; 1 lay, 1 executive, counting 1 NHS England member as executive): not more than half, so they do not form a majority.',
      );
    });

    it('holds exactly when lay and executive votes are more than half (property)', () => {
      fc.assert(
        fc.property(
          fc.nat(6),
          fc.nat(6),
          fc.nat(6),
          fc.nat(3),
          (lay, executive, others, nonVoting) => {
            const committee = committeeOf({ lay, executive, nurse: others });
            const members = [
              ...committee.members,
              ...Array.from({ length: nonVoting }, (_, index) => ({
                personId: `nv-${index}`,
                name: `NV ${index}`,
                role: 'lay' as const,
                voting: false,
              })),
            ];
            const check = checkCommittee({ ...committee, members }, { asOf });
            const passes = 2 * (lay + executive) > lay + executive + others;
            return (verdictOf(check, 'COI-PCCC-LAY-EXEC-MAJORITY')?.verdict === 'pass') === passes;
          },
        ),
      );
    });
  });

  describe('when the share of votes is shown in words', () => {
    it('shows the same percentage formatPercent gives for the exact share (property)', () => {
      fc.assert(
        fc.property(fc.nat(40), fc.integer({ min: 1, max: 60 }), (lay, others) => {
          const check = checkCommittee(committeeOf({ lay, nurse: others }), { asOf });
          return [
            findingOf(check, 'COI-PCCC-LAY-EXEC-MAJORITY'),
            findingOf(check, 'COI-PCCC-LAY-MAJORITY'),
          ].every((finding) => {
            const { share: portion } = finding?.evidence ?? noEvidence;
            return (
              finding === undefined ||
              (isRatio(portion) && finding.message.includes(`(${formatPercent(portion, 1)}`))
            );
          });
        }),
      );
    });
  });

  describe('when counting the stricter lay majority (COI-PCCC-LAY-MAJORITY)', () => {
    it.each([
      { lay: 4, others: 4, passes: false },
      { lay: 5, others: 4, passes: true },
      { lay: 4, others: 3, passes: true },
      { lay: 3, others: 4, passes: false },
    ])('returns $passes for $lay lay of $lay + $others votes', ({ lay, others, passes }) => {
      const check = checkCommittee(committeeOf({ lay, executive: others }), { asOf });
      expect(verdictOf(check, 'COI-PCCC-LAY-MAJORITY')?.verdict).toBe(passes ? 'pass' : 'fail');
    });

    it('reports advice by default and a breach when the constitution adopts it', () => {
      const committee = committeeOf({ lay: 1, executive: 2 });
      const strict = checkCommittee(committee, {
        asOf,
        overrides: { 'COI-PCCC-LAY-MAJORITY': { severity: 'breach' } },
      });
      expect(checkCommittee(committee, { asOf }).compliant).toBe(true);
      expect(strict.compliant).toBe(false);
      expect(findingOf(strict, 'COI-PCCC-LAY-MAJORITY')?.remedy).toBe(
        'Give a vote to 2 more lay members, or take the vote from 2 members who are not lay members.',
      );
    });

    it('words the remedy for one member and for a committee with no lay votes', () => {
      const one = findingOf(
        checkCommittee(committeeOf({ lay: 2, executive: 2 }), { asOf }),
        'COI-PCCC-LAY-MAJORITY',
      );
      expect(one?.remedy).toBe(
        'Give a vote to 1 more lay member, or take the vote from 1 member who is not a lay member.',
      );
      const none = findingOf(
        checkCommittee({ ...committeeOf({ executive: 2 }), chairId: 'executive-0' }, { asOf }),
        'COI-PCCC-LAY-MAJORITY',
      );
      expect(none?.remedy).toBe('Give a vote to 3 more lay members.');
    });

    it('returns a finding for a committee with no voting members', () => {
      const committee: Committee = { id: 'c', name: 'C', kind: 'pccc', chairId: 'x', members: [] };
      expect(findingOf(checkCommittee(committee, { asOf }), 'COI-PCCC-LAY-MAJORITY')?.message).toBe(
        'The committee has no voting members, so lay members cannot hold a majority of the votes.',
      );
    });
  });

  describe('when an observer has a vote (COI-PCCC-OBSERVERS)', () => {
    it.each([
      ['healthwatch', 'a Healthwatch representative'],
      ['health-and-wellbeing-board', 'a Health and Wellbeing Board representative'],
      ['local-authority', 'a local authority representative'],
    ] as const)('returns a breach for a voting %s member', (role, words) => {
      const committee = withMembers(bmaModelPccc, [
        { personId: 'p-obs', name: 'Ms O Observer', role, voting: true },
      ]);
      const check = checkCommittee(committee, { asOf });
      expect(check.compliant).toBe(false);
      expect(findingOf(check, 'COI-PCCC-OBSERVERS')).toEqual({
        ruleId: 'COI-PCCC-OBSERVERS',
        severity: 'breach',
        message: `Ms O Observer, ${words}, has a vote; Healthwatch, Health and Wellbeing Board and local authority representatives sit on the committee as non-voting members.`,
        subjectIds: ['p-obs'],
        source: {
          document: '004_e95f1a032380c329.txt',
          section: 'Model C: Delegated commissioning, Governance',
        },
        evidence: { personId: 'p-obs', role, voting: true },
        remedy: 'Record Ms O Observer as a non-voting member.',
      });
    });

    it('returns one finding per voting observer, on a joint committee too', () => {
      const committee = withMembers(wiltshireJointCommittee, [
        { personId: 'w-council', name: 'Cllr M Young', role: 'local-authority', voting: true },
        { personId: 'w-hw', name: 'Mr N Zane', role: 'healthwatch', voting: true },
      ]);
      const check = checkCommittee(committee, { asOf });
      expect(check.findings.map((finding) => finding.subjectIds[0])).toEqual(['w-council', 'w-hw']);
    });
  });

  describe("when the CCG's own GPs vote on a PCCC (COI-PCCC-CCG-GP-NO-VOTE)", () => {
    it('returns advice per voting CCG GP, keeping the committee compliant', () => {
      const committee = withMembers(bmaModelPccc, [
        { personId: 'p-okafor', name: 'Dr B Okafor', role: 'ccg-gp', voting: true },
      ]);
      const check = checkCommittee(committee, { asOf });
      expect(check.compliant).toBe(true);
      expect(findingOf(check, 'COI-PCCC-CCG-GP-NO-VOTE')).toMatchObject({
        severity: 'advice',
        message:
          "Dr B Okafor, a CCG GP, has a vote; NHS England's conflicts guidance recommends that the CCG's own GPs have no vote on the PCCC.",
        subjectIds: ['p-okafor'],
        remedy:
          'Make Dr B Okafor a non-voting member, and keep clinical input through voting GPs from other CCG areas, the secondary care doctor or the nurse.',
      });
    });

    it('does not count a voting GP from another CCG area', () => {
      expect(ids(checkCommittee(bmaModelPccc, { asOf }))).not.toContain('COI-PCCC-CCG-GP-NO-VOTE');
    });
  });

  describe('when the committee says whether it meets in public (COI-PCCC-PUBLIC)', () => {
    it('returns unknown when it does not say, advice when it does not meet in public', () => {
      const { meetsInPublic: _, ...silent } = bmaModelPccc;
      expect(verdictOf(checkCommittee(silent, { asOf }), 'COI-PCCC-PUBLIC')?.verdict).toBe(
        'unknown',
      );
      const closed = checkCommittee({ ...bmaModelPccc, meetsInPublic: false }, { asOf });
      expect(findingOf(closed, 'COI-PCCC-PUBLIC')).toMatchObject({
        severity: 'advice',
        message:
          'The committee does not meet in public; PCCCs are expected to meet in public and publish their minutes.',
        evidence: { meetsInPublic: false },
      });
    });
  });

  describe('when given a governing body (GB-COMPOSITION, COI-GB-THREE-LAY)', () => {
    it('returns its statutory members as present and skips the PCCC rules', () => {
      const check = checkCommittee(governingBody, { asOf: '2016-06-27' });
      expect(check.findings).toEqual([]);
      expect(verdictOf(check, 'GB-COMPOSITION')?.verdict).toBe('pass');
      expect(verdictOf(check, 'COI-PCCC-LAY-CHAIR')?.skipped).toBe('other-kind');
      expect(verdictOf(check, 'COI-GB-THREE-LAY')?.skipped).toBe('not-in-force');
    });

    it('returns the three-lay advice from the 2016 guidance (2016-06-28)', () => {
      const check = checkCommittee(governingBody, { asOf: '2016-06-28' });
      expect(check.compliant).toBe(true);
      expect(findingOf(check, 'COI-GB-THREE-LAY')).toMatchObject({
        severity: 'advice',
        message:
          'The governing body has 2 lay members; the 2016 guidance recommends at least three.',
        evidence: { lay: 2, recommended: 3 },
        remedy: 'Appoint 1 more lay member, or explain why not (comply or explain).',
      });
      const three = withMembers(governingBody, [
        { personId: 'gb-lay-3', name: 'Mr F Ives', role: 'lay', voting: true },
      ]);
      expect(ids(checkCommittee(three, { asOf }))).toEqual([]);
    });

    it('returns a breach listing everything missing', () => {
      const thin = withMembers(
        governingBody,
        [],
        ['gb-cfo', 'gb-nurse', 'gb-sec', 'gb-lay-ppi', 'gb-gp-2'],
      );
      const finding = findingOf(checkCommittee(thin, { asOf }), 'GB-COMPOSITION');
      expect(finding).toEqual({
        ruleId: 'GB-COMPOSITION',
        severity: 'breach',
        message:
          'The governing body lacks at least six members (it has 4), two lay members (it has 1), the accountable officer and a chief finance officer (two executives; it has 1), a registered nurse and a secondary care specialist.',
        subjectIds: ['gb'],
        source: {
          document: 'DOMAIN.md',
          domainId: 'GB-COMPOSITION',
          section: 'Part 2 §1.4 rule 26 (S34, reg 11)',
        },
        evidence: { members: 4, lay: 1, executive: 1, nurse: 0, secondaryCareDoctor: 0 },
        remedy:
          'Appoint 1 more lay member, whichever of the accountable officer and the chief finance officer it lacks, a registered nurse and a secondary care specialist to the governing body, so that it has at least six members.',
      });
    });

    it('returns a breach at six members less one, and none at exactly six', () => {
      const six = withMembers(governingBody, [], ['gb-gp-2', 'gb-gp-3', 'gb-chair']);
      expect(ids(checkCommittee({ ...six, chairId: 'gb-ao' }, { asOf: '2016-01-01' }))).toEqual([]);
      const five = withMembers(six, [], ['gb-lay-ppi']);
      expect(
        findingOf(
          checkCommittee({ ...five, chairId: 'gb-ao' }, { asOf: '2016-01-01' }),
          'GB-COMPOSITION',
        )?.message,
      ).toBe(
        'The governing body lacks at least six members (it has 5) and two lay members (it has 1).',
      );
    });
  });

  describe('when the date is before the December 2014 guidance', () => {
    it('returns the PCCC rules as not in force on 2014-11-30 and in force on 2014-12-01', () => {
      const committee = { ...bmaModelPccc, chairId: 'p-patel' };
      const before = checkCommittee(committee, { asOf: '2014-11-30' });
      expect(before.compliant).toBe(true);
      expect(verdictOf(before, 'COI-PCCC-LAY-CHAIR')?.skipped).toBe('not-in-force');
      expect(verdictOf(before, 'COI-PCCC-CHAIR-IS-MEMBER')?.verdict).toBe('pass');
      expect(checkCommittee(committee, { asOf: '2014-12-01' }).compliant).toBe(false);
    });
  });

  describe('when given overrides', () => {
    it('turns a rule off, reporting it as turned off', () => {
      const committee = { ...bmaModelPccc, chairId: 'p-patel' };
      const check = checkCommittee(committee, {
        asOf,
        overrides: { 'COI-PCCC-LAY-CHAIR': { enabled: false } },
      });
      expect(check.compliant).toBe(true);
      expect(verdictOf(check, 'COI-PCCC-LAY-CHAIR')).toEqual({
        ruleId: 'COI-PCCC-LAY-CHAIR',
        verdict: 'not-applicable',
        severity: 'breach',
        skipped: 'turned-off',
      });
    });

    it('re-grades a breach to a warning, making the committee compliant', () => {
      const committee = { ...bmaModelPccc, chairId: 'p-patel' };
      const check = checkCommittee(committee, {
        asOf,
        overrides: { 'COI-PCCC-LAY-CHAIR': { severity: 'warning' } },
      });
      expect(check.compliant).toBe(true);
      expect(findingOf(check, 'COI-PCCC-LAY-CHAIR')?.severity).toBe('warning');
    });

    it('accepts overrides of rules from other parts of the catalogue', () => {
      expect(
        checkCommittee(bmaModelPccc, {
          asOf,
          overrides: { 'SEED-COI-MINIMUM': { enabled: false } },
        }).compliant,
      ).toBe(true);
    });

    it('throws unknown_rule_override for a misspelt rule ID', () => {
      const result = safeCheckCommittee(bmaModelPccc, {
        asOf,
        overrides: { 'COI-PCCC-LAY-CHIAR': { enabled: false } },
      });
      expect(result).toEqual({
        success: false,
        issues: [
          {
            code: 'unknown_rule_override',
            message:
              'There is no rule "COI-PCCC-LAY-CHIAR": check the spelling against COI_RULES or your local rules.',
            path: ['options', 'overrides', 'COI-PCCC-LAY-CHIAR'],
            ruleId: 'COI-PCCC-LAY-CHIAR',
          },
        ],
      });
    });

    it('throws unknown_rule_override for an appliesTo entry naming no rule', () => {
      expect(() => checkCommittee(bmaModelPccc, { asOf, appliesTo: { NOPE: ['pccc'] } })).toThrow(
        '[co-commissioning] unknown_rule_override: There is no rule "NOPE": check the spelling against COI_RULES or your local rules.',
      );
    });
  });

  describe('when given local rules', () => {
    const committee = { ...bmaModelPccc, viceChairId: 'p-grant' };

    it('runs them after the built-in rules, citing their own source', () => {
      const check = checkCommittee(committee, { asOf, localRules: [layViceChair] });
      expect(check.compliant).toBe(false);
      expect(check.findings.at(-1)).toEqual({
        ruleId: 'LOCAL-LAY-VICE-CHAIR',
        severity: 'breach',
        message: 'The vice-chair, Ms L Grant, is not a lay member.',
        subjectIds: ['p-grant'],
        source: { document: 'PCCC terms of reference', section: '4.2' },
        evidence: { viceChairRole: 'executive' },
        remedy: 'Appoint a lay vice-chair.',
      });
      expect(check.rulesApplied.at(-1)).toEqual({
        ruleId: 'LOCAL-LAY-VICE-CHAIR',
        verdict: 'fail',
        severity: 'breach',
      });
      expect(ids(checkCommittee(bmaModelPccc, { asOf, localRules: [layViceChair] }))).toEqual([
        'COI-PCCC-LAY-MAJORITY',
      ]);
    });

    it('skips them before they are in force, when turned off, and for other kinds', () => {
      expect(
        checkCommittee(committee, {
          asOf: '2016-03-31',
          localRules: [layViceChair],
        }).rulesApplied.at(-1)?.skipped,
      ).toBe('not-in-force');
      expect(
        checkCommittee(committee, {
          asOf,
          localRules: [layViceChair],
          overrides: { 'LOCAL-LAY-VICE-CHAIR': { enabled: false } },
        }).rulesApplied.at(-1)?.skipped,
      ).toBe('turned-off');
      expect(
        checkCommittee(committee, {
          asOf,
          localRules: [{ ...layViceChair, appliesTo: ['joint-committee'] }],
        }).rulesApplied.at(-1)?.skipped,
      ).toBe('other-kind');
    });

    it('limits them to the kinds of committee appliesTo gives', () => {
      const check = checkCommittee(committee, {
        asOf,
        localRules: [layViceChair],
        appliesTo: { 'LOCAL-LAY-VICE-CHAIR': ['governing-body'] },
      });
      expect(check.rulesApplied.at(-1)?.skipped).toBe('other-kind');
      expect(check.compliant).toBe(true);
    });

    it('re-grades them with overrides', () => {
      const check = checkCommittee(committee, {
        asOf,
        localRules: [layViceChair],
        overrides: { 'LOCAL-LAY-VICE-CHAIR': { severity: 'advice' } },
      });
      expect(check.compliant).toBe(true);
    });

    it('throws duplicate_id when a local rule reuses a built-in ID', () => {
      const result = safeCheckCommittee(committee, {
        asOf,
        localRules: [{ ...layViceChair, id: 'COI-PCCC-LAY-CHAIR' }],
      });
      expect(result.success ? [] : result.issues).toEqual([
        {
          code: 'duplicate_id',
          message:
            'The local rule ID "COI-PCCC-LAY-CHAIR" is already used by a built-in rule: give it an ID of its own.',
          path: ['options', 'localRules', 0, 'id'],
          id: 'COI-PCCC-LAY-CHAIR',
        },
      ]);
    });

    it('throws duplicate_id when two local rules share an ID', () => {
      expect(() =>
        checkCommittee(committee, { asOf, localRules: [layViceChair, layViceChair] }),
      ).toThrow(
        '[co-commissioning] duplicate_id: The local rule ID "LOCAL-LAY-VICE-CHAIR" is already used by another local rule: give it an ID of its own.',
      );
    });

    it('throws local_rule_failed when a check throws', () => {
      const broken: LocalCommitteeRule = {
        ...layViceChair,
        check: () => {
          throw new Error('no vice-chair data');
        },
      };
      const result = safeCheckCommittee(committee, { asOf, localRules: [broken] });
      expect(result.success ? [] : result.issues).toEqual([
        {
          code: 'local_rule_failed',
          message:
            'The local rule "LOCAL-LAY-VICE-CHAIR" failed while checking: no vice-chair data.',
          path: ['options', 'localRules', 'LOCAL-LAY-VICE-CHAIR'],
          ruleId: 'LOCAL-LAY-VICE-CHAIR',
        },
      ]);
    });

    it('throws local_rule_failed when a check throws something other than an error', () => {
      const broken: LocalCommitteeRule = {
        ...layViceChair,
        check: () => {
          throw 'oops';
        },
      };
      expect(() => checkCommittee(committee, { asOf, localRules: [broken] })).toThrow(
        '[co-commissioning] local_rule_failed: The local rule "LOCAL-LAY-VICE-CHAIR" failed while checking.',
      );
    });

    it('throws local_rule_failed when a check returns something other than findings', () => {
      const broken = {
        ...layViceChair,
        check: () => [{ message: '' }],
      } as unknown as LocalCommitteeRule;
      const result = safeCheckCommittee(committee, { asOf, localRules: [broken] });
      expect(result.success ? '' : result.issues[0].code).toBe('local_rule_failed');
      expect(result.success ? '' : result.issues[0].message).toMatch(
        /^The local rule "LOCAL-LAY-VICE-CHAIR" returned something other than a list of findings, each with a message, subjectIds and evidence \(/,
      );
    });

    it('refuses a local rule without a source or a check', () => {
      const { check: _, ...noCheck } = layViceChair;
      const result = safeCheckCommittee(committee, {
        asOf,
        localRules: [{ ...noCheck, sources: [] } as unknown as LocalCommitteeRule],
      });
      expect(result.success ? [] : result.issues.map((issue) => issue.message)).toEqual([
        'Cite at least one source for the local rule, such as your terms of reference. (at options.localRules.0.sources)',
        'Give the local rule a check function. (at options.localRules.0.check)',
      ]);
    });
  });

  describe('when the input is malformed', () => {
    it('throws invalid_input naming the field, for an unknown kind', () => {
      expect(() =>
        checkCommittee({ ...bmaModelPccc, kind: 'board' } as unknown as Committee, { asOf }),
      ).toThrowErrorMatchingInlineSnapshot(
        `[CoCommissioningError: [co-commissioning] invalid_input: Give the committee kind as one of: pccc, joint-committee, governing-body, other. (at committee.kind)]`,
      );
    });

    it('throws duplicate_id when a person is listed twice', () => {
      const committee = withMembers(bmaModelPccc, []);
      const twice = {
        ...committee,
        members: [...committee.members, committee.members[0] as Committee['members'][number]],
      };
      const result = safeCheckCommittee(twice, { asOf });
      expect(result.success ? [] : result.issues).toEqual([
        {
          code: 'duplicate_id',
          message:
            'Person "p-hughes" appears more than once in the committee\'s member list: list each once.',
          path: ['committee', 'members', 13],
          id: 'p-hughes',
        },
      ]);
    });

    it('throws invalid_input for a date that does not exist', () => {
      const result = safeCheckCommittee(bmaModelPccc, { asOf: '2017-02-29' });
      expect(result.success ? [] : result.issues).toEqual([
        {
          code: 'invalid_input',
          message:
            'Give a real calendar date written YYYY-MM-DD, such as 2016-04-01. (at options.asOf)',
          path: ['options', 'asOf'],
          expected: 'custom',
          received: 'the text "2017-02-29"',
        },
      ]);
    });

    it('throws invalid_input for an unknown option', () => {
      const options = { asOf, strict: true } as unknown as CheckCommitteeOptions;
      expect(() => checkCommittee(bmaModelPccc, options)).toThrow(
        '[co-commissioning] invalid_input: Remove the field "strict" at options: not part of this record.',
      );
    });

    it('never throws from the safe door, even on hostile input', () => {
      const hostile = {
        get id(): string {
          throw new Error('boom');
        },
      } as unknown as Committee;
      const result = safeCheckCommittee(hostile, { asOf });
      expect(result.success).toBe(false);
      fc.assert(
        fc.property(fc.anything(), fc.anything(), (committee, options) => {
          const outcome = safeCheckCommittee(
            committee as Committee,
            options as CheckCommitteeOptions,
          );
          return outcome.success === false || outcome.data.committeeId !== undefined;
        }),
      );
    });
  });

  describe('when given frozen input', () => {
    it('does not mutate its arguments', () => {
      const committee = deepFreeze(structuredClone({ ...bmaModelPccc, chairId: 'p-patel' }));
      const options = deepFreeze({
        asOf,
        overrides: { 'COI-PCCC-LAY-MAJORITY': { severity: 'breach' as const } },
      });
      expect(() =>
        checkCommittee(committee, { ...options, localRules: [deepFreeze({ ...layViceChair })] }),
      ).not.toThrow();
      expect(committee.chairId).toBe('p-patel');
    });

    it('returns a deeply frozen result', () => {
      const check = checkCommittee(
        { ...bmaModelPccc, chairId: 'p-patel', viceChairId: 'p-evans' },
        { asOf, localRules: [layViceChair] },
      );
      expect(check.findings.length).toBeGreaterThan(2);
      expect(isDeepFrozen(check)).toBe(true);
    });

    it('returns the same result for the same input', () => {
      expect(checkCommittee(bmaModelPccc, { asOf })).toEqual(
        checkCommittee(bmaModelPccc, { asOf }),
      );
    });
  });
});

describe('safeCheckCommittee', () => {
  describe('when the committee is well formed', () => {
    it('returns the check', () => {
      const result = safeCheckCommittee(bmaModelPccc, { asOf });
      expect(result.success && result.data.compliant).toBe(true);
    });
  });
});

describe('checkParsedCommittee', () => {
  describe('when given a parsed committee', () => {
    it('returns the same check as checkCommittee (property over committees of random roles)', () => {
      const roles = MemberRoleSchema.options;
      const member = fc.record({
        role: fc.constantFrom(...roles),
        voting: fc.boolean(),
      });
      fc.assert(
        fc.property(
          fc.array(member, { maxLength: 14 }),
          fc.constantFrom('pccc', 'joint-committee', 'governing-body', 'other'),
          fc.nat(15),
          fc.constantFrom('2014-11-30', '2015-06-01', '2017-07-01'),
          (list, kind, chairIndex, date) => {
            const committee: Committee = {
              id: 'c',
              name: 'C',
              kind,
              chairId: `m-${chairIndex}`,
              members: list.map((m, index) => ({
                ...m,
                personId: `m-${index}`,
                name: `M ${index}`,
              })),
            };
            const slow = checkCommittee(committee, { asOf: date });
            const fast = checkParsedCommittee(parseCommittee(committee), { asOf: date });
            return JSON.stringify(slow) === JSON.stringify(fast);
          },
        ),
      );
    });
  });

  describe('when asOf is malformed', () => {
    it('throws invalid_input at options.asOf, as checkCommittee does', () => {
      expect(() =>
        checkParsedCommittee(parseCommittee(bmaModelPccc), { asOf: '2017/07/01' }),
      ).toThrow(
        '[co-commissioning] invalid_input: Give a date written YYYY-MM-DD, such as 2016-04-01. (at options.asOf)',
      );
    });
  });
});
