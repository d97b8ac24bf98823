import {
  COMMISSIONING_STATUSES,
  CoCommissioningError,
  type LocalArrangement,
  PRIMARY_CARE_FUNCTIONS,
  type PrimaryCareFunctionId,
  type ResponsibilityOptions,
  responsibility,
  safeResponsibility,
} from 'co-commissioning';
import { deepFreeze, isDeepFrozen } from 'co-commissioning/testing';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BEDS_CCG_LIST,
  BEDS_NHSE_LIST,
  BMA_MODEL_B_FUNCTIONS,
  BMA_MODEL_C_FUNCTIONS,
  BMA_WONT,
  DESIGN_FUNCTION_IDS,
  MODEL_ENUM,
  SEED_000,
  SEED_003,
  SOMERSET_FULL,
  SOUTHWARK_COLUMNS,
  SOUTHWARK_LEVEL_THREE,
  SOUTHWARK_TABLE,
  southwarkCitation,
  southwarkMeaning,
} from './fixtures.js';

const IDS = PRIMARY_CARE_FUNCTIONS.map((entry) => entry.id);
const idArbitrary = fc.constantFrom(...IDS);
const statusArbitrary = fc.constantFrom(...COMMISSIONING_STATUSES);

const ALL_IDS_TEXT =
  'general-practice-commissioning, pharmacy-eye-dental-commissioning, local-incentive-schemes, primary-care-budget, complaints, practice-performance-management, performers-list-appraisal-revalidation, gp-contracts, enhanced-services, new-practices, practice-mergers, discretionary-payments, premises-costs, public-health-section-7a, capital-expenditure, contract-terminations, practice-boundary-changes, urgent-care-out-of-area-patients, primary-care-planning-and-review, poorly-performing-practices, communications-and-engagement-advice, payments-to-suspended-gps, national-policy-and-contract-negotiations, payments-administration, list-management, assurance-and-oversight';

const COMPLAINTS_BY_CCG: ResponsibilityOptions = {
  arrangements: {
    complaints: {
      decidedBy: 'ccg',
      ccgRole: 'decides',
      evidence: 'Delegation agreement, schedule 2',
    },
  },
};

/** The function IDs whose holder can be changed by a local arrangement giving the CCG a decision. */
const OPEN_IDS = PRIMARY_CARE_FUNCTIONS.filter(
  (entry) => entry.reservedToNhsEngland === undefined,
).map((entry) => entry.id);

/** Valid local arrangements, as a CCG might record them. */
const arrangementArbitrary: fc.Arbitrary<LocalArrangement> = fc.oneof(
  fc.record({
    decidedBy: fc.constant('nhs-england' as const),
    ccgRole: fc.constantFrom('none' as const, 'influence' as const),
    evidence: fc.constant('Delegation agreement, schedule 2'),
  }),
  fc.record({
    decidedBy: fc.constant('joint' as const),
    ccgRole: fc.constant('joint' as const),
    evidence: fc.constant('Joint committee terms of reference, section 4'),
    statuses: fc.subarray(['B', 'C'] as ('B' | 'C')[], { minLength: 1 }),
  }),
  fc.record({
    decidedBy: fc.constant('ccg' as const),
    ccgRole: fc.constant('decides' as const),
    evidence: fc.constant('Delegation agreement, schedule 2'),
  }),
);

const optionsArbitrary: fc.Arbitrary<ResponsibilityOptions> = fc
  .dictionary(fc.constantFrom(...OPEN_IDS), arrangementArbitrary, { maxKeys: 4 })
  .map((arrangements) => ({ arrangements }));

/** The statuses an arrangement covers when it does not list them (LocalArrangement TSDoc). */
const DEFAULT_STATUSES: Readonly<Record<LocalArrangement['decidedBy'], readonly string[]>> = {
  ccg: ['C'],
  joint: ['B'],
  'nhs-england': ['A', 'B', 'C'],
};

function holder(answer: { decidedBy: string; ccgRole: string }) {
  return { decidedBy: answer.decidedBy, ccgRole: answer.ccgRole };
}

describe('responsibility', () => {
  describe('when asked the headline question: who approves a practice merger under joint commissioning, and says who?', () => {
    it('returns a joint decision, citing the BMA Model B list of joint committee functions', () => {
      const answer = responsibility('practice-mergers', 'B');
      expect(holder(answer)).toEqual({ decidedBy: 'joint', ccgRole: 'joint' });
      expect(answer.sources).toContainEqual(BMA_MODEL_B_FUNCTIONS);
      expect(answer.summary).toBe(
        'Approving practice mergers under joint commissioning (Model B): the CCG and NHS England decide jointly, in a joint committee or committees in common.',
      );
      expect(answer.basis).toBe('national-baseline');
      expect(answer.sourcesDisagree).toBe(false);
      expect(answer.alternatives).toEqual([]);
    });
  });

  describe('when reading Southwark\'s table (seed 001 "Responsibilities at each level") cell by cell', () => {
    const cases = SOUTHWARK_TABLE.flatMap(([row, id, ...cells]) =>
      SOUTHWARK_COLUMNS.map(([status, column], index) => ({
        row,
        id,
        status,
        column,
        cell: cells[index] as string,
      })),
    );

    it.each(cases)(
      'returns "$cell" for "$row" under $column (status $status)',
      ({ row, id, status, column, cell }) => {
        const answer = responsibility(id, status);
        expect(answer.southwarkCell).toBe(cell);
        const citation = southwarkCitation(row, column);
        const readings = [answer, ...answer.alternatives];
        const southwarkReading = readings.find((reading) =>
          reading.sources.some((source) => source.section === citation.section),
        );
        expect(southwarkReading).toBeDefined();
        expect(southwarkReading?.sources).toContainEqual(citation);
        expect(holder(southwarkReading ?? answer)).toEqual(southwarkMeaning(cell, status));
      },
    );

    it('covers every row and column of the table (21 cells)', () => {
      expect(cases).toHaveLength(21);
      const rows = PRIMARY_CARE_FUNCTIONS.filter((entry) => entry.southwarkRow !== undefined);
      expect(rows.map((entry) => [entry.southwarkRow, entry.id])).toEqual(
        SOUTHWARK_TABLE.map(([row, id]) => [row, id]),
      );
    });

    it('returns no Southwark cell for functions the table has no row for', () => {
      expect(responsibility('practice-mergers', 'C').southwarkCell).toBeUndefined();
      expect(
        responsibility('general-practice-commissioning', 'none').southwarkCell,
      ).toBeUndefined();
    });
  });

  describe('when reading the BMA lists of joint committee and delegated functions (seed 004)', () => {
    const listed: readonly PrimaryCareFunctionId[] = [
      'gp-contracts',
      'enhanced-services',
      'local-incentive-schemes',
      'new-practices',
      'practice-mergers',
      'discretionary-payments',
    ];

    it.each(listed)(
      'returns a joint decision for %s under Model B, citing the Model B list',
      (id) => {
        const answer = responsibility(id, 'B');
        expect(holder(answer)).toEqual({ decidedBy: 'joint', ccgRole: 'joint' });
        expect(answer.sources).toContainEqual(BMA_MODEL_B_FUNCTIONS);
      },
    );

    it.each(listed)('returns the CCG deciding %s under Model C, citing the Model C list', (id) => {
      const answer = responsibility(id, 'C');
      expect(holder(answer)).toEqual({ decidedBy: 'ccg', ccgRole: 'decides' });
      expect(answer.sources).toContainEqual(BMA_MODEL_C_FUNCTIONS);
    });
  });

  describe('when a function is one no CCG may decide (seed 004 "What won\'t CCGs be able to do?")', () => {
    const never: readonly PrimaryCareFunctionId[] = [
      'pharmacy-eye-dental-commissioning',
      'performers-list-appraisal-revalidation',
    ];
    const cases = never.flatMap((id) =>
      (['A', 'B', 'C'] as const).map((status) => ({ id, status })),
    );

    it.each(cases)(
      'returns NHS England deciding $id under $status, citing the BMA',
      ({ id, status }) => {
        const answer = responsibility(id, status);
        expect(answer.decidedBy).toBe('nhs-england');
        expect(['none', 'influence']).toContain(answer.ccgRole);
        expect(answer.sources).toContainEqual(BMA_WONT);
      },
    );
  });

  describe("when reading Bedfordshire's split of delegated functions (seed 000)", () => {
    const toCcg: readonly PrimaryCareFunctionId[] = [
      'gp-contracts',
      'contract-terminations',
      'local-incentive-schemes',
      'enhanced-services',
      'new-practices',
      'practice-mergers',
      'discretionary-payments',
      'premises-costs',
      'communications-and-engagement-advice',
    ];
    const kept: readonly PrimaryCareFunctionId[] = [
      'performers-list-appraisal-revalidation',
      'public-health-section-7a',
      'capital-expenditure',
      'payments-to-suspended-gps',
      'complaints',
      'national-policy-and-contract-negotiations',
    ];

    it.each(toCcg)('returns the CCG deciding %s under Model C, citing the CCG list', (id) => {
      const answer = responsibility(id, 'C');
      expect(answer.decidedBy).toBe('ccg');
      expect(answer.sources).toContainEqual(BEDS_CCG_LIST);
    });

    it.each(kept)(
      'returns NHS England deciding %s under Model C, citing the NHS England list',
      (id) => {
        const answer = responsibility(id, 'C');
        expect(answer.decidedBy).toBe('nhs-england');
        expect(answer.sources).toContainEqual(BEDS_NHSE_LIST);
      },
    );
  });

  describe("when reading Somerset LMC's list of delegated functions (seed 003)", () => {
    const delegated: readonly PrimaryCareFunctionId[] = [
      'enhanced-services',
      'local-incentive-schemes',
      'new-practices',
      'practice-mergers',
      'contract-terminations',
      'discretionary-payments',
      'urgent-care-out-of-area-patients',
      'primary-care-planning-and-review',
      'premises-costs',
      'poorly-performing-practices',
      'primary-care-budget',
    ];

    it.each(delegated)('returns the CCG deciding %s under Model C, citing Somerset LMC', (id) => {
      const answer = responsibility(id, 'C');
      expect(answer.decidedBy).toBe('ccg');
      expect(answer.sources).toContainEqual(SOMERSET_FULL);
    });
  });

  describe('when reading what Southwark says NHS England keeps under Level Three (seed 001)', () => {
    it.each(['payments-administration', 'list-management'] as const)(
      'returns NHS England deciding %s under Model C, citing Southwark',
      (id) => {
        const answer = responsibility(id, 'C');
        expect(answer.decidedBy).toBe('nhs-england');
        expect(answer.sources).toContainEqual(SOUTHWARK_LEVEL_THREE);
      },
    );
  });

  describe('when the status is none', () => {
    it.each(IDS)(
      'returns NHS England deciding %s with no CCG role, citing DOMAIN MODEL-ENUM',
      (id) => {
        const answer = responsibility(id, 'none');
        expect(holder(answer)).toEqual({ decidedBy: 'nhs-england', ccgRole: 'none' });
        expect(answer.sources).toContainEqual(MODEL_ENUM);
        expect(answer.modelName).toBe('No co-commissioning');
      },
    );
  });

  describe('when the status is A (greater involvement)', () => {
    it.each(IDS)('returns NHS England deciding %s, the CCG at most influencing', (id) => {
      const answer = responsibility(id, 'A');
      expect(answer.decidedBy).toBe('nhs-england');
      expect(['none', 'influence']).toContain(answer.ccgRole);
    });

    it('returns influence on general practice commissioning, citing the BMA Model A', () => {
      const answer = responsibility('general-practice-commissioning', 'A');
      expect(answer.ccgRole).toBe('influence');
      expect(answer.sources).toContainEqual({
        document: '004_e95f1a032380c329.txt',
        section: 'Model A: Greater involvement',
      });
      expect(answer.summary).toBe(
        'General practice commissioning under greater involvement (Model A): NHS England decides; the CCG can influence the decision but does not take it.',
      );
    });
  });

  describe('when the sources disagree on complaints (DOMAIN SEED-CONFLICT-COMPLAINTS)', () => {
    it('returns the national baseline under Model C, NHS England, citing seeds 000 and 003', () => {
      const answer = responsibility('complaints', 'C');
      expect(holder(answer)).toEqual({ decidedBy: 'nhs-england', ccgRole: 'none' });
      expect(answer.sources.map((source) => source.document)).toEqual(
        expect.arrayContaining([SEED_000, SEED_003]),
      );
      expect(answer.basis).toBe('national-baseline');
    });

    it("flags the disagreement and returns Southwark's reading with its citation", () => {
      const answer = responsibility('complaints', 'C');
      expect(answer.sourcesDisagree).toBe(true);
      expect(answer.alternatives).toHaveLength(1);
      expect(holder(answer.alternatives[0] ?? answer)).toEqual({
        decidedBy: 'ccg',
        ccgRole: 'decides',
      });
      expect(answer.alternatives[0]?.sources).toContainEqual(
        southwarkCitation('Complaints management', 'Delegated Commissioning'),
      );
      expect(answer.summary).toBe(
        "Complaints management under delegated commissioning (Model C): NHS England decides; the CCG has no role. Sources disagree. The CCG manages complaints: Southwark CCG (seed 001) lists complaints management among its delegated responsibilities. Record your CCG's local arrangement to settle it.",
      );
    });

    it("returns Southwark's joint reading under Model B, with NHS England's as the alternative", () => {
      const answer = responsibility('complaints', 'B');
      expect(holder(answer)).toEqual({ decidedBy: 'joint', ccgRole: 'joint' });
      expect(answer.sourcesDisagree).toBe(true);
      expect(answer.alternatives.map(holder)).toEqual([
        { decidedBy: 'nhs-england', ccgRole: 'none' },
      ]);
      expect(answer.alternatives[0]?.confidence).toBe('I');
    });

    it('returns no disagreement under Model A, where Southwark alone speaks', () => {
      expect(responsibility('complaints', 'A').sourcesDisagree).toBe(false);
    });
  });

  describe('when the CCG records its local arrangement', () => {
    it('returns the arrangement under Model C, citing its evidence and keeping the national baseline', () => {
      const answer = responsibility('complaints', 'C', COMPLAINTS_BY_CCG);
      expect(holder(answer)).toEqual({ decidedBy: 'ccg', ccgRole: 'decides' });
      expect(answer.basis).toBe('local-arrangement');
      expect(answer.sources).toEqual([{ document: 'Delegation agreement, schedule 2' }]);
      expect(answer.localArrangement).toEqual({
        decidedBy: 'ccg',
        ccgRole: 'decides',
        evidence: 'Delegation agreement, schedule 2',
        statuses: ['C'],
      });
      expect(holder(answer.nationalBaseline ?? answer)).toEqual({
        decidedBy: 'nhs-england',
        ccgRole: 'none',
      });
      expect(answer.nationalBaseline?.sources).toContainEqual(BEDS_NHSE_LIST);
      expect(answer.sourcesDisagree).toBe(true);
      expect(answer.summary).toBe(
        'Complaints management under delegated commissioning (Model C): the CCG decides alone, by local arrangement (Delegation agreement, schedule 2). The national baseline: NHS England decides; the CCG has no role. Sources disagree. The CCG manages complaints: Southwark CCG (seed 001) lists complaints management among its delegated responsibilities.',
      );
    });

    it('returns the national baseline under statuses the arrangement does not cover', () => {
      const answer = responsibility('complaints', 'B', COMPLAINTS_BY_CCG);
      expect(answer.basis).toBe('national-baseline');
      expect(answer.localArrangement).toBeUndefined();
      expect(answer.nationalBaseline).toBeUndefined();
    });

    it('applies a joint arrangement to Model B only, by default', () => {
      const options: ResponsibilityOptions = {
        arrangements: {
          'list-management': {
            decidedBy: 'joint',
            ccgRole: 'joint',
            evidence: 'JC minute 12/2016',
          },
        },
      };
      expect(responsibility('list-management', 'B', options).decidedBy).toBe('joint');
      expect(responsibility('list-management', 'C', options).decidedBy).toBe('nhs-england');
    });

    it('applies an NHS England arrangement to Models A, B and C but not none, by default', () => {
      const options: ResponsibilityOptions = {
        arrangements: {
          complaints: {
            decidedBy: 'nhs-england',
            ccgRole: 'influence',
            evidence: 'Delegation agreement',
          },
        },
      };
      expect(responsibility('complaints', 'A', options).ccgRole).toBe('influence');
      expect(responsibility('complaints', 'B', options).decidedBy).toBe('nhs-england');
      expect(responsibility('complaints', 'C', options).ccgRole).toBe('influence');
      expect(responsibility('complaints', 'none', options).basis).toBe('national-baseline');
    });

    it('applies an arrangement to exactly the statuses it lists, in status order', () => {
      const options: ResponsibilityOptions = {
        arrangements: {
          complaints: {
            decidedBy: 'nhs-england',
            ccgRole: 'influence',
            evidence: 'Local protocol',
            statuses: ['C', 'none', 'C'],
            note: 'NHS England handles complaints made to it directly.',
          },
        },
      };
      const answer = responsibility('complaints', 'none', options);
      expect(answer.basis).toBe('local-arrangement');
      expect(answer.localArrangement?.statuses).toEqual(['none', 'C']);
      expect(answer.localArrangement?.note).toBe(
        'NHS England handles complaints made to it directly.',
      );
      expect(responsibility('complaints', 'A', options).basis).toBe('national-baseline');
    });
  });

  describe('when the function ID is unknown', () => {
    it('throws unknown_function, listing every valid ID', () => {
      const call = () => responsibility('practice-merger' as PrimaryCareFunctionId, 'B');
      expect(call).toThrow(CoCommissioningError);
      const result = safeResponsibility('practice-merger', 'B');
      expect(result).toEqual({
        success: false,
        issues: [
          {
            code: 'unknown_function',
            message: `Unknown primary care function: received the text "practice-merger". Use one of the IDs in PRIMARY_CARE_FUNCTIONS: ${ALL_IDS_TEXT}.`,
            path: ['functionId'],
            received: 'the text "practice-merger"',
          },
        ],
      });
    });

    it('throws with the library prefix and code in the error message', () => {
      expect(() => responsibility(42 as unknown as PrimaryCareFunctionId, 'B')).toThrow(
        `[co-commissioning] unknown_function: Unknown primary care function: received the number 42. Use one of the IDs in PRIMARY_CARE_FUNCTIONS: ${ALL_IDS_TEXT}.`,
      );
    });
  });

  describe('when the status is unknown', () => {
    it('throws unknown_status, listing the valid statuses', () => {
      const result = safeResponsibility('practice-mergers', 'Level 2');
      expect(result).toEqual({
        success: false,
        issues: [
          {
            code: 'unknown_status',
            message:
              'Unknown co-commissioning status: received the text "Level 2". Use none (no co-commissioning), A (greater involvement), B (joint commissioning) or C (delegated commissioning).',
            path: ['status'],
            received: 'the text "Level 2"',
          },
        ],
      });
    });

    it('rejects a lower-case model letter', () => {
      const result = safeResponsibility('practice-mergers', 'b');
      expect(result.success ? '' : result.issues[0].code).toBe('unknown_status');
    });
  });

  describe('when both the function ID and the status are unknown', () => {
    it('returns both issues, function first', () => {
      const result = safeResponsibility('mergers', 'D');
      expect(result.success ? [] : result.issues.map((issue) => issue.code)).toEqual([
        'unknown_function',
        'unknown_status',
      ]);
    });
  });

  describe('when the options are malformed', () => {
    it('returns invalid_input when who decides and the CCG role disagree', () => {
      const result = safeResponsibility('complaints', 'C', {
        arrangements: { complaints: { decidedBy: 'ccg', ccgRole: 'joint', evidence: 'x' } },
      });
      expect(result.success ? [] : result.issues).toEqual([
        {
          code: 'invalid_input',
          message:
            "The CCG's role must agree with who decides: decidedBy ccg goes with ccgRole decides, joint with joint, and nhs-england with none or influence. (at options.arrangements.complaints.ccgRole)",
          path: ['options', 'arrangements', 'complaints', 'ccgRole'],
          expected: 'custom',
          received: 'an object',
        },
      ]);
    });

    it('returns invalid_input for an empty evidence', () => {
      const result = safeResponsibility('complaints', 'C', {
        arrangements: { complaints: { decidedBy: 'ccg', ccgRole: 'decides', evidence: '  ' } },
      });
      expect(result.success ? '' : result.issues[0].message).toBe(
        'Say where the arrangement is written down, such as "Delegation agreement, schedule 2". (at options.arrangements.complaints.evidence)',
      );
    });

    it('returns invalid_input for an unknown option', () => {
      const result = safeResponsibility('complaints', 'C', { arrangement: {} });
      expect(result.success ? '' : result.issues[0].message).toBe(
        'Remove the field "arrangement" at options: not part of this record.',
      );
    });

    it('returns invalid_input for options that are not an object', () => {
      const result = safeResponsibility('complaints', 'C', 'C');
      expect(result.success ? '' : result.issues[0].code).toBe('invalid_input');
    });

    it('returns unknown_function for an arrangement keyed by an unknown function', () => {
      const result = safeResponsibility('complaints', 'C', {
        arrangements: { complaint: { decidedBy: 'ccg', ccgRole: 'decides', evidence: 'x' } },
      });
      expect(result.success ? [] : result.issues.map((issue) => [issue.code, issue.path])).toEqual([
        ['unknown_function', ['options', 'arrangements', 'complaint']],
      ]);
    });

    it('lists arrangement issues in catalogue order, unknown IDs last by name', () => {
      const bad = { decidedBy: 'ccg', ccgRole: 'decides', evidence: 'x' };
      const result = safeResponsibility('complaints', 'C', {
        arrangements: {
          zebra: bad,
          'assurance-and-oversight': bad,
          apple: bad,
          'pharmacy-eye-dental-commissioning': bad,
        },
      });
      expect(result.success ? [] : result.issues.map((issue) => issue.path[2])).toEqual([
        'pharmacy-eye-dental-commissioning',
        'assurance-and-oversight',
        'apple',
        'zebra',
      ]);
    });
  });

  describe('when an arrangement is one the sources rule out', () => {
    it('returns invalid_arrangement for a CCG decision on pharmacy, eye health and dental', () => {
      const result = safeResponsibility('complaints', 'C', {
        arrangements: {
          'pharmacy-eye-dental-commissioning': {
            decidedBy: 'joint',
            ccgRole: 'joint',
            evidence: 'Local agreement',
          },
        },
      });
      expect(result.success ? [] : result.issues).toEqual([
        {
          code: 'invalid_arrangement',
          message:
            'A CCG cannot take part in deciding "Pharmacy, eye health and dental commissioning" in any model: CCGs will not have any additional powers over the commissioning of dental, community pharmacy and eye health, whatever the model. Record NHS England as the decision-maker, with the CCG\'s role as none or influence.',
          path: ['options', 'arrangements', 'pharmacy-eye-dental-commissioning'],
          functionId: 'pharmacy-eye-dental-commissioning',
          sources: expect.arrayContaining([BMA_WONT]),
        },
      ]);
    });

    it('returns invalid_arrangement for a CCG decision under none or Model A', () => {
      const result = safeResponsibility('complaints', 'C', {
        arrangements: {
          complaints: {
            decidedBy: 'ccg',
            ccgRole: 'decides',
            evidence: 'Local agreement',
            statuses: ['none', 'A', 'C'],
          },
        },
      });
      expect(result.success ? [] : result.issues).toEqual([
        {
          code: 'invalid_arrangement',
          message:
            'Under status none and A the CCG takes no commissioning decisions, so an arrangement where the CCG decides or decides jointly on "Complaints management" cannot apply there. Remove none and A from its statuses.',
          path: ['options', 'arrangements', 'complaints'],
          functionId: 'complaints',
          sources: [
            MODEL_ENUM,
            { document: '004_e95f1a032380c329.txt', section: 'Model A: Greater involvement' },
          ],
        },
      ]);
    });

    it('accepts NHS England as the decision-maker on a reserved function', () => {
      const answer = responsibility('performers-list-appraisal-revalidation', 'C', {
        arrangements: {
          'performers-list-appraisal-revalidation': {
            decidedBy: 'nhs-england',
            ccgRole: 'influence',
            evidence: 'Local appraisal protocol',
          },
        },
      });
      expect(answer.ccgRole).toBe('influence');
    });
  });

  describe('when called', () => {
    it('does not mutate its arguments', () => {
      const options = deepFreeze(structuredClone(COMPLAINTS_BY_CCG));
      expect(() => responsibility('complaints', 'C', options)).not.toThrow();
      expect(options).toEqual(COMPLAINTS_BY_CCG);
    });

    it("does not freeze the caller's options", () => {
      const options = structuredClone(COMPLAINTS_BY_CCG);
      responsibility('complaints', 'C', options);
      expect(Object.isFrozen(options)).toBe(false);
      expect(Object.isFrozen(options.arrangements?.complaints)).toBe(false);
    });

    it('returns a deeply frozen result', () => {
      expect(isDeepFrozen(responsibility('practice-mergers', 'B'))).toBe(true);
      expect(isDeepFrozen(responsibility('complaints', 'C', COMPLAINTS_BY_CCG))).toBe(true);
      const safe = safeResponsibility('complaints', 'B');
      expect(isDeepFrozen(safe.success ? safe.data : undefined)).toBe(true);
    });
  });

  describe('laws', () => {
    const agrees = (answer: { decidedBy: string; ccgRole: string }) =>
      (answer.decidedBy === 'ccg') === (answer.ccgRole === 'decides') &&
      (answer.decidedBy === 'joint') === (answer.ccgRole === 'joint') &&
      (answer.decidedBy === 'nhs-england') === ['none', 'influence'].includes(answer.ccgRole);

    it('decidedBy and ccgRole always agree: ccg iff decides, joint iff joint, nhs-england iff none or influence', () => {
      fc.assert(
        fc.property(idArbitrary, statusArbitrary, optionsArbitrary, (id, status, options) => {
          const answer = responsibility(id, status, options);
          return (
            agrees(answer) &&
            answer.alternatives.every(agrees) &&
            (answer.nationalBaseline === undefined || agrees(answer.nationalBaseline))
          );
        }),
      );
    });

    it('every answer is cited: each function in each status has at least one source with a document', () => {
      for (const id of IDS) {
        for (const status of COMMISSIONING_STATUSES) {
          const answer = responsibility(id, status);
          expect(answer.sources.length, `${id} ${status}`).toBeGreaterThan(0);
          for (const source of [
            ...answer.sources,
            ...answer.alternatives.flatMap((a) => a.sources),
          ]) {
            expect(source.document.length).toBeGreaterThan(0);
          }
        }
      }
    });

    it('sourcesDisagree is true exactly when alternatives are listed', () => {
      fc.assert(
        fc.property(idArbitrary, statusArbitrary, (id, status) => {
          const answer = responsibility(id, status);
          return answer.sourcesDisagree === answer.alternatives.length > 0;
        }),
      );
    });

    it('is monotone where the sources agree: the CCG role never shrinks from none to A to B to C', () => {
      const rank = { none: 0, influence: 1, joint: 2, decides: 3 } as const;
      for (const id of IDS.filter((known) => known !== 'complaints')) {
        const roles = COMMISSIONING_STATUSES.map(
          (status) => rank[responsibility(id, status).ccgRole],
        );
        expect(roles, id).toEqual([...roles].sort((a, b) => a - b));
      }
    });

    it('only complaints has sources that disagree', () => {
      const disputed = IDS.filter((id) =>
        COMMISSIONING_STATUSES.some((status) => responsibility(id, status).sourcesDisagree),
      );
      expect(disputed).toEqual(['complaints']);
    });

    it('an arrangement changes only its own function, and only in the statuses it applies to', () => {
      fc.assert(
        fc.property(
          fc.constantFrom(...OPEN_IDS),
          arrangementArbitrary,
          idArbitrary,
          statusArbitrary,
          (arranged, arrangement, id, status) => {
            const options: ResponsibilityOptions = { arrangements: { [arranged]: arrangement } };
            const withArrangement = responsibility(id, status, options);
            const without = responsibility(id, status);
            const covered = arrangement.statuses ?? DEFAULT_STATUSES[arrangement.decidedBy];
            if (id === arranged && covered.includes(status)) {
              expect(withArrangement.basis).toBe('local-arrangement');
              expect(holder(withArrangement)).toEqual(holder(arrangement));
              expect(holder(withArrangement.nationalBaseline ?? arrangement)).toEqual(
                holder(without),
              );
            } else {
              expect(withArrangement).toEqual(without);
            }
          },
        ),
      );
    });

    it('is deterministic: the same question gives the same answer whatever the key order of the arrangements', () => {
      fc.assert(
        fc.property(idArbitrary, statusArbitrary, optionsArbitrary, (id, status, options) => {
          const reversed: ResponsibilityOptions = {
            arrangements: Object.fromEntries(Object.entries(options.arrangements ?? {}).reverse()),
          };
          expect(responsibility(id, status, reversed)).toEqual(responsibility(id, status, options));
        }),
      );
    });

    it('the safe door never throws, whatever it is given', () => {
      fc.assert(
        fc.property(fc.anything(), fc.anything(), fc.anything(), (id, status, options) => {
          const result = safeResponsibility(id, status, options);
          return typeof result.success === 'boolean';
        }),
      );
    });

    it('the safe door agrees with the throwing door on valid input', () => {
      fc.assert(
        fc.property(idArbitrary, statusArbitrary, (id, status) => {
          const result = safeResponsibility(id, status);
          expect(result).toEqual({ success: true, data: responsibility(id, status) });
        }),
      );
    });
  });
});

describe('responsibility types', () => {
  it('refuses an unknown function ID, status or arrangement key at compile time', () => {
    // @ts-expect-error 'practice-merger' is not a PrimaryCareFunctionId
    expect(() => responsibility('practice-merger', 'B')).toThrow(CoCommissioningError);
    // @ts-expect-error 'Level 2' is not a CommissioningStatus
    expect(() => responsibility('practice-mergers', 'Level 2')).toThrow(CoCommissioningError);
    const options: ResponsibilityOptions = {
      arrangements: {
        // @ts-expect-error 'complaint' is not a PrimaryCareFunctionId
        complaint: { decidedBy: 'ccg', ccgRole: 'decides', evidence: 'x' },
      },
    };
    expect(() => responsibility('complaints', 'C', options)).toThrow(CoCommissioningError);
  });

  it('types every catalogued ID, including the fifteen the public API names, as a PrimaryCareFunctionId', () => {
    const named: readonly PrimaryCareFunctionId[] = DESIGN_FUNCTION_IDS;
    expect(named.every((id) => IDS.includes(id))).toBe(true);
  });
});
