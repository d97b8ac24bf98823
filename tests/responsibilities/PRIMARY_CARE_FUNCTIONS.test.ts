import { PRIMARY_CARE_FUNCTIONS, RESPONSIBILITY_MATRIX } from 'co-commissioning';
import { isDeepFrozen } from 'co-commissioning/testing';
import { describe, expect, it } from 'vitest';
import { DESIGN_FUNCTION_IDS } from './fixtures.js';

const SEED_FILES = [
  '000_54d237cabb915ae9.txt',
  '001_90e702e51ebd935c.txt',
  '002_4254f9e60152174f.txt',
  '003_e9730ca5e7cbc14a.txt',
  '004_e95f1a032380c329.txt',
  'DOMAIN.md',
];

describe('PRIMARY_CARE_FUNCTIONS', () => {
  describe('when listing the catalogue', () => {
    it('returns the fifteen IDs the public API names first, spelled exactly, in order', () => {
      expect(PRIMARY_CARE_FUNCTIONS.slice(0, 15).map((entry) => entry.id)).toEqual(
        DESIGN_FUNCTION_IDS,
      );
    });

    it('returns the further functions named by seeds 000, 001 and 003', () => {
      expect(PRIMARY_CARE_FUNCTIONS.slice(15).map((entry) => entry.id)).toEqual([
        'contract-terminations',
        'practice-boundary-changes',
        'urgent-care-out-of-area-patients',
        'primary-care-planning-and-review',
        'poorly-performing-practices',
        'communications-and-engagement-advice',
        'payments-to-suspended-gps',
        'national-policy-and-contract-negotiations',
        'payments-administration',
        'list-management',
        'assurance-and-oversight',
      ]);
    });

    it('returns unique kebab-case IDs', () => {
      const ids = PRIMARY_CARE_FUNCTIONS.map((entry) => entry.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    });

    it.each(PRIMARY_CARE_FUNCTIONS.map((entry) => [entry.id, entry] as const))(
      'gives %s a name, a plain description ending in a full stop, and known sources',
      (_id, entry) => {
        expect(entry.name.length).toBeGreaterThan(0);
        expect(entry.description).toMatch(/^[A-Z].*\.$/);
        expect(entry.sources.length).toBeGreaterThan(0);
        for (const source of entry.sources) expect(SEED_FILES).toContain(source.document);
      },
    );

    it('marks exactly the functions no model lets a CCG decide, each with a reason and sources', () => {
      const reserved = PRIMARY_CARE_FUNCTIONS.filter(
        (entry) => entry.reservedToNhsEngland !== undefined,
      );
      expect(reserved.map((entry) => entry.id)).toEqual([
        'pharmacy-eye-dental-commissioning',
        'performers-list-appraisal-revalidation',
        'national-policy-and-contract-negotiations',
        'assurance-and-oversight',
      ]);
      for (const entry of reserved) {
        expect(entry.reservedToNhsEngland?.reason).toMatch(/\.$/);
        expect(entry.reservedToNhsEngland?.sources.length).toBeGreaterThan(0);
      }
    });

    it('has a matrix row for every catalogued function and no other', () => {
      expect(Object.keys(RESPONSIBILITY_MATRIX).sort()).toEqual(
        PRIMARY_CARE_FUNCTIONS.map((entry) => entry.id).sort(),
      );
    });

    it('is deeply frozen', () => {
      expect(isDeepFrozen(PRIMARY_CARE_FUNCTIONS)).toBe(true);
    });
  });
});
