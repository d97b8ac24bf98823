import { LayFocusSchema, type Person, parsePerson, safeParsePerson } from 'co-commissioning';
import { deepFreeze, isDeepFrozen } from 'co-commissioning/testing';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const chair: Person = {
  id: 'p-hughes',
  name: 'Ms J. Hughes',
  role: 'lay',
  jobTitle: 'Lay Member for Patient and Public Involvement',
  layFocus: 'patient-and-public-involvement',
};

const gp: Person = {
  id: 'p-okafor',
  name: 'Dr A. Okafor',
  role: 'ccg-gp',
  practiceIds: ['practice-01'],
};

describe('parsePerson', () => {
  describe('when the person is well formed', () => {
    it('returns an equal copy of a lay chair', () => {
      expect(parsePerson(chair)).toEqual(chair);
    });

    it('returns an equal copy of a GP tied to their practice', () => {
      expect(parsePerson(gp)).toEqual(gp);
    });

    it('accepts a person with no role yet', () => {
      expect(parsePerson({ id: 'p-new', name: 'A. Newcomer' })).toEqual({
        id: 'p-new',
        name: 'A. Newcomer',
      });
    });
  });

  describe('when a lay focus is given to someone who is not lay', () => {
    it('returns invalid_input at layFocus', () => {
      expect(safeParsePerson({ ...gp, layFocus: 'other' })).toEqual({
        success: false,
        issues: [
          {
            code: 'invalid_input',
            message:
              'Only a lay member has a lay focus: set role to lay, or remove layFocus. (at layFocus)',
            path: ['layFocus'],
            expected: 'custom',
            received: 'an object',
          },
        ],
      });
    });
  });

  describe('when the role is not a member role', () => {
    it('returns invalid_input listing the twelve roles', () => {
      const result = safeParsePerson({ ...chair, role: 'chair', layFocus: undefined });
      expect(result.success ? '' : result.issues[0].message).toBe(
        'Give the member role as one of: lay, executive, ccg-gp, other-area-gp, secondary-care-doctor, nurse, practice-manager, lmc, healthwatch, health-and-wellbeing-board, local-authority, nhs-england. (at role)',
      );
    });
  });

  describe('when the lay focus is unknown', () => {
    it('returns invalid_input listing the lay focuses', () => {
      const result = safeParsePerson({ ...chair, layFocus: 'finance' });
      expect(result.success ? '' : result.issues[0].message).toBe(
        "Give the lay member's focus as audit-and-governance, patient-and-public-involvement, primary-care-commissioning or other. (at layFocus)",
      );
    });
  });

  describe('when called', () => {
    it('does not mutate its arguments', () => {
      const input = deepFreeze(structuredClone(gp));
      expect(parsePerson(input)).toEqual(gp);
    });

    it('returns a deeply frozen result', () => {
      expect(isDeepFrozen(parsePerson(structuredClone(gp)))).toBe(true);
    });
  });

  describe('laws', () => {
    it('a lay member may hold any lay focus', () => {
      fc.assert(
        fc.property(fc.constantFrom(...LayFocusSchema.options), (layFocus) => {
          expect(parsePerson({ ...chair, layFocus }).layFocus).toBe(layFocus);
        }),
      );
    });

    it('the safe door never throws, whatever it is given', () => {
      fc.assert(
        fc.property(fc.anything(), (input) => typeof safeParsePerson(input).success === 'boolean'),
      );
    });
  });
});
