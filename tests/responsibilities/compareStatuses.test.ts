import {
  COMMISSIONING_STATUSES,
  CoCommissioningError,
  type CommissioningStatus,
  compareStatuses,
  PRIMARY_CARE_FUNCTIONS,
  type ResponsibilityOptions,
  responsibility,
  safeCompareStatuses,
} from 'co-commissioning';
import { deepFreeze, isDeepFrozen } from 'co-commissioning/testing';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BMA_MODEL_B_FUNCTIONS, BMA_MODEL_C_FUNCTIONS } from './fixtures.js';

const statusArbitrary = fc.constantFrom(...COMMISSIONING_STATUSES);

const COMPLAINTS_BY_CCG: ResponsibilityOptions = {
  arrangements: {
    complaints: {
      decidedBy: 'ccg',
      ccgRole: 'decides',
      evidence: 'Delegation agreement, schedule 2',
    },
  },
};

const optionsArbitrary: fc.Arbitrary<ResponsibilityOptions> = fc
  .subarray(
    PRIMARY_CARE_FUNCTIONS.filter((entry) => entry.reservedToNhsEngland === undefined).map(
      (entry) => entry.id,
    ),
    { maxLength: 3 },
  )
  .map((ids) => ({
    arrangements: Object.fromEntries(
      ids.map((id) => [
        id,
        { decidedBy: 'ccg', ccgRole: 'decides', evidence: `Local paper on ${id}` },
      ]),
    ),
  }));

describe('compareStatuses', () => {
  describe('when a CCG asks what changes if it moves from joint (B) to delegated (C)', () => {
    const changes = compareStatuses('B', 'C');

    it('returns each function the CCG comes to decide alone, in catalogue order', () => {
      expect(changes.map((change) => change.functionId)).toEqual([
        'general-practice-commissioning',
        'local-incentive-schemes',
        'primary-care-budget',
        'complaints',
        'practice-performance-management',
        'gp-contracts',
        'enhanced-services',
        'new-practices',
        'practice-mergers',
        'discretionary-payments',
        'premises-costs',
        'contract-terminations',
        'practice-boundary-changes',
        'urgent-care-out-of-area-patients',
        'primary-care-planning-and-review',
        'poorly-performing-practices',
        'communications-and-engagement-advice',
      ]);
    });

    it('returns both sides of a practice merger, each cited to the BMA lists', () => {
      const mergers = changes.find((change) => change.functionId === 'practice-mergers');
      expect(mergers?.from.decidedBy).toBe('joint');
      expect(mergers?.from.sources).toContainEqual(BMA_MODEL_B_FUNCTIONS);
      expect(mergers?.to.decidedBy).toBe('ccg');
      expect(mergers?.to.sources).toContainEqual(BMA_MODEL_C_FUNCTIONS);
      expect(mergers?.direction).toBe('ccg-gains');
      expect(mergers?.summary).toBe(
        'Approving practice mergers: under Model B the CCG and NHS England decide jointly; under Model C the CCG decides alone.',
      );
    });

    it('flags complaints, where the sources disagree, and says so in its summary', () => {
      const complaints = changes.find((change) => change.functionId === 'complaints');
      expect(complaints?.sourcesDisagree).toBe(true);
      expect(complaints?.direction).toBe('ccg-loses');
      expect(complaints?.summary).toBe(
        'Complaints management: under Model B the CCG and NHS England decide jointly; under Model C NHS England decides and the CCG has no role. The sources disagree: see alternatives.',
      );
    });

    it('leaves out functions NHS England keeps either way', () => {
      const ids = changes.map((change) => change.functionId);
      expect(ids).not.toContain('pharmacy-eye-dental-commissioning');
      expect(ids).not.toContain('performers-list-appraisal-revalidation');
      expect(ids).not.toContain('capital-expenditure');
    });
  });

  describe('when the CCG records that it handles complaints under delegation', () => {
    it('returns complaints as a gain for the CCG, citing its evidence on the Model C side', () => {
      const complaints = compareStatuses('B', 'C', COMPLAINTS_BY_CCG).find(
        (change) => change.functionId === 'complaints',
      );
      expect(complaints?.direction).toBe('ccg-gains');
      expect(complaints?.to.basis).toBe('local-arrangement');
      expect(complaints?.to.sources).toEqual([{ document: 'Delegation agreement, schedule 2' }]);
      expect(complaints?.from.basis).toBe('national-baseline');
    });
  });

  describe('when moving from no co-commissioning to greater involvement (A)', () => {
    it('returns the functions where the CCG gains influence, with the summary wording', () => {
      const changes = compareStatuses('none', 'A');
      expect(changes.every((change) => change.to.ccgRole === 'influence')).toBe(true);
      expect(changes[0]?.summary).toBe(
        'General practice commissioning: with no co-commissioning NHS England decides and the CCG has no role; under Model A NHS England decides and the CCG has influence.',
      );
    });
  });

  describe('when a status is unknown', () => {
    it('throws unknown_status naming which side is wrong', () => {
      expect(() => compareStatuses('B', 'Level 3' as CommissioningStatus)).toThrow(
        CoCommissioningError,
      );
      const result = safeCompareStatuses('Level 2', 'Level 3');
      expect(result.success ? [] : result.issues).toEqual([
        {
          code: 'unknown_status',
          message:
            'Unknown co-commissioning status: received the text "Level 2". Use none (no co-commissioning), A (greater involvement), B (joint commissioning) or C (delegated commissioning).',
          path: ['from'],
          received: 'the text "Level 2"',
        },
        {
          code: 'unknown_status',
          message:
            'Unknown co-commissioning status: received the text "Level 3". Use none (no co-commissioning), A (greater involvement), B (joint commissioning) or C (delegated commissioning).',
          path: ['to'],
          received: 'the text "Level 3"',
        },
      ]);
    });
  });

  describe('when the options are malformed', () => {
    it('returns the same issues as responsibility', () => {
      const result = safeCompareStatuses('B', 'C', {
        arrangements: { complaint: { decidedBy: 'ccg', ccgRole: 'decides', evidence: 'x' } },
      });
      expect(result.success ? [] : result.issues.map((issue) => issue.code)).toEqual([
        'unknown_function',
      ]);
    });
  });

  describe('when called', () => {
    it('does not mutate its arguments', () => {
      const options = deepFreeze(structuredClone(COMPLAINTS_BY_CCG));
      expect(() => compareStatuses('B', 'C', options)).not.toThrow();
      expect(options).toEqual(COMPLAINTS_BY_CCG);
    });

    it('returns a deeply frozen result', () => {
      expect(isDeepFrozen(compareStatuses('A', 'C', COMPLAINTS_BY_CCG))).toBe(true);
      expect(isDeepFrozen(compareStatuses('C', 'C'))).toBe(true);
    });
  });

  describe('laws', () => {
    it('comparing a status with itself gives no changes', () => {
      fc.assert(
        fc.property(statusArbitrary, optionsArbitrary, (status, options) => {
          expect(compareStatuses(status, status, options)).toEqual([]);
        }),
      );
    });

    it('lists exactly the functions whose decidedBy or ccgRole differs, with both sides as responsibility gives them', () => {
      fc.assert(
        fc.property(statusArbitrary, statusArbitrary, optionsArbitrary, (from, to, options) => {
          const expected = PRIMARY_CARE_FUNCTIONS.flatMap((entry) => {
            const before = responsibility(entry.id, from, options);
            const after = responsibility(entry.id, to, options);
            return before.decidedBy !== after.decidedBy || before.ccgRole !== after.ccgRole
              ? [{ functionId: entry.id, from: before, to: after }]
              : [];
          });
          const actual = compareStatuses(from, to, options).map(
            ({ functionId, from: before, to: after }) => ({
              functionId,
              from: before,
              to: after,
            }),
          );
          expect(actual).toEqual(expected);
        }),
      );
    });

    it('is symmetric: swapping the statuses swaps the sides and reverses the direction', () => {
      fc.assert(
        fc.property(statusArbitrary, statusArbitrary, (a, b) => {
          const forward = compareStatuses(a, b);
          const backward = compareStatuses(b, a);
          expect(backward.map((change) => change.functionId)).toEqual(
            forward.map((change) => change.functionId),
          );
          forward.forEach((change, index) => {
            expect(backward[index]?.from).toEqual(change.to);
            expect(backward[index]?.direction).not.toBe(change.direction);
          });
        }),
      );
    });

    it('the safe door never throws, whatever it is given', () => {
      fc.assert(
        fc.property(fc.anything(), fc.anything(), fc.anything(), (from, to, options) => {
          return typeof safeCompareStatuses(from, to, options).success === 'boolean';
        }),
      );
    });
  });
});
