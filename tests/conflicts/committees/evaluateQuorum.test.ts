import {
  type Committee,
  evaluateQuorum,
  type MemberMatcher,
  type Quorum,
  QuorumRuleSchema,
  safeEvaluateQuorum,
} from 'co-commissioning';
import { deepFreeze, isDeepFrozen } from 'co-commissioning/testing';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bmaModelPccc, committeeOf } from './fixtures.js';

// The quorum rules of the four case-study PCCCs (DOMAIN PCCC-QUORUM-LOCAL, rule 23, S20).
// The third is given as "4 members incl. chief officer or CFO + two of {lay member (audit or
// PPI), lay person, nurse, secondary care consultant} incl. chair or vice-chair": the last
// clause can attach to the two (reading A) or to the four (reading B); both are expressible.

/** "≥3 members incl. a lay member and (chief officer | CFO | chief of service delivery & quality)". */
const quorumOne: Quorum = {
  rule: {
    kind: 'all-of',
    rules: [
      { kind: 'at-least', count: 3 },
      { kind: 'at-least', count: 1, of: { roles: ['lay'] }, label: 'a lay member' },
      {
        kind: 'any-of',
        label: 'the chief officer, the CFO or the chief of service delivery and quality',
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

/** "1 lay + 1 GP + 1 executive". */
const quorumTwo: Quorum = {
  rule: {
    kind: 'all-of',
    rules: [
      { kind: 'at-least', count: 1, of: { roles: ['lay'] }, label: 'a lay member' },
      { kind: 'at-least', count: 1, of: { roles: ['ccg-gp', 'other-area-gp'] }, label: 'a GP' },
      { kind: 'at-least', count: 1, of: { roles: ['executive'] }, label: 'an executive' },
    ],
  },
};

const group: MemberMatcher = { roles: ['lay', 'nurse', 'secondary-care-doctor'] };

/** Reading A: four members incl. the CO or CFO, and two of the group, one of them chair or vice-chair. */
const quorumThreeA: Quorum = {
  rule: {
    kind: 'all-of',
    rules: [
      { kind: 'at-least', count: 4 },
      { kind: 'at-least', count: 1, of: { posts: ['chief-officer', 'chief-finance-officer'] } },
      { kind: 'at-least', count: 2, of: group },
      { kind: 'at-least', count: 1, of: { ...group, offices: ['chair', 'vice-chair'] } },
    ],
  },
};

/** Reading B: four members incl. the CO or CFO, two of the group, and the chair or vice-chair. */
const quorumThreeB: Quorum = {
  rule: {
    kind: 'all-of',
    rules: [
      { kind: 'at-least', count: 4 },
      { kind: 'at-least', count: 1, of: { posts: ['chief-officer', 'chief-finance-officer'] } },
      { kind: 'at-least', count: 2, of: group },
      { kind: 'at-least', count: 1, of: { offices: ['chair', 'vice-chair'] } },
    ],
  },
};

const pccc: Committee = bmaModelPccc;
// Present: Hughes (lay chair), Bell (lay vice-chair), Osei (lay), Grant (chief officer),
// Evans (CFO), Mensah (other-area GP), Roberts (secondary care), Adeyemi (nurse).

describe('evaluateQuorum', () => {
  describe('when the quorum is "three members including a lay member and the CO, CFO or chief of service delivery" (DOMAIN rule 23, first)', () => {
    const committee = { ...pccc, quorum: quorumOne };

    it('returns quorate with exactly three: a lay member, the chief officer and one more', () => {
      const evaluation = evaluateQuorum(committee, ['p-hughes', 'p-grant', 'p-roberts']);
      expect(evaluation.quorate).toBe(true);
      expect(evaluation.message).toBe(
        'Quorate: 3 members count toward quorum (Mrs R Hughes, Ms L Grant and Dr M Roberts).',
      );
      expect(evaluation.source).toEqual(quorumOne.source);
    });

    it('returns not quorate one short of three', () => {
      const evaluation = evaluateQuorum(committee, ['p-hughes', 'p-grant']);
      expect(evaluation.quorate).toBe(false);
      expect(evaluation.missing).toEqual(['at least 3 members (2 counted, 3 needed)']);
    });

    it('returns not quorate without a lay member, or without the named officers', () => {
      expect(evaluateQuorum(committee, ['p-grant', 'p-roberts', 'p-mensah']).missing).toEqual([
        'a lay member (0 counted, 1 needed)',
      ]);
      expect(evaluateQuorum(committee, ['p-hughes', 'p-roberts', 'p-mensah']).missing).toEqual([
        'one of: at least 1 member (post chief-officer) (0 counted, 1 needed) or at least 1 member (post chief-finance-officer) (0 counted, 1 needed) or at least 1 member (post chief-of-service-delivery-and-quality) (0 counted, 1 needed)',
      ]);
      expect(evaluateQuorum(committee, ['p-hughes', 'p-evans', 'p-mensah']).quorate).toBe(true);
    });
  });

  describe('when the quorum is "one lay member, one GP and one executive" (DOMAIN rule 23, second)', () => {
    const committee = { ...pccc, quorum: quorumTwo };

    it('returns quorate with exactly one of each', () => {
      expect(evaluateQuorum(committee, ['p-osei', 'p-mensah', 'p-evans']).quorate).toBe(true);
    });

    it('returns not quorate without the GP, naming what is missing', () => {
      const evaluation = evaluateQuorum(committee, ['p-osei', 'p-evans', 'p-roberts']);
      expect(evaluation.quorate).toBe(false);
      expect(evaluation.message).toBe(
        'Not quorate: 3 members count toward quorum (Ms F Osei, Mr D Evans and Dr M Roberts); the quorum needs a GP (0 counted, 1 needed).',
      );
    });

    it('does not count a GP without a vote', () => {
      expect(evaluateQuorum(committee, ['p-osei', 'p-okafor', 'p-evans']).quorate).toBe(false);
    });
  });

  describe('when the quorum is "four members including the CO or CFO and two of {lay, nurse, secondary care} including the chair or vice-chair" (DOMAIN rule 23, third)', () => {
    it('returns quorate under both readings with exactly four: CFO, lay chair, nurse and one more', () => {
      const present = ['p-evans', 'p-hughes', 'p-adeyemi', 'p-mensah'];
      expect(evaluateQuorum({ ...pccc, quorum: quorumThreeA }, present).quorate).toBe(true);
      expect(evaluateQuorum({ ...pccc, quorum: quorumThreeB }, present).quorate).toBe(true);
    });

    it('returns not quorate one short of four', () => {
      const present = ['p-evans', 'p-hughes', 'p-adeyemi'];
      expect(evaluateQuorum({ ...pccc, quorum: quorumThreeA }, present).missing).toEqual([
        'at least 4 members (3 counted, 4 needed)',
      ]);
    });

    it('returns not quorate with only one of the group', () => {
      const present = ['p-evans', 'p-hughes', 'p-mensah', 'p-grant'];
      expect(evaluateQuorum({ ...pccc, quorum: quorumThreeA }, present).missing).toEqual([
        'at least 2 members (a lay member, a nurse or a secondary care doctor) (1 counted, 2 needed)',
      ]);
    });

    it('tells the readings apart when the vice-chair is the chief officer', () => {
      const committee = { ...pccc, viceChairId: 'p-grant' };
      const present = ['p-grant', 'p-osei', 'p-adeyemi', 'p-mensah'];
      expect(evaluateQuorum({ ...committee, quorum: quorumThreeA }, present).missing).toEqual([
        'at least 1 member (a lay member, a nurse or a secondary care doctor; the chair or vice-chair) (0 counted, 1 needed)',
      ]);
      expect(evaluateQuorum({ ...committee, quorum: quorumThreeB }, present).quorate).toBe(true);
    });
  });

  describe('when the quorum is a share of the voting members', () => {
    const moreThanHalf: Quorum = {
      rule: { kind: 'share', ratio: { numerator: 1, denominator: 2 }, comparator: '>' },
    };
    const committee = { ...pccc, quorum: moreThanHalf };
    const voting = pccc.members.filter((member) => member.voting).map((member) => member.personId);

    it('returns not quorate at exactly half (4 of 8) and quorate at half plus one', () => {
      const half = evaluateQuorum(committee, voting.slice(0, 4));
      expect(half.quorate).toBe(false);
      expect(half.outcome).toMatchObject({
        description: 'more than 50% of the members',
        counted: 4,
        required: 5,
        base: 8,
        share: { numerator: 4, denominator: 8 },
        threshold: { numerator: 1, denominator: 2 },
        comparator: '>',
      });
      expect(evaluateQuorum(committee, voting.slice(0, 5)).quorate).toBe(true);
    });

    it('returns quorate at exactly half when the comparator is ">="', () => {
      const atLeastHalf = {
        ...committee,
        quorum: { rule: { ...moreThanHalf.rule, comparator: '>=' as const } },
      };
      expect(evaluateQuorum(atLeastHalf, voting.slice(0, 4)).quorate).toBe(true);
      expect(evaluateQuorum(atLeastHalf, voting.slice(0, 3)).quorate).toBe(false);
    });

    it('is met exactly when the counted members are more than half of the base (property)', () => {
      fc.assert(
        fc.property(
          fc.integer({ min: 0, max: 12 }),
          fc.integer({ min: 0, max: 12 }),
          (size, seen) => {
            const base = committeeOf({ lay: size });
            const present = base.members.slice(0, Math.min(seen, size)).map((m) => m.personId);
            const evaluation = evaluateQuorum({ ...base, quorum: moreThanHalf }, present);
            return evaluation.quorate === (size > 0 && 2 * present.length > size);
          },
        ),
      );
    });

    it('returns not quorate for a share of nobody, with no share given', () => {
      const nobody = {
        ...pccc,
        quorum: {
          rule: { ...moreThanHalf.rule, of: { roles: ['practice-manager' as const] } },
        },
      };
      const evaluation = evaluateQuorum(nobody, voting);
      expect(evaluation.quorate).toBe(false);
      expect(evaluation.outcome.share).toBeUndefined();
      expect(evaluation.outcome.required).toBe(1);
      expect(evaluation.outcome.description).toBe(
        'more than 50% of the members (a practice manager)',
      );
    });

    it('words a share that is not a whole percentage', () => {
      const twoThirds = {
        ...pccc,
        quorum: {
          rule: {
            kind: 'share' as const,
            ratio: { numerator: 2, denominator: 3 },
            comparator: '>=' as const,
          },
        },
      };
      expect(evaluateQuorum(twoThirds, voting).outcome.description).toBe(
        'at least 66.67% of the members',
      );
    });
  });

  describe('when members are withdrawn or may only discuss', () => {
    const committee = { ...pccc, quorum: { rule: { kind: 'at-least' as const, count: 3 } } };
    const present = ['p-hughes', 'p-grant', 'p-mensah'];

    it('never counts withdrawn members', () => {
      expect(evaluateQuorum(committee, present, { withdrawnIds: ['p-mensah'] }).quorate).toBe(
        false,
      );
    });

    it('does not count discussion-only members by default (Q4), and counts them when asked', () => {
      expect(evaluateQuorum(committee, present, { discussionOnlyIds: ['p-mensah'] }).quorate).toBe(
        false,
      );
      expect(
        evaluateQuorum(committee, present, {
          discussionOnlyIds: ['p-mensah'],
          countsDiscussionOnlyMembers: true,
        }).quorate,
      ).toBe(true);
      const ruled = {
        ...committee,
        quorum: { ...committee.quorum, countsDiscussionOnlyMembers: true },
      };
      expect(evaluateQuorum(ruled, present, { discussionOnlyIds: ['p-mensah'] }).quorate).toBe(
        true,
      );
      expect(
        evaluateQuorum(ruled, present, {
          discussionOnlyIds: ['p-mensah'],
          countsDiscussionOnlyMembers: false,
        }).quorate,
      ).toBe(false);
    });

    it('counts non-voting members only when the quorum says so', () => {
      const observers = ['p-hughes', 'p-shah', 'p-wood'];
      expect(evaluateQuorum(committee, observers).quorate).toBe(false);
      const counting = {
        ...committee,
        quorum: { ...committee.quorum, countsNonVotingMembers: true },
      };
      expect(evaluateQuorum(counting, observers).quorate).toBe(true);
    });

    it('does not count people who are not members', () => {
      const evaluation = evaluateQuorum(committee, ['p-hughes', 'p-grant', 'visitor']);
      expect(evaluation.countedIds).toEqual(['p-hughes', 'p-grant']);
      expect(evaluateQuorum(committee, []).message).toBe(
        'Not quorate: 0 members count toward quorum (nobody); the quorum needs at least 3 members (0 counted, 3 needed).',
      );
    });
  });

  describe('when a clause names people or offices', () => {
    it('matches by person ID and by office', () => {
      const committee = {
        ...pccc,
        quorum: {
          rule: {
            kind: 'all-of' as const,
            rules: [
              { kind: 'at-least' as const, count: 1, of: { personIds: ['p-grant', 'p-evans'] } },
              { kind: 'at-least' as const, count: 1, of: { offices: ['chair' as const] } },
            ],
          },
        },
      };
      expect(evaluateQuorum(committee, ['p-evans', 'p-hughes']).quorate).toBe(true);
      expect(evaluateQuorum(committee, ['p-evans', 'p-bell']).missing).toEqual([
        'at least 1 member (the chair) (0 counted, 1 needed)',
      ]);
      expect(evaluateQuorum(committee, ['p-hughes']).missing).toEqual([
        'at least 1 member (one of p-grant and p-evans) (0 counted, 1 needed)',
      ]);
    });

    it('uses an any-of clause label and names its alternatives when unmet', () => {
      const committee = {
        ...pccc,
        quorum: {
          rule: {
            kind: 'any-of' as const,
            rules: [
              { kind: 'at-least' as const, count: 5 },
              {
                kind: 'at-least' as const,
                count: 1,
                of: { roles: ['lay' as const] },
                label: 'a lay member',
              },
            ],
          },
        },
      };
      const evaluation = evaluateQuorum(committee, ['p-grant']);
      expect(evaluation.outcome.description).toBe('one of: at least 5 members or a lay member');
      expect(evaluation.missing).toEqual([
        'one of: at least 5 members (1 counted, 5 needed) or a lay member (0 counted, 1 needed)',
      ]);
    });
  });

  describe('when the quorum comes from the options', () => {
    it('uses it instead of the committee own', () => {
      const committee = { ...pccc, quorum: { rule: { kind: 'at-least' as const, count: 1 } } };
      expect(
        evaluateQuorum(committee, ['p-hughes'], {
          quorum: { rule: { kind: 'at-least', count: 2 } },
        }).quorate,
      ).toBe(false);
    });
  });

  describe('when there is no quorum rule', () => {
    it('throws missing_quorum_rule', () => {
      expect(() => evaluateQuorum(pccc, [])).toThrowErrorMatchingInlineSnapshot(
        `[CoCommissioningError: [co-commissioning] missing_quorum_rule: The committee "pccc-model" has no quorum rule: give its quorum from the terms of reference (committee.quorum or options.quorum).]`,
      );
      const result = safeEvaluateQuorum(pccc, []);
      expect(result.success ? null : result.issues[0]).toEqual({
        code: 'missing_quorum_rule',
        message:
          'The committee "pccc-model" has no quorum rule: give its quorum from the terms of reference (committee.quorum or options.quorum).',
        path: ['committee', 'quorum'],
        committeeId: 'pccc-model',
      });
    });
  });

  describe('when the input is malformed', () => {
    it('throws invalid_input for a count below one', () => {
      const committee = { ...pccc, quorum: { rule: { kind: 'at-least' as const, count: 0 } } };
      expect(() => evaluateQuorum(committee, [])).toThrow(
        '[co-commissioning] invalid_input: The count must be at least 1. (at committee.quorum.rule.count)',
      );
    });

    it('throws invalid_input for an unknown clause kind, and for a bad attendance list', () => {
      expect(QuorumRuleSchema.safeParse({ kind: 'most' }).error?.issues[0]?.message).toBe(
        'Give the quorum clause kind as one of: at-least, share, all-of, any-of.',
      );
      const committee = { ...pccc, quorum: { rule: { kind: 'at-least' as const, count: 1 } } };
      const result = safeEvaluateQuorum(committee, [''] as string[]);
      expect(result.success ? null : result.issues[0]?.path).toEqual(['presentIds', 0]);
    });

    it('throws invalid_input for an empty all-of clause', () => {
      const committee = { ...pccc, quorum: { rule: { kind: 'all-of' as const, rules: [] } } };
      expect(safeEvaluateQuorum(committee, []).success).toBe(false);
    });
  });

  describe('when given frozen input', () => {
    const committee = { ...pccc, quorum: quorumThreeA };

    it('does not mutate its arguments', () => {
      const frozen = deepFreeze(structuredClone(committee));
      const present = deepFreeze(['p-evans', 'p-hughes']);
      expect(() =>
        evaluateQuorum(frozen, present, deepFreeze({ withdrawnIds: ['p-hughes'] })),
      ).not.toThrow();
    });

    it('returns a deeply frozen result', () => {
      expect(isDeepFrozen(evaluateQuorum(committee, ['p-evans', 'p-hughes']))).toBe(true);
    });
  });
});
