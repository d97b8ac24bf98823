import {
  ContractTypeSchema,
  type MemberPractice,
  MemberPracticeSchema,
  parseMemberPractice,
  safeParseMemberPractice,
} from 'co-commissioning';
import { deepFreeze, isDeepFrozen } from 'co-commissioning/testing';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const riverside: MemberPractice = {
  id: 'practice-01',
  name: 'Riverside Surgery',
  contract: 'GMS',
  listSize: 8250,
  listSizeOn: '2015-10-01',
  representativeId: 'p-okafor',
};

function firstMessage(input: unknown): string {
  const result = safeParseMemberPractice(input);
  return result.success ? '' : result.issues[0].message;
}

describe('parseMemberPractice', () => {
  describe('when the practice is well formed', () => {
    it('returns an equal copy', () => {
      expect(parseMemberPractice(riverside)).toEqual(riverside);
    });

    it.each(['GMS', 'PMS', 'APMS'])('accepts a %s contract', (contract) => {
      expect(parseMemberPractice({ ...riverside, contract }).contract).toBe(contract);
    });

    it('accepts a practice without a list size', () => {
      const { listSize: _size, listSizeOn: _on, ...bare } = riverside;
      expect(parseMemberPractice(bare)).toEqual(bare);
    });
  });

  describe('when the list size is at the edge of what is allowed', () => {
    it('rejects -1 patients', () => {
      expect(firstMessage({ ...riverside, listSize: -1 })).toBe(
        'The registered list size cannot be negative. (at listSize)',
      );
    });

    it('accepts 0 patients', () => {
      expect(parseMemberPractice({ ...riverside, listSize: 0 }).listSize).toBe(0);
    });

    it('accepts 1 patient', () => {
      expect(parseMemberPractice({ ...riverside, listSize: 1 }).listSize).toBe(1);
    });

    it('rejects a fraction of a patient', () => {
      expect(firstMessage({ ...riverside, listSize: 8250.5 })).toBe(
        'Give the registered list size as a whole number of patients. (at listSize)',
      );
    });

    it('accepts the largest safe integer and rejects the next one', () => {
      expect(
        parseMemberPractice({ ...riverside, listSize: Number.MAX_SAFE_INTEGER }).listSize,
      ).toBe(Number.MAX_SAFE_INTEGER);
      expect(
        safeParseMemberPractice({ ...riverside, listSize: Number.MAX_SAFE_INTEGER + 1 }).success,
      ).toBe(false);
    });
  });

  describe('when the list size and its date do not come together', () => {
    it('asks for the date when only the size is given', () => {
      expect(firstMessage({ ...riverside, listSizeOn: undefined })).toBe(
        'Give the date the list size was counted (listSizeOn, written YYYY-MM-DD) along with the list size. (at listSizeOn)',
      );
    });

    it('asks for the size when only the date is given', () => {
      expect(firstMessage({ ...riverside, listSize: undefined })).toBe(
        'Give the list size counted on listSizeOn, or remove listSizeOn. (at listSize)',
      );
    });
  });

  describe('when a field does not fit', () => {
    it('returns invalid_input for an unknown contract, listing the contracts', () => {
      expect(safeParseMemberPractice({ ...riverside, contract: 'GPS' })).toEqual({
        success: false,
        issues: [
          {
            code: 'invalid_input',
            message: "Give the practice's contract as GMS, PMS or APMS. (at contract)",
            path: ['contract'],
            expected: 'invalid_value',
            received: 'the text "GPS"',
          },
        ],
      });
    });

    it('returns invalid_input for a missing name', () => {
      expect(firstMessage({ id: 'practice-01', contract: 'GMS' })).toBe(
        'Give the practice name as text. (at name)',
      );
    });
  });

  describe('when called', () => {
    it('does not mutate its arguments', () => {
      const input = deepFreeze({ ...riverside });
      expect(parseMemberPractice(input)).toEqual(riverside);
    });

    it('returns a deeply frozen result', () => {
      expect(isDeepFrozen(parseMemberPractice({ ...riverside }))).toBe(true);
    });
  });

  describe('laws', () => {
    it('accepts every whole list size from 0 up, with its date', () => {
      fc.assert(
        fc.property(fc.nat(), (listSize) => {
          expect(parseMemberPractice({ ...riverside, listSize }).listSize).toBe(listSize);
        }),
      );
    });

    it('the safe door never throws, whatever it is given', () => {
      fc.assert(
        fc.property(
          fc.anything(),
          (input) => typeof safeParseMemberPractice(input).success === 'boolean',
        ),
      );
    });
  });

  it('describes its non-obvious fields for the JSON Schema export', () => {
    const shape = MemberPracticeSchema.shape;
    expect(shape.listSize.description).toMatch(/listSizeOn/);
    expect(shape.listSizeOn.description).toMatch(/YYYY-MM-DD/);
    expect(shape.representativeId.description).toMatch(/representative/);
    expect(ContractTypeSchema.description).toMatch(/General Medical Services/);
  });
});
