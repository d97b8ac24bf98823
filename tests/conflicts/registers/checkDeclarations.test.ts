import {
  addDays,
  type CheckDeclarationsOptions,
  checkDeclarations,
  type Declaration,
  type DeclarationsRuleContext,
  type LocalRule,
  type Register,
  safeCheckDeclarations,
} from 'co-commissioning';
import { deepFreeze, isDeepFrozen, isoDateArbitrary } from 'co-commissioning/testing';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CAMBRIDGESHIRE_REGISTER, DECISION_MAKERS, JOINED_ON } from './cambridgeshire.js';

// Sources: DOMAIN.md Part 2 §1.5 rules 31–34, §5b CHK-DECLARE-28D, CHK-REGISTER-ANNUAL,
// CHK-REGISTER-PUBLISH; seed 002 §3.5 (SEED-COI-MEASURES).

function declaration(fields: Partial<Declaration> = {}): Declaration {
  return {
    id: 'd-1',
    personId: 'p-gp',
    type: 'financial',
    description: 'GP partner, Riverside Surgery',
    arisesOn: '2017-01-01',
    declaredOn: '2017-01-10',
    ...fields,
  };
}

const only = (...declarations: Declaration[]): Register => ({ declarations });
const ruleIds = (register: Register, options: CheckDeclarationsOptions) =>
  checkDeclarations(register, options).findings.map((finding) => finding.ruleId);

describe('checkDeclarations', () => {
  describe('when given the Cambridgeshire & Peterborough-style register (seed 002 §3.5)', () => {
    it('finds the late federation shareholding and the member with no declaration in 2016', () => {
      const check = checkDeclarations(CAMBRIDGESHIRE_REGISTER, {
        asOf: '2016-07-01',
        decisionMakerIds: DECISION_MAKERS,
        joinedOn: JOINED_ON,
      });
      expect(check.compliant).toBe(false);
      expect(check.regime).toBe('2016');
      expect(
        check.findings.map((finding) => [finding.ruleId, finding.severity, finding.subjectIds]),
      ).toEqual([
        ['COI-DECLARE-28D', 'breach', ['d-02', 'p-gp-fenland']],
        ['SEED-COI-MEASURES', 'warning', ['p-director-quality']],
      ]);
      expect(check.findings[0]?.message).toBe(
        'Declaration d-02 (p-gp-fenland: Shareholder, Fenland GP Federation) was declared on 2016-06-15, 45 days after the interest arose on 2016-05-01: later than the 28 days allowed.',
      );
      expect(check.notApplied.map((skip) => [skip.ruleId, skip.why])).toEqual([
        ['COI-REGISTER-2017', 'not-in-force'],
      ]);
    });

    it('adds the overdue annual review and the retention advice in 2018', () => {
      const check = checkDeclarations(CAMBRIDGESHIRE_REGISTER, {
        asOf: '2018-07-01',
        decisionMakerIds: DECISION_MAKERS,
        joinedOn: JOINED_ON,
      });
      expect(check.regime).toBe('2017');
      expect(check.findings.map((finding) => [finding.ruleId, finding.severity])).toEqual([
        ['COI-DECLARE-28D', 'breach'],
        ['SEED-COI-MEASURES', 'warning'],
        ['COI-REGISTER-2017', 'breach'],
        ['COI-REGISTER-RETENTION', 'advice'],
      ]);
      expect(check.findings[2]).toMatchInlineSnapshot(`
        {
          "evidence": {
            "asOf": "2018-07-01",
            "dueBy": "2018-06-16",
            "lastReviewedOn": "2016-03-31",
          },
          "message": "The register was last confirmed accurate on 2016-03-31; an annual check was due by 2018-06-16 and is overdue on 2018-07-01.",
          "remedy": "Check the register is accurate and up to date, and record the date in reviewedOn.",
          "ruleId": "COI-REGISTER-2017",
          "severity": "breach",
          "source": {
            "document": "DOMAIN.md",
            "domainId": "COI-REGISTER-2017",
            "section": "Part 2 §1.5 rule 33 (S1, S40)",
          },
          "subjectIds": [],
        }
      `);
      expect(check.findings[3]?.message).toBe(
        'Declaration d-04 (p-lay-ppi: Volunteer, local Healthwatch) ended on 2016-08-31: it stays on the published register until 2017-02-28 and should now be removed from it. Keep the record until at least 2022-08-31.',
      );
    });

    it('counts the interests held before joining from the day the member joined', () => {
      const withoutJoining = checkDeclarations(CAMBRIDGESHIRE_REGISTER, { asOf: '2016-07-01' });
      expect(withoutJoining.findings.map((finding) => finding.subjectIds[0])).toEqual([
        'd-01',
        'd-02',
        'd-03',
      ]);
      expect(withoutJoining.findings[0]?.message).toBe(
        'Declaration d-01 (p-gp-huntingdon: GP partner, Riverside Surgery (a member practice)) was declared on 2016-04-05, 1100 days after the duty to declare it began on 2013-04-01 (the interest arose on 2009-04-01): later than the 28 days allowed.',
      );
      expect(withoutJoining.findings[0]?.evidence).toMatchObject({
        dutyFrom: '2013-04-01',
        days: 1100,
      });
    });
  });

  describe('when an interest is declared some days after it arose (COI-DECLARE-28D)', () => {
    it.each([
      [27, false],
      [28, false],
      [29, true],
    ] as const)('after %i days reports a breach: %s', (days, late) => {
      const register = only(declaration({ declaredOn: addDays('2017-01-01', days) }));
      const check = checkDeclarations(register, { asOf: '2017-12-31' });
      expect(check.findings.length > 0).toBe(late);
      expect(check.compliant).toBe(!late);
      if (late) expect(check.findings[0]?.evidence).toMatchObject({ days: 29, limitDays: 28 });
    });

    it('treats a declaration made before the interest arises as on time', () => {
      const register = only(declaration({ arisesOn: '2017-04-01', declaredOn: '2017-03-01' }));
      expect(checkDeclarations(register, { asOf: '2017-12-31' }).findings).toEqual([]);
    });

    it.each([
      ['2017-01-29', false],
      ['2017-01-30', true],
    ] as const)(
      'with the declaration made after the check date %s, reports it overdue: %s',
      (asOf, overdue) => {
        const register = only(declaration({ declaredOn: '2017-03-01' }));
        const check = checkDeclarations(register, { asOf });
        expect(check.findings.length > 0).toBe(overdue);
        if (overdue) {
          expect(check.findings[0]?.message).toBe(
            'Declaration d-1 (p-gp: GP partner, Riverside Surgery) had not been declared by 2017-01-30, 29 days after the interest arose on 2017-01-01: later than the 28 days allowed (it was declared on 2017-03-01).',
          );
        }
      },
    );

    it.each([
      ['2016-04-29', false],
      ['2016-04-30', true],
    ] as const)(
      'counts from the joining date for an interest held before joining (declared %s, late: %s)',
      (declaredOn, late) => {
        const register = only(declaration({ arisesOn: '2010-01-01', declaredOn }));
        const check = checkDeclarations(register, {
          asOf: '2016-12-31',
          joinedOn: { 'p-gp': '2016-04-01' },
        });
        expect(check.findings.length > 0).toBe(late);
      },
    );
  });

  describe('when an interest ends before it arises (COI-REGISTER-FIELDS)', () => {
    it('warns that one of the dates is wrong', () => {
      const register = only(declaration({ endsOn: '2016-12-31' }));
      const check = checkDeclarations(register, { asOf: '2017-02-01' });
      expect(check.compliant).toBe(true);
      expect(check.findings).toEqual([
        expect.objectContaining({
          ruleId: 'COI-REGISTER-FIELDS',
          severity: 'warning',
          message:
            'Declaration d-1 (p-gp: GP partner, Riverside Surgery) ends on 2016-12-31 before it arises on 2017-01-01: one of the dates is wrong.',
        }),
      ]);
    });

    it('accepts an interest that ends on the day it arises', () => {
      const register = only(declaration({ endsOn: '2017-01-01' }));
      expect(ruleIds(register, { asOf: '2017-02-01' })).toEqual([]);
    });
  });

  describe('when decision-makers are given (SEED-COI-MEASURES)', () => {
    const register: Register = {
      declarations: [
        declaration({ personId: 'p-gp' }),
        declaration({
          id: 'd-2',
          personId: 'p-late',
          declaredOn: '2017-06-01',
          arisesOn: '2017-05-20',
        }),
      ],
      nilReturns: [
        { personId: 'p-lay', declaredOn: '2017-01-05' },
        { personId: 'p-future', declaredOn: '2017-09-01' },
      ],
    };

    it('reports each decision-maker with neither a declaration nor a nil return by the date, once', () => {
      const check = checkDeclarations(register, {
        asOf: '2017-03-01',
        decisionMakerIds: ['p-none', 'p-gp', 'p-lay', 'p-future', 'p-late', 'p-none'],
      });
      expect(check.findings.map((finding) => finding.subjectIds[0])).toEqual([
        'p-future',
        'p-late',
        'p-none',
      ]);
      expect(check.findings[0]).toMatchObject({
        ruleId: 'SEED-COI-MEASURES',
        severity: 'warning',
        message:
          'p-future takes part in decisions but has neither a declaration of interests nor a nil return on the register by 2017-03-01.',
        remedy: 'Ask them to declare their interests, or to make a nil return if they have none.',
      });
    });

    it.each([
      ['2017-02-28', false],
      ['2017-03-01', false],
      ['2017-03-02', true],
    ] as const)(
      'gives a newcomer 28 days: joined 2017-02-01, checked %s, reported: %s',
      (asOf, reported) => {
        const check = checkDeclarations(only(), {
          asOf,
          decisionMakerIds: ['p-new'],
          joinedOn: { 'p-new': '2017-02-01' },
        });
        expect(check.findings.length > 0).toBe(reported);
      },
    );

    it('says it could not check without a list of decision-makers', () => {
      const check = checkDeclarations(register, { asOf: '2017-03-01' });
      expect(check.notApplied).toContainEqual({
        ruleId: 'SEED-COI-MEASURES',
        why: 'no-data',
        message:
          'SEED-COI-MEASURES needs the list of decision-makers (decisionMakerIds) to find who has not declared.',
      });
    });
  });

  describe('when the register must be confirmed annually (COI-REGISTER-2017)', () => {
    it.each([
      ['2019-03-01', false],
      ['2019-03-02', true],
    ] as const)('after a review on 2018-03-01, on %s reports it overdue: %s', (asOf, overdue) => {
      const register: Register = {
        declarations: [],
        reviewedOn: ['2017-12-01', '2018-03-01', '2030-01-01'],
      };
      const check = checkDeclarations(register, { asOf });
      expect(check.findings.map((finding) => finding.ruleId)).toEqual(
        overdue ? ['COI-REGISTER-2017'] : [],
      );
      if (overdue)
        expect(check.findings[0]?.evidence).toMatchObject({
          lastReviewedOn: '2018-03-01',
          dueBy: '2019-03-01',
        });
    });

    it.each([
      ['2018-06-16', false],
      ['2018-06-17', true],
    ] as const)(
      'with no review, by default first falls due a year after 16 June 2017 (%s overdue: %s)',
      (asOf, overdue) => {
        const check = checkDeclarations({ declarations: [] }, { asOf });
        expect(check.findings.length > 0).toBe(overdue);
        if (overdue) {
          expect(check.findings[0]?.message).toBe(
            'The register has no recorded review; an annual check was due by 2018-06-16 and is overdue on 2018-06-17.',
          );
        }
      },
    );

    it.each([
      ['2018-06-01', false],
      ['2018-06-02', true],
    ] as const)(
      'with regime2017From "2017-06-01", first falls due on 1 June 2018 (%s overdue: %s)',
      (asOf, overdue) => {
        const check = checkDeclarations(
          { declarations: [] },
          { asOf, regime2017From: '2017-06-01' },
        );
        expect(check.findings.length > 0).toBe(overdue);
      },
    );

    it.each([
      ['2017-05-31', undefined, 'not-in-force'],
      ['2017-06-01', '2017-06-01', undefined],
      ['2017-06-15', undefined, 'not-in-force'],
      ['2017-06-16', undefined, undefined],
    ] as const)('on %s (2017 from %s) is skipped as: %s', (asOf, regime2017From, skipped) => {
      const options = regime2017From === undefined ? { asOf } : { asOf, regime2017From };
      const check = checkDeclarations({ declarations: [] }, options);
      const skip = check.notApplied.find((entry) => entry.ruleId === 'COI-REGISTER-2017');
      expect(skip?.why).toBe(skipped);
    });

    it('applies a forced regime’s rules whatever the date', () => {
      const check = checkDeclarations({ declarations: [] }, { asOf: '2019-01-01', regime: '2016' });
      expect(check.regime).toBe('2016');
      expect(check.findings).toEqual([]);
      const before = checkDeclarations(
        { declarations: [] },
        { asOf: '2019-01-01', regime: 'before-2016' },
      );
      expect(
        before.notApplied
          .filter((entry) => entry.why === 'not-in-force')
          .map((entry) => entry.ruleId),
      ).toEqual(['COI-REGISTER-2017', 'COI-REGISTER-RETENTION']);
      const in2017 = checkDeclarations(
        { declarations: [] },
        { asOf: '2019-01-01', regime: '2017' },
      );
      expect(in2017.findings.map((finding) => finding.ruleId)).toEqual(['COI-REGISTER-2017']);
    });
  });

  describe('when an ended interest should leave the published register (COI-REGISTER-RETENTION)', () => {
    const ended = only(
      declaration({ arisesOn: '2016-09-01', declaredOn: '2016-09-05', endsOn: '2017-01-31' }),
    );

    it.each([
      ['2017-07-31', false],
      ['2017-08-01', true],
    ] as const)('for an interest ended 2017-01-31, on %s advises removal: %s', (asOf, advised) => {
      const check = checkDeclarations(ended, { asOf, decisionMakerIds: ['p-gp'] });
      const advice = check.findings.filter(
        (finding) => finding.ruleId === 'COI-REGISTER-RETENTION',
      );
      expect(advice.length > 0).toBe(advised);
      expect(check.compliant).toBe(true);
      if (advised)
        expect(advice[0]?.evidence).toMatchObject({
          publishedUntil: '2017-07-31',
          keepRecordUntil: '2023-01-31',
        });
    });

    it('gives no advice for an entry that is never published', () => {
      const notPublished: Register = {
        declarations: [
          declaration({
            arisesOn: '2016-09-01',
            declaredOn: '2016-09-05',
            endsOn: '2017-01-31',
            consentToPublish: false,
          }),
          declaration({
            id: 'd-2',
            personId: 'p-admin',
            arisesOn: '2016-09-01',
            declaredOn: '2016-09-05',
            endsOn: '2017-01-31',
          }),
          declaration({
            id: 'd-3',
            arisesOn: '2016-09-01',
            declaredOn: '2019-01-01',
            endsOn: '2017-01-31',
          }),
        ],
      };
      const check = checkDeclarations(notPublished, {
        asOf: '2018-09-01',
        decisionMakerIds: ['p-gp'],
      });
      expect(
        check.findings.filter((finding) => finding.ruleId === 'COI-REGISTER-RETENTION'),
      ).toEqual([]);
    });

    it('is not in force before the 2016 guidance', () => {
      const early = only(
        declaration({ arisesOn: '2015-01-01', declaredOn: '2015-01-05', endsOn: '2015-02-01' }),
      );
      const check = checkDeclarations(early, { asOf: '2016-06-27' });
      expect(check.findings).toEqual([]);
      expect(check.notApplied.map((entry) => entry.ruleId)).toContain('COI-REGISTER-RETENTION');
      expect(ruleIds(early, { asOf: '2016-06-28' })).toEqual(['COI-REGISTER-RETENTION']);
    });
  });

  describe('when the user overrides rules', () => {
    const late = only(declaration({ declaredOn: '2017-03-01' }));

    it('re-grades a breach to a warning, which leaves the register compliant', () => {
      const check = checkDeclarations(late, {
        asOf: '2017-03-01',
        overrides: { 'COI-DECLARE-28D': { severity: 'warning' } },
      });
      expect(check.compliant).toBe(true);
      expect(check.findings[0]?.severity).toBe('warning');
    });

    it('turns a rule off and says so', () => {
      const check = checkDeclarations(late, {
        asOf: '2017-03-01',
        overrides: { 'COI-DECLARE-28D': { enabled: false } },
      });
      expect(check.findings).toEqual([]);
      expect(check.notApplied[0]).toEqual({
        ruleId: 'COI-DECLARE-28D',
        why: 'turned-off',
        message: 'COI-DECLARE-28D is turned off by your overrides.',
      });
    });

    it('runs local rules after the built-in ones', () => {
      const mitigationRecorded: LocalRule<Register, DeclarationsRuleContext> = {
        id: 'LOCAL-MITIGATION-RECORDED',
        title: 'Every financial interest has a recorded mitigation',
        description:
          'Our enhanced declaration asks for the action agreed for each financial interest.',
        subject: 'register',
        severity: 'advice',
        confidence: 'V',
        sources: [{ document: 'Enhanced declaration of interests form', section: 'Part B' }],
        inForce: { from: '2016-04-01' },
        check: (register, context) =>
          register.declarations
            .filter((entry) => entry.type === 'financial' && entry.mitigation === undefined)
            .map((entry) => ({
              message: `${entry.id} has no mitigation (${context.regime}, ${context.decisionMakerIds?.length ?? 0} decision-makers).`,
              subjectIds: [entry.id],
              evidence: { personId: entry.personId },
            })),
      };
      const check = checkDeclarations(late, {
        asOf: '2017-03-01',
        decisionMakerIds: ['p-gp'],
        localRules: [mitigationRecorded],
      });
      expect(check.findings.map((finding) => [finding.ruleId, finding.message])).toEqual([
        ['COI-DECLARE-28D', expect.any(String)],
        ['LOCAL-MITIGATION-RECORDED', 'd-1 has no mitigation (2016, 1 decision-makers).'],
      ]);
      const withoutMakers = checkDeclarations(late, {
        asOf: '2017-03-01',
        localRules: [mitigationRecorded],
      });
      expect(withoutMakers.findings.at(-1)?.message).toBe(
        'd-1 has no mitigation (2016, 0 decision-makers).',
      );
    });
  });

  describe('when the input is malformed', () => {
    it('rejects two declarations with the same ID', () => {
      const result = safeCheckDeclarations(
        only(declaration(), declaration({ personId: 'p-other' })),
        { asOf: '2017-03-01' },
      );
      expect(result).toEqual({
        success: false,
        issues: [
          {
            code: 'invalid_input',
            message:
              'Declaration ID "d-1" appears more than once in the register: give each declaration its own ID.',
            path: ['register', 'declarations', 1, 'id'],
            expected: 'unique declaration IDs',
            received: 'a repeated ID "d-1"',
          },
        ],
      });
    });

    it('reports problems in the register and the options together', () => {
      const result = safeCheckDeclarations(
        { declarations: [{ ...declaration(), type: 'pecuniary' }] },
        { asOf: '2017-03-01', joinedOn: { 'p-1': 'April 2016' }, decisionMakerIds: [''] },
      );
      expect(
        result.success === false && result.issues.map((issue) => issue.message),
      ).toMatchInlineSnapshot(`
        [
          "Give the type of interest: financial, non-financial-professional, non-financial-personal or indirect. (at register.declarations.0.type)",
          "Give each decision-maker’s person ID: it cannot be empty. (at options.decisionMakerIds.0)",
          "Give a date written YYYY-MM-DD, such as 2016-04-01. (at options.joinedOn.p-1)",
        ]
      `);
    });

    it('throws a CoCommissioningError from the throwing door', () => {
      expect(() =>
        checkDeclarations({ declarations: [] }, { asOf: '1 April 2017' }),
      ).toThrowErrorMatchingInlineSnapshot(
        `[CoCommissioningError: [co-commissioning] invalid_input: Give a date written YYYY-MM-DD, such as 2016-04-01. (at options.asOf)]`,
      );
    });

    it('never throws from the safe door, whatever it is given', () => {
      fc.assert(
        fc.property(fc.anything(), fc.anything(), (register, options) => {
          expect(typeof safeCheckDeclarations(register, options).success).toBe('boolean');
        }),
      );
    });
  });

  describe('when it comes to purity', () => {
    const options = { asOf: '2018-07-01', decisionMakerIds: DECISION_MAKERS, joinedOn: JOINED_ON };

    it('does not mutate its arguments', () => {
      const register = deepFreeze(structuredClone(CAMBRIDGESHIRE_REGISTER));
      const frozenOptions = deepFreeze(structuredClone(options));
      expect(() => checkDeclarations(register, frozenOptions)).not.toThrow();
      expect(register).toEqual(CAMBRIDGESHIRE_REGISTER);
    });

    it('returns a deeply frozen result', () => {
      expect(isDeepFrozen(checkDeclarations(CAMBRIDGESHIRE_REGISTER, options))).toBe(true);
    });
  });

  describe('laws (property-based)', () => {
    it('never turns a late declaration on time by declaring later', () => {
      fc.assert(
        fc.property(
          isoDateArbitrary({ min: '2013-04-01', max: '2020-12-31' }),
          fc.integer({ min: -60, max: 120 }),
          fc.integer({ min: 0, max: 120 }),
          (arisesOn, firstDelay, extra) => {
            const asOf = '2021-12-31';
            const early = only(
              declaration({ arisesOn, declaredOn: addDays(arisesOn, firstDelay) }),
            );
            const later = only(
              declaration({ arisesOn, declaredOn: addDays(arisesOn, firstDelay + extra) }),
            );
            const lateEarly = ruleIds(early, { asOf }).includes('COI-DECLARE-28D');
            const lateLater = ruleIds(later, { asOf }).includes('COI-DECLARE-28D');
            expect(!lateEarly || lateLater).toBe(true);
            expect(lateEarly).toBe(firstDelay > 28);
          },
        ),
      );
    });

    it('does not depend on the order of the declarations', () => {
      fc.assert(
        fc.property(
          fc.shuffledSubarray([...CAMBRIDGESHIRE_REGISTER.declarations], {
            minLength: 5,
            maxLength: 5,
          }),
          (shuffled) => {
            const reordered = { ...CAMBRIDGESHIRE_REGISTER, declarations: shuffled };
            expect(checkDeclarations(reordered, options2018)).toEqual(
              checkDeclarations(CAMBRIDGESHIRE_REGISTER, options2018),
            );
          },
        ),
      );
    });
  });
});

const options2018 = { asOf: '2018-07-01', decisionMakerIds: DECISION_MAKERS, joinedOn: JOINED_ON };
