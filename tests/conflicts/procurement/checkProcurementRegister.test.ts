import {
  checkProcurementRegister,
  type LocalRule,
  type ProcurementDecision,
  ProcurementDecisionSchema,
  type ProcurementRuleContext,
  safeCheckProcurementRegister,
} from 'co-commissioning';
import { deepFreeze, isDeepFrozen } from 'co-commissioning/testing';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { REGISTER } from './fixtures.js';

describe('checkProcurementRegister', () => {
  describe('when the register is shaped like Cambridgeshire & Peterborough’s (seed 002 §3.5)', () => {
    const check = checkProcurementRegister(REGISTER, { asOf: '2016-12-31' });

    it('reports one breach per missing element, in date order', () => {
      expect(check.compliant).toBe(false);
      expect(check.checkedIds).toEqual(['pd-2016-01', 'pd-2016-02', 'pd-2016-03']);
      expect(
        check.findings.map(({ subjectIds, evidence: { element } }) => [subjectIds[0], element]),
      ).toEqual([
        ['pd-2016-02', 'managementActions'],
        ['pd-2016-03', 'decisionMakers'],
      ]);
    });

    it('words each finding for a governance lead, with the source', () => {
      expect(check.findings[0]).toMatchInlineSnapshot(`
        {
          "evidence": {
            "decidedOn": "2016-07-14",
            "decisionId": "pd-2016-02",
            "element": "managementActions",
          },
          "message": "Procurement decision pd-2016-02 (Extended hours pilot, Fenland) of 2016-07-14 does not record how the conflicts were managed.",
          "remedy": "Record how the conflicts were managed on the register of procurement decisions.",
          "ruleId": "COI-PROCUREMENT-REGISTER",
          "severity": "breach",
          "source": {
            "document": "DOMAIN.md",
            "domainId": "COI-PROCUREMENT-REGISTER",
            "section": "Part 2 §1.5 rule 43 (S41, S61)",
          },
          "subjectIds": [
            "pd-2016-02",
          ],
        }
      `);
      expect(check.findings[1]?.message).toBe(
        'Procurement decision pd-2016-03 of 2016-09-08 does not record who was involved in making it.',
      );
    });
  });

  describe('when an entry misses elements', () => {
    it('reports all four for an empty entry', () => {
      const check = checkProcurementRegister([{ id: 'pd-x', decidedOn: '2017-01-10' }], {
        asOf: '2017-02-01',
      });
      expect(check.findings.map(({ evidence: { element } }) => element)).toEqual([
        'decisionDetails',
        'decisionMakers',
        'conflictsSummary',
        'managementActions',
      ]);
    });

    it('treats an empty list of decision-makers or one without a name as missing', () => {
      const entry = REGISTER[0] as ProcurementDecision;
      const empty = checkProcurementRegister([{ ...entry, decisionMakers: [] }], {
        asOf: '2017-01-01',
      });
      expect(empty.findings.map(({ evidence: { element } }) => element)).toEqual([
        'decisionMakers',
      ]);
      const unnamed = checkProcurementRegister([{ ...entry, decisionMakers: [{ name: ' ' }] }], {
        asOf: '2017-01-01',
      });
      expect(unnamed.findings[0]?.message).toBe(
        'Procurement decision pd-2016-01 (Anticoagulation monitoring Local Enhanced Service) of 2016-05-12 lists a decision-maker without a name: the register must record who was involved in making it.',
      );
    });

    it('accepts "None declared" and "Not applicable" as recorded elements', () => {
      const complete = checkProcurementRegister(
        [{ ...(REGISTER[2] as ProcurementDecision), decisionMakers: [{ name: 'Lay chair' }] }],
        {
          asOf: '2017-01-01',
        },
      );
      expect(complete).toEqual({
        compliant: true,
        findings: [],
        checkedIds: ['pd-2016-03'],
        notApplied: [],
      });
    });
  });

  describe('when the date matters', () => {
    it.each([
      ['2016-09-07', ['pd-2016-01', 'pd-2016-02']],
      ['2016-09-08', ['pd-2016-01', 'pd-2016-02', 'pd-2016-03']],
    ] as const)('on %s checks only the decisions made by then', (asOf, ids) => {
      expect(checkProcurementRegister(REGISTER, { asOf }).checkedIds).toEqual(ids);
    });

    it.each([
      ['2014-11-30', 'not-in-force'],
      ['2014-12-01', undefined],
    ] as const)(
      'on %s applies the rule (December 2014 guidance from the 1st): skipped as %s',
      (asOf, why) => {
        const check = checkProcurementRegister([{ id: 'pd-old', decidedOn: '2014-06-01' }], {
          asOf,
        });
        expect(check.notApplied[0]?.why).toBe(why);
        expect(check.findings.length > 0).toBe(why === undefined);
      },
    );
  });

  describe('when the user overrides the rule or adds one', () => {
    it('re-grades the rule to a warning, which leaves the register compliant', () => {
      const check = checkProcurementRegister(REGISTER, {
        asOf: '2017-01-01',
        overrides: { 'COI-PROCUREMENT-REGISTER': { severity: 'warning' } },
      });
      expect(check.compliant).toBe(true);
      expect(check.findings.every((finding) => finding.severity === 'warning')).toBe(true);
    });

    it('turns the rule off and says so', () => {
      const check = checkProcurementRegister(REGISTER, {
        asOf: '2017-01-01',
        overrides: { 'COI-PROCUREMENT-REGISTER': { enabled: false } },
      });
      expect(check.findings).toEqual([]);
      expect(check.notApplied).toEqual([
        {
          ruleId: 'COI-PROCUREMENT-REGISTER',
          why: 'turned-off',
          message: 'COI-PROCUREMENT-REGISTER is turned off by your overrides.',
        },
      ]);
    });

    it('runs local rules over the whole register', () => {
      const valueRecorded: LocalRule<readonly ProcurementDecision[], ProcurementRuleContext> = {
        id: 'LOCAL-CONTRACT-VALUE',
        title: 'Each decision records the contract value',
        description: 'Our standing financial instructions require the value on the register.',
        subject: 'procurement',
        severity: 'warning',
        confidence: 'V',
        sources: [{ document: 'Standing financial instructions', section: '12' }],
        inForce: { from: '2016-04-01' },
        check: (entries, context) =>
          entries
            .filter(
              (entry) => entry.contractValuePence === undefined && entry.decidedOn <= context.asOf,
            )
            .map((entry) => ({
              message: `${entry.id} has no contract value.`,
              subjectIds: [entry.id],
              evidence: {},
            })),
      };
      const check = checkProcurementRegister(REGISTER, {
        asOf: '2016-08-01',
        localRules: [valueRecorded],
      });
      expect(check.findings.map((finding) => [finding.ruleId, finding.message])).toEqual([
        ['COI-PROCUREMENT-REGISTER', expect.any(String)],
        ['LOCAL-CONTRACT-VALUE', 'pd-2016-02 has no contract value.'],
      ]);
    });
  });

  describe('when the input is malformed', () => {
    it('rejects two decisions with the same ID', () => {
      const twice = [REGISTER[0], REGISTER[0]];
      expect(safeCheckProcurementRegister(twice, { asOf: '2017-01-01' })).toEqual({
        success: false,
        issues: [
          {
            code: 'invalid_input',
            message:
              'Procurement decision ID "pd-2016-01" appears more than once in the register: give each decision its own ID.',
            path: ['entries', 1, 'id'],
            expected: 'unique procurement decision IDs',
            received: 'a repeated ID "pd-2016-01"',
          },
        ],
      });
    });

    it('reports problems in the entries and the options together', () => {
      const result = safeCheckProcurementRegister(
        [{ id: 'pd-1', decidedOn: '2017-01-01', decisionMakers: [{ role: 'lay' }] }],
        {},
      );
      expect(
        result.success === false && result.issues.map((issue) => issue.message),
      ).toMatchInlineSnapshot(`
        [
          "Give each decision-maker’s name as text. (at entries.0.decisionMakers.0.name)",
          "Give a date as text written YYYY-MM-DD, such as 2016-04-01. (at options.asOf)",
        ]
      `);
    });

    it('throws a CoCommissioningError from the throwing door', () => {
      expect(() =>
        checkProcurementRegister(
          [{ id: 'pd-1', decidedOn: '2017-01-01', contractValuePence: 10.5 }],
          { asOf: '2017-01-01' },
        ),
      ).toThrowErrorMatchingInlineSnapshot(
        `[CoCommissioningError: [co-commissioning] invalid_input: Give the amount in whole pence, such as 5000 for £50. (at entries.0.contractValuePence)]`,
      );
    });

    it('never throws from the safe door, whatever it is given', () => {
      fc.assert(
        fc.property(fc.anything(), fc.anything(), (entries, options) => {
          expect(typeof safeCheckProcurementRegister(entries, options).success).toBe('boolean');
        }),
      );
    });
  });

  describe('when it comes to purity', () => {
    it('does not mutate its arguments', () => {
      const entries = deepFreeze(structuredClone([...REGISTER]));
      const options = deepFreeze({
        asOf: '2017-01-01',
        overrides: { 'COI-PROCUREMENT-REGISTER': { severity: 'advice' as const } },
      });
      expect(() => checkProcurementRegister(entries, options)).not.toThrow();
      expect(entries).toEqual(REGISTER);
    });

    it('returns a deeply frozen result', () => {
      expect(isDeepFrozen(checkProcurementRegister(REGISTER, { asOf: '2017-01-01' }))).toBe(true);
    });
  });

  describe('laws (property-based)', () => {
    it('finds nothing more when an element is filled in', () => {
      const elements = ['decisionDetails', 'conflictsSummary', 'managementActions'] as const;
      fc.assert(
        fc.property(fc.subarray([...elements]), fc.constantFrom(...elements), (present, added) => {
          const entry: ProcurementDecision = {
            id: 'pd-1',
            decidedOn: '2017-01-01',
            decisionMakers: [{ name: 'Lay chair' }],
          };
          const partial = Object.fromEntries(present.map((element) => [element, 'Recorded.']));
          const before = checkProcurementRegister([{ ...entry, ...partial }], {
            asOf: '2017-02-01',
          });
          const after = checkProcurementRegister([{ ...entry, ...partial, [added]: 'Recorded.' }], {
            asOf: '2017-02-01',
          });
          expect(after.findings.length).toBeLessThanOrEqual(before.findings.length);
          expect(before.findings.length).toBe(elements.length - present.length);
        }),
      );
    });

    it('does not depend on the order of the register', () => {
      fc.assert(
        fc.property(
          fc.shuffledSubarray([...REGISTER], { minLength: 3, maxLength: 3 }),
          (shuffled) => {
            expect(checkProcurementRegister(shuffled, { asOf: '2017-01-01' })).toEqual(
              checkProcurementRegister(REGISTER, { asOf: '2017-01-01' }),
            );
          },
        ),
      );
    });
  });
});

describe('ProcurementDecisionSchema', () => {
  it('accepts an entry with only its ID and date, so missing elements become findings', () => {
    expect(
      ProcurementDecisionSchema.safeParse({ id: 'pd-1', decidedOn: '2016-05-12' }).success,
    ).toBe(true);
  });

  it('rejects fields it does not know', () => {
    expect(
      ProcurementDecisionSchema.safeParse({ id: 'pd-1', decidedOn: '2016-05-12', winner: 'x' })
        .success,
    ).toBe(false);
  });
});
