import {
  type Committee,
  CommitteeMemberSchema,
  CommitteeSchema,
  parseCommittee,
  safeParseCommittee,
} from 'co-commissioning';
import { deepFreeze, isDeepFrozen } from 'co-commissioning/testing';
import { describe, expect, it } from 'vitest';
import { bmaModelPccc, wiltshireJointCommittee } from './fixtures.js';

describe('parseCommittee', () => {
  describe('when given a well-formed committee', () => {
    it('returns an equal, deeply frozen copy', () => {
      const input = structuredClone(bmaModelPccc) as Committee;
      const parsed = parseCommittee(input);
      expect(parsed).toEqual(input);
      expect(parsed).not.toBe(input);
      expect(isDeepFrozen(parsed)).toBe(true);
      expect(Object.isFrozen(input)).toBe(false);
    });

    it('does not mutate its arguments', () => {
      const frozen = deepFreeze(structuredClone(wiltshireJointCommittee));
      expect(parseCommittee(frozen)).toEqual(frozen);
    });
  });

  describe('when the committee is malformed', () => {
    it('throws invalid_input naming each problem and where it is', () => {
      const result = safeParseCommittee({
        id: '',
        name: 'PCCC',
        kind: 'pccc',
        chairId: 'p-1',
        members: [{ personId: 'p-1', name: 'A', role: 'chair', voting: 'yes' }],
      });
      expect(
        result.success ? [] : result.issues.map((issue) => [issue.path, issue.message]),
      ).toEqual([
        [['committee', 'id'], 'Give the committee ID: it cannot be empty. (at committee.id)'],
        [
          ['committee', 'members', 0, 'role'],
          'Give the member role as one of: lay, executive, ccg-gp, other-area-gp, secondary-care-doctor, nurse, practice-manager, lmc, healthwatch, health-and-wellbeing-board, local-authority, nhs-england. (at committee.members.0.role)',
        ],
        [
          ['committee', 'members', 0, 'voting'],
          'Say whether the member has a vote: true for a voting member, false otherwise. (at committee.members.0.voting)',
        ],
      ]);
    });

    it('throws duplicate_id for each repeated person', () => {
      const member = { personId: 'p-1', name: 'A', role: 'lay', voting: true } as const;
      expect(() =>
        parseCommittee({
          id: 'c',
          name: 'C',
          kind: 'pccc',
          chairId: 'p-1',
          members: [member, member],
        }),
      ).toThrowErrorMatchingInlineSnapshot(
        `[CoCommissioningError: [co-commissioning] duplicate_id: Person "p-1" appears more than once in the committee's member list: list each once.]`,
      );
    });

    it('throws invalid_input for a field that is not part of a committee', () => {
      expect(() => parseCommittee({ ...bmaModelPccc, lmcSeat: true })).toThrow(
        '[co-commissioning] invalid_input: Remove the field "lmcSeat" at committee: not part of this record.',
      );
    });

    it('returns the issues from the safe door rather than throwing, for anything at all', () => {
      for (const input of [null, undefined, 42, 'pccc', [], {}]) {
        expect(safeParseCommittee(input).success).toBe(false);
      }
    });
  });
});

describe('CommitteeSchema', () => {
  describe('when given the fixed public shape with the optional extras', () => {
    it('accepts a post, a vice-chair, a quorum and meetsInPublic', () => {
      expect(
        CommitteeSchema.safeParse({
          ...bmaModelPccc,
          quorum: { rule: { kind: 'at-least', count: 3 } },
        }).success,
      ).toBe(true);
      expect(
        CommitteeMemberSchema.safeParse({
          personId: 'p',
          name: 'P',
          role: 'lay',
          voting: true,
          post: '',
        }).success,
      ).toBe(false);
    });
  });
});
