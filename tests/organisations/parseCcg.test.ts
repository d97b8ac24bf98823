import {
  type Ccg,
  CcgSchema,
  CoCommissioningError,
  type MemberPractice,
  parseCcg,
  safeParseCcg,
} from 'co-commissioning';
import { deepFreeze, isDeepFrozen, isoDateArbitrary } from 'co-commissioning/testing';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';

// Cambridgeshire & Peterborough CCG applied for delegation for 1 April 2016 (seed 002); 83 of
// its practices voted, a 77.6% turnout, which fits an electorate of 107 (DOMAIN SEED-BALLOT).
const practices: MemberPractice[] = Array.from({ length: 107 }, (_, index) => ({
  id: `practice-${String(index + 1).padStart(3, '0')}`,
  name: `Practice ${index + 1}`,
  contract: index % 3 === 0 ? 'PMS' : index % 7 === 0 ? 'APMS' : 'GMS',
}));

const cambridgeshire: Ccg = {
  code: '06H',
  name: 'NHS Cambridgeshire and Peterborough CCG',
  status: 'C',
  statusSince: '2016-04-01',
  memberPractices: practices,
};

const practiceArbitrary: fc.Arbitrary<MemberPractice> = fc.record({
  id: fc.stringMatching(/^[A-Z][0-9]{5}$/),
  name: fc.constantFrom('Riverside Surgery', 'Market Street Practice', 'The Health Centre'),
  contract: fc.constantFrom('GMS', 'PMS', 'APMS'),
});

const ccgArbitrary = (practicesArbitrary: fc.Arbitrary<MemberPractice[]>): fc.Arbitrary<Ccg> =>
  fc.record({
    code: fc.constantFrom('06H', '06F', '08Q'),
    name: fc.constant('NHS Example CCG'),
    status: fc.constantFrom('none', 'A', 'B', 'C'),
    statusSince: isoDateArbitrary(),
    memberPractices: practicesArbitrary,
  });

describe('parseCcg', () => {
  describe('when the CCG is well formed', () => {
    it('returns an equal copy with all 107 member practices', () => {
      const ccg = parseCcg(cambridgeshire);
      expect(ccg).toEqual(cambridgeshire);
      expect(ccg).not.toBe(cambridgeshire);
      expect(ccg.memberPractices).toHaveLength(107);
    });

    it('accepts a CCG with no member practices listed yet', () => {
      expect(parseCcg({ ...cambridgeshire, memberPractices: [] }).memberPractices).toEqual([]);
    });

    it('accepts an optional region and LMC', () => {
      const ccg = parseCcg({
        ...cambridgeshire,
        regionId: 'midlands-and-east',
        lmcId: 'cambs-lmc',
      });
      expect([ccg.regionId, ccg.lmcId]).toEqual(['midlands-and-east', 'cambs-lmc']);
    });
  });

  describe('when a practice appears twice', () => {
    it('throws duplicate_id at the repeat, naming both entries', () => {
      const input = {
        ...cambridgeshire,
        memberPractices: [...practices.slice(0, 4), { ...(practices[1] as MemberPractice) }],
      };
      expect(() => parseCcg(input)).toThrow(CoCommissioningError);
      expect(safeParseCcg(input)).toEqual({
        success: false,
        issues: [
          {
            code: 'duplicate_id',
            message:
              'Member practice ID "practice-002" appears more than once: entries 2 and 5 of the list. List each one once.',
            path: ['memberPractices', 4, 'id'],
            id: 'practice-002',
          },
        ],
      });
    });

    it('returns one issue per repeat', () => {
      const one = practices[0] as MemberPractice;
      const result = safeParseCcg({ ...cambridgeshire, memberPractices: [one, one, one] });
      expect(result.success ? [] : result.issues.map((issue) => issue.path)).toEqual([
        ['memberPractices', 1, 'id'],
        ['memberPractices', 2, 'id'],
      ]);
    });
  });

  describe('when a field does not fit', () => {
    it('returns invalid_input for a status written as a level', () => {
      expect(safeParseCcg({ ...cambridgeshire, status: 'Level 3' })).toEqual({
        success: false,
        issues: [
          {
            code: 'invalid_input',
            message:
              'Give the co-commissioning status as none (no co-commissioning), A (greater involvement), B (joint commissioning) or C (delegated commissioning). (at status)',
            path: ['status'],
            expected: 'invalid_value',
            received: 'the text "Level 3"',
          },
        ],
      });
    });

    it('returns invalid_input for a date that is not a real date', () => {
      const result = safeParseCcg({ ...cambridgeshire, statusSince: '2016-02-30' });
      expect(result.success ? '' : result.issues[0].message).toBe(
        'Give a real calendar date written YYYY-MM-DD, such as 2016-04-01. (at statusSince)',
      );
    });

    it('returns invalid_input for an empty code', () => {
      const result = safeParseCcg({ ...cambridgeshire, code: ' ' });
      expect(result.success ? '' : result.issues[0].message).toBe(
        'Give the CCG code: it cannot be empty. (at code)',
      );
    });

    it('returns invalid_input for a field the record does not have', () => {
      const result = safeParseCcg({ ...cambridgeshire, members: 107 });
      expect(result.success ? '' : result.issues[0].message).toBe(
        'Remove the field "members": not part of this record.',
      );
    });

    it('returns invalid_input at the practice for a bad contract, before any duplicate check', () => {
      const result = safeParseCcg({
        ...cambridgeshire,
        memberPractices: [practices[0], { ...practices[0], contract: 'GPS' }],
      });
      expect(result.success ? [] : result.issues).toEqual([
        {
          code: 'invalid_input',
          message:
            "Give the practice's contract as GMS, PMS or APMS. (at memberPractices.1.contract)",
          path: ['memberPractices', 1, 'contract'],
          expected: 'invalid_value',
          received: 'the text "GPS"',
        },
      ]);
    });

    it('returns invalid_input when the member practices are not a list', () => {
      const result = safeParseCcg({ ...cambridgeshire, memberPractices: 'all' });
      expect(result.success ? '' : result.issues[0].message).toBe(
        'List the member practices (an empty list is allowed). (at memberPractices)',
      );
    });

    it('returns every issue found, in input order', () => {
      const result = safeParseCcg({ code: '', name: '', status: 'D', memberPractices: [] });
      expect(result.success ? [] : result.issues.map((issue) => issue.path)).toEqual([
        ['code'],
        ['name'],
        ['status'],
      ]);
    });
  });

  describe('when called', () => {
    it('does not mutate its arguments', () => {
      const input = deepFreeze(structuredClone(cambridgeshire));
      expect(parseCcg(input)).toEqual(cambridgeshire);
    });

    it("does not freeze the caller's record", () => {
      const input = structuredClone(cambridgeshire);
      parseCcg(input);
      expect(Object.isFrozen(input)).toBe(false);
      expect(Object.isFrozen(input.memberPractices[0])).toBe(false);
    });

    it('returns a deeply frozen result', () => {
      expect(isDeepFrozen(parseCcg(cambridgeshire))).toBe(true);
    });
  });

  describe('laws', () => {
    it('round-trips: parsing a valid CCG returns an equal copy', () => {
      fc.assert(
        fc.property(
          ccgArbitrary(fc.uniqueArray(practiceArbitrary, { selector: (p) => p.id, maxLength: 12 })),
          (ccg) => {
            expect(parseCcg(ccg)).toEqual(ccg);
            expect(CcgSchema.parse(ccg)).toEqual(ccg);
          },
        ),
      );
    });

    it('reports one duplicate_id for each practice listed beyond its first time', () => {
      fc.assert(
        fc.property(ccgArbitrary(fc.array(practiceArbitrary, { maxLength: 12 })), (ccg) => {
          const repeats =
            ccg.memberPractices.length - new Set(ccg.memberPractices.map((p) => p.id)).size;
          const result = safeParseCcg(ccg);
          const found = result.success
            ? 0
            : result.issues.filter((i) => i.code === 'duplicate_id').length;
          expect(found).toBe(repeats);
          expect(result.success).toBe(repeats === 0);
        }),
      );
    });

    it('the safe door never throws, whatever it is given', () => {
      fc.assert(
        fc.property(fc.anything(), (input) => typeof safeParseCcg(input).success === 'boolean'),
      );
    });
  });
});
