import {
  type Declaration,
  type Register,
  safeToPublicRegister,
  toPublicRegister,
} from 'co-commissioning';
import { deepFreeze, isDeepFrozen } from 'co-commissioning/testing';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CAMBRIDGESHIRE_REGISTER, DECISION_MAKERS } from './cambridgeshire.js';

// Sources: DOMAIN.md Part 2 §1.5 rules 32–34, §5b CHK-REGISTER-PUBLISH; Part 3 Q12.

function declaration(fields: Partial<Declaration> = {}): Declaration {
  return {
    id: 'd-1',
    personId: 'p-gp',
    type: 'financial',
    description: 'GP partner, Riverside Surgery',
    arisesOn: '2016-09-01',
    declaredOn: '2016-09-05',
    ...fields,
  };
}

const only = (...declarations: Declaration[]): Register => ({ declarations });

describe('toPublicRegister', () => {
  describe('when publishing the Cambridgeshire & Peterborough-style register under the 2016 guidance', () => {
    const published = toPublicRegister(CAMBRIDGESHIRE_REGISTER, { asOf: '2016-07-01' });

    it('publishes every declaration but the one whose holder refused consent, sorted by person', () => {
      expect(published.regime).toBe('2016');
      expect(published.entries.map((entry) => [entry.personId, entry.id])).toEqual([
        ['p-gp-fenland', 'd-03'],
        ['p-gp-fenland', 'd-02'],
        ['p-gp-huntingdon', 'd-01'],
        ['p-lay-ppi', 'd-04'],
      ]);
      expect(published.withheld).toEqual([
        {
          declarationId: 'd-05',
          personId: 'p-contracts-officer',
          reason: 'consent-refused',
          ruleId: 'COI-REGISTER-FIELDS',
          message:
            'Declaration d-05 (p-contracts-officer): p-contracts-officer refused consent to publish.',
        },
      ]);
    });

    it('drops the consent flag and shows how long an ended interest stays published', () => {
      const entry = published.entries.find((candidate) => candidate.id === 'd-04');
      expect(entry).toEqual({
        id: 'd-04',
        personId: 'p-lay-ppi',
        type: 'non-financial-personal',
        description: 'Volunteer, local Healthwatch',
        arisesOn: '2015-09-01',
        declaredOn: '2015-09-20',
        endsOn: '2016-08-31',
        onRegisterUntil: '2017-02-28',
      });
      expect(published.entries.every((candidate) => !('consentToPublish' in candidate))).toBe(true);
    });

    it('explains the publication rules it applied', () => {
      expect(published.reasons.map((reason) => [reason.id, reason.verdict])).toEqual([
        ['COI-REGISTER-RETENTION', 'pass'],
        ['COI-REGISTER-2017', 'not-applicable'],
        ['COI-REGISTER-FIELDS', 'pass'],
      ]);
      expect(published.reasons[1]?.message).toBe(
        'COI-REGISTER-2017 is not in force on 2016-07-01 (in force from 2017-06-16). Every declaration on the register is published (s.14O: registers are published or made accessible).',
      );
    });
  });

  describe('when publishing under the 2017 guidance (COI-REGISTER-2017)', () => {
    it('publishes decision-making staff only, and drops interests ended more than 6 months before', () => {
      const published = toPublicRegister(CAMBRIDGESHIRE_REGISTER, {
        asOf: '2017-07-01',
        decisionMakerIds: DECISION_MAKERS,
      });
      expect(published.regime).toBe('2017');
      expect(published.entries.map((entry) => entry.id)).toEqual(['d-03', 'd-02', 'd-01']);
      expect(
        published.withheld.map((entry) => [entry.declarationId, entry.reason, entry.ruleId]),
      ).toEqual([
        ['d-05', 'not-decision-making-staff', 'COI-REGISTER-2017'],
        ['d-04', 'retention-period-over', 'COI-REGISTER-RETENTION'],
      ]);
      expect(published.reasons[1]).toMatchObject({
        id: 'COI-REGISTER-2017',
        verdict: 'pass',
        message:
          'Only decision-making staff are published under the 2017 guidance: 6 people are listed.',
        values: { decisionMakers: 6 },
      });
    });

    it('says "person is" for a single decision-maker', () => {
      const published = toPublicRegister(only(declaration()), {
        asOf: '2017-07-01',
        decisionMakerIds: ['p-gp'],
      });
      expect(published.reasons[1]?.message).toBe(
        'Only decision-making staff are published under the 2017 guidance: 1 person is listed.',
      );
    });

    it('publishes nobody, and says why, when no list of decision-making staff is given', () => {
      const published = toPublicRegister(CAMBRIDGESHIRE_REGISTER, { asOf: '2017-07-01' });
      expect(published.entries).toEqual([]);
      expect(published.withheld.map((entry) => entry.reason)).toEqual([
        'decision-making-staff-unknown',
        'decision-making-staff-unknown',
        'decision-making-staff-unknown',
        'decision-making-staff-unknown',
        'retention-period-over',
      ]);
      expect(published.reasons[1]).toEqual({
        id: 'COI-REGISTER-2017',
        verdict: 'unknown',
        message:
          'Only decision-making staff are published under the 2017 guidance, and no list of them was given: nothing is published.',
        sources: [
          {
            document: 'DOMAIN.md',
            domainId: 'COI-REGISTER-2017',
            section: 'Part 2 §1.5 rule 33 (S1, S40)',
          },
          {
            document: 'DOMAIN.md',
            section: 'Part 2 §5b CHK-REGISTER-ANNUAL, CHK-REGISTER-PUBLISH',
          },
        ],
        missing: ['decisionMakerIds'],
        remedy: 'Give the person IDs of your decision-making staff in decisionMakerIds.',
      });
    });

    it.each([
      ['2017-06-15', undefined, 1],
      ['2017-06-16', undefined, 0],
      ['2017-05-31', '2017-06-01', 1],
      ['2017-06-01', '2017-06-01', 0],
    ] as const)(
      'on %s (2017 from %s) publishes %i entries of a non-decision-maker',
      (asOf, regime2017From, count) => {
        const register = only(declaration({ personId: 'p-admin' }));
        const options =
          regime2017From === undefined
            ? { asOf, decisionMakerIds: ['p-gp'] }
            : { asOf, decisionMakerIds: ['p-gp'], regime2017From };
        expect(toPublicRegister(register, options).entries).toHaveLength(count);
      },
    );

    it('withholds a refused consent even for decision-making staff', () => {
      const register = only(
        declaration({ consentToPublish: false }),
        declaration({ id: 'd-2', consentToPublish: true }),
        declaration({ id: 'd-3' }),
      );
      const published = toPublicRegister(register, {
        asOf: '2017-07-01',
        decisionMakerIds: ['p-gp'],
      });
      expect(published.entries.map((entry) => entry.id)).toEqual(['d-2', 'd-3']);
      expect(published.withheld.map((entry) => entry.reason)).toEqual(['consent-refused']);
    });
  });

  describe('when an interest has ended (COI-REGISTER-RETENTION)', () => {
    const ended = only(declaration({ endsOn: '2017-01-31' }));

    it.each([
      ['2017-07-31', true],
      ['2017-08-01', false],
    ] as const)('keeps an interest ended 2017-01-31 published on %s: %s', (asOf, kept) => {
      const published = toPublicRegister(ended, { asOf, decisionMakerIds: ['p-gp'] });
      expect(published.entries.length === 1).toBe(kept);
      if (kept) expect(published.entries[0]?.onRegisterUntil).toBe('2017-07-31');
      else {
        expect(published.withheld[0]?.message).toBe(
          'Declaration d-1 (p-gp) ended on 2017-01-31, more than 6 months before 2017-08-01.',
        );
      }
    });

    it('keeps the month’s last day when the month is shorter (ended 31 August → 28 February)', () => {
      const register = only(
        declaration({ arisesOn: '2016-01-04', declaredOn: '2016-01-08', endsOn: '2016-08-31' }),
      );
      const published = toPublicRegister(register, { asOf: '2016-09-01' });
      expect(published.entries[0]?.onRegisterUntil).toBe('2017-02-28');
    });

    it('keeps ended interests published when the rule is turned off or not yet in force', () => {
      const off = toPublicRegister(ended, {
        asOf: '2019-01-01',
        decisionMakerIds: ['p-gp'],
        overrides: { 'COI-REGISTER-RETENTION': { enabled: false } },
      });
      expect(off.entries).toHaveLength(1);
      expect(off.entries[0]?.onRegisterUntil).toBeUndefined();
      expect(off.reasons[0]?.message).toBe(
        'COI-REGISTER-RETENTION is turned off by your overrides. Ended interests stay on the published register: no rule in the sources removes them.',
      );
      const early = toPublicRegister(
        only(
          declaration({ arisesOn: '2015-01-01', declaredOn: '2015-01-02', endsOn: '2015-02-01' }),
        ),
        {
          asOf: '2016-06-27',
        },
      );
      expect(early.regime).toBe('before-2016');
      expect(early.entries).toHaveLength(1);
      expect(early.reasons[0]?.verdict).toBe('not-applicable');
    });

    it('publishes the 2016 register when the 2017 rule is turned off', () => {
      const published = toPublicRegister(only(declaration({ personId: 'p-admin' })), {
        asOf: '2018-01-01',
        overrides: { 'COI-REGISTER-2017': { enabled: false } },
      });
      expect(published.entries).toHaveLength(1);
      expect(published.reasons[1]?.verdict).toBe('not-applicable');
    });
  });

  describe('when a declaration is made after the publication date', () => {
    it('leaves it off as not yet declared', () => {
      const published = toPublicRegister(only(declaration({ declaredOn: '2017-08-01' })), {
        asOf: '2017-07-01',
        decisionMakerIds: ['p-gp'],
      });
      expect(published.withheld).toEqual([
        {
          declarationId: 'd-1',
          personId: 'p-gp',
          reason: 'not-yet-declared',
          ruleId: 'COI-DECLARE-28D',
          message: 'Declaration d-1 (p-gp) was declared on 2017-08-01, after 2017-07-01.',
        },
      ]);
    });

    it('publishes an interest declared before it arises', () => {
      const published = toPublicRegister(
        only(declaration({ arisesOn: '2017-09-01', declaredOn: '2017-06-20' })),
        {
          asOf: '2017-07-01',
          decisionMakerIds: ['p-gp'],
        },
      );
      expect(published.entries).toHaveLength(1);
    });
  });

  describe('when the input is malformed', () => {
    it('reports the issues at the safe door and throws at the other', () => {
      expect(safeToPublicRegister({ declarations: [] }, { asOf: '2017-13-01' })).toEqual({
        success: false,
        issues: [
          {
            code: 'invalid_input',
            message:
              'Give a real calendar date written YYYY-MM-DD, such as 2016-04-01. (at options.asOf)',
            path: ['options', 'asOf'],
            expected: 'custom',
            received: 'the text "2017-13-01"',
          },
        ],
      });
      expect(() =>
        toPublicRegister(only(declaration(), declaration()), { asOf: '2017-07-01' }),
      ).toThrowErrorMatchingInlineSnapshot(
        `[CoCommissioningError: [co-commissioning] invalid_input: Declaration ID "d-1" appears more than once in the register: give each declaration its own ID.]`,
      );
    });

    it('rejects options that belong to checkDeclarations only', () => {
      const result = safeToPublicRegister(
        { declarations: [] },
        { asOf: '2017-07-01', joinedOn: {} },
      );
      expect(result.success === false && result.issues[0].message).toBe(
        'Remove the field "joinedOn" at options: not part of this record.',
      );
    });

    it('never throws from the safe door, whatever it is given', () => {
      fc.assert(
        fc.property(fc.anything(), fc.anything(), (register, options) => {
          expect(typeof safeToPublicRegister(register, options).success).toBe('boolean');
        }),
      );
    });
  });

  describe('when it comes to purity', () => {
    it('does not mutate its arguments', () => {
      const register = deepFreeze(structuredClone(CAMBRIDGESHIRE_REGISTER));
      const options = deepFreeze({ asOf: '2017-07-01', decisionMakerIds: [...DECISION_MAKERS] });
      expect(() => toPublicRegister(register, options)).not.toThrow();
      expect(register).toEqual(CAMBRIDGESHIRE_REGISTER);
    });

    it('returns a deeply frozen result', () => {
      expect(isDeepFrozen(toPublicRegister(CAMBRIDGESHIRE_REGISTER, { asOf: '2017-07-01' }))).toBe(
        true,
      );
    });
  });

  describe('laws (property-based)', () => {
    it('places every declaration either in the entries or in the withheld list, never both', () => {
      fc.assert(
        fc.property(
          fc.constantFrom('2015-06-01', '2016-07-01', '2017-07-01', '2019-01-01'),
          fc.subarray([...DECISION_MAKERS]),
          (asOf, decisionMakerIds) => {
            const published = toPublicRegister(CAMBRIDGESHIRE_REGISTER, { asOf, decisionMakerIds });
            const ids = [
              ...published.entries.map((entry) => entry.id),
              ...published.withheld.map((entry) => entry.declarationId),
            ];
            expect(ids.sort()).toEqual(
              CAMBRIDGESHIRE_REGISTER.declarations.map((entry) => entry.id).sort(),
            );
          },
        ),
      );
    });

    it('never publishes more by knowing fewer decision-makers', () => {
      fc.assert(
        fc.property(fc.subarray([...DECISION_MAKERS]), (subset) => {
          const all = toPublicRegister(CAMBRIDGESHIRE_REGISTER, {
            asOf: '2017-07-01',
            decisionMakerIds: DECISION_MAKERS,
          });
          const some = toPublicRegister(CAMBRIDGESHIRE_REGISTER, {
            asOf: '2017-07-01',
            decisionMakerIds: subset,
          });
          expect(some.entries.length).toBeLessThanOrEqual(all.entries.length);
        }),
      );
    });
  });
});

describe('toPublicRegister at the edges of the calendar', () => {
  it('holds the end of publication at 9999-12-31 for an interest ending in 9999', () => {
    const register = only(
      declaration({ arisesOn: '9999-01-01', declaredOn: '9999-01-02', endsOn: '9999-09-30' }),
    );
    const published = toPublicRegister(register, {
      asOf: '9999-12-31',
      decisionMakerIds: ['p-gp'],
    });
    expect(published.entries[0]?.onRegisterUntil).toBe('9999-12-31');
  });
});
