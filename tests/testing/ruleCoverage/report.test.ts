// A suite asks its rule-coverage collector one question: which conflict-of-interest rules and
// which guards did my tests exercise, and which never? This pins the whole report over a suite
// that walks every journey of the commissioning machine (Cambridgeshire & Peterborough's move to
// delegation, a move to joint commissioning, a step back to Model A, notice to leave
// delegation) and checks every kind of subject (the four kinds of committee, a meeting, a
// register, the procurement register, gifts under the 2016 and 2017 guidance): the counts, the
// lists of what was never hit, passed, applied, failed or evaluated, and the summary's words. It
// also pins how outcomes are counted (a rule or guard undecided for want of data was still
// applied; a gift rule's reasons merge to one outcome), the order of local rules and guards,
// and the coded error for anything the collector cannot read.
import {
  assessGift,
  assessMeeting,
  availableTransitions,
  COI_RULES,
  checkCommittee,
  checkDeclarations,
  checkProcurementRegister,
  explainTransition,
  type GiftAssessment,
  GUARDS,
  type Reason,
  transition,
} from 'co-commissioning';
import {
  buildCommissioningState,
  buildCommittee,
  buildDelegationProposal,
  buildMeeting,
  buildOffer,
  buildProcurementDecision,
  buildRegister,
  createRuleCoverage,
  isDeepFrozen,
  isPolicyAssertionError,
  type RuleCoverageReport,
  runScenario,
} from 'co-commissioning/testing';
import { describe, expect, it } from 'vitest';

const asOf = '2017-06-01';
type ProcurementLocalRule = NonNullable<
  Parameters<typeof checkProcurementRegister>[1]['localRules']
>[number];
const supplier = { id: 'acme', name: 'Acme Medical Ltd', kind: 'supplier' as const };

/** Every journey of the machine, as scenarios. */
function journeys() {
  return [
    runScenario({
      name: 'Cambridgeshire & Peterborough moves to delegated commissioning',
      given: {
        ccgId: '06H',
        model: 'B',
        since: '2015-04-01',
        ballots: { members: { id: 'cpccg-2015', eligible: 107, yes: 52, no: 31 } },
        committees: { pccc: buildCommittee() },
      },
      when: [
        { type: 'PROPOSE', on: '2015-07-01', target: 'C', goLive: '2016-04-01' },
        { type: 'CONSULT_LMC', on: '2015-07-31' },
        { type: 'RECORD_BALLOT', on: '2015-10-01', ballot: 'members' },
        { type: 'GOVERNING_BODY_DECISION', on: '2015-10-06', approved: true },
        {
          type: 'SUBMIT_APPLICATION',
          on: '2015-11-06',
          signedBy: ['accountable-officer', 'audit-committee-chair'],
        },
        {
          type: 'GO_LIVE',
          on: '2015-11-30',
          expect: {
            refusedBy: [
              'GUARD-GO-LIVE-DATE',
              'GUARD-NHSE-APPROVAL',
              'GUARD-DUE-DILIGENCE',
              'GUARD-DELEGATION-AGREEMENT',
            ],
          },
        },
        { type: 'NHSE_DECISION', on: '2016-02-01', approved: true },
        { type: 'COMPLETE_DUE_DILIGENCE', on: '2016-03-01' },
        { type: 'AMEND_CONSTITUTION', on: '2016-03-10', approvedByMembers: true },
        { type: 'ESTABLISH_COMMITTEE', on: '2016-03-15', committee: 'pccc' },
        { type: 'SIGN_AGREEMENT', on: '2016-03-20' },
        { type: 'GO_LIVE', on: '2016-04-01' },
      ],
      // biome-ignore lint/suspicious/noThenProperty: a scenario's then is data (given/when/then), never a function.
      then: { model: 'C', committees: { pccc: { asOf: '2016-03-15', compliant: true } } },
    }),
    runScenario({
      name: 'From Model A to joint commissioning on 1 January 2017',
      given: { ccgId: '06H', model: 'A', since: '2015-04-01' },
      when: [
        { type: 'PROPOSE', on: '2016-06-01', target: 'B', goLive: '2017-01-01' },
        { type: 'CONSULT_LMC', on: '2016-07-01' },
        {
          type: 'RECORD_BALLOT',
          on: '2016-09-01',
          ballot: { eligible: 107, yes: 52, no: 31, opens: '2016-07-01', closes: '2016-08-31' },
        },
        { type: 'GOVERNING_BODY_DECISION', on: '2016-09-06', approved: true },
        {
          type: 'AMEND_CONSTITUTION',
          on: '2016-10-01',
          approvedByMembers: true,
          approvedByNhsEngland: true,
        },
        {
          type: 'ESTABLISH_COMMITTEE',
          on: '2016-11-01',
          committee: buildCommittee({ kind: 'joint-committee' }),
        },
        { type: 'GO_LIVE', on: '2017-01-01' },
      ],
      // biome-ignore lint/suspicious/noThenProperty: a scenario's then is data (given/when/then), never a function.
      then: { model: 'B' },
    }),
    runScenario({
      name: 'Back to Model A',
      given: { model: 'B', since: '2015-04-01' },
      when: [
        { type: 'PROPOSE', on: '2016-06-01', target: 'A', goLive: '2017-04-01' },
        { type: 'GO_LIVE', on: '2017-04-01' },
      ],
    }),
    runScenario({
      name: 'Notice to leave delegated commissioning',
      given: { model: 'C', since: '2016-04-01' },
      when: [
        { type: 'GIVE_NOTICE', on: '2017-09-01', target: 'B' },
        { type: 'GO_LIVE', on: '2018-04-01' },
      ],
    }),
  ];
}

/** Every kind of subject a rule examines. */
function subjects(): unknown[] {
  const options = { register: buildRegister(), committee: buildCommittee(), asOf: '2017-07-05' };
  return [
    ...(['pccc', 'joint-committee', 'governing-body', 'other'] as const).map((kind) =>
      checkCommittee(buildCommittee({ kind }), { asOf }),
    ),
    checkCommittee(buildCommittee({ chair: 'ccg-gp' }), { asOf }),
    assessMeeting(buildMeeting(), options),
    checkDeclarations(buildRegister(), { asOf: '2017-07-01' }),
    checkProcurementRegister([buildProcurementDecision()], { asOf: '2017-07-31' }),
    ...[
      buildOffer({ offeredOn: '2016-07-03' }),
      buildOffer({ offeredOn: '2016-07-03', kind: 'hospitality' }),
      buildOffer({ offeredOn: '2016-07-03', source: supplier }),
      buildOffer(),
      buildOffer({ kind: 'hospitality' }),
      buildOffer({ source: supplier }),
    ].map((offer) => assessGift(offer, { asOf: offer.offeredOn })),
  ];
}

/** The report as a table a reviewer can read: one line a rule or guard, then the summary. */
function table(report: RuleCoverageReport): string {
  return [
    ...report.rules.map(
      (rule) =>
        `${rule.ruleId} (${rule.subject ?? 'local'}): hit ${rule.hit}, not hit ${rule.notHit}, not applicable ${rule.notApplicable}, unknown ${rule.unknown}`,
    ),
    ...report.guards.map(
      (guard) =>
        `${guard.guardId}${guard.builtIn ? '' : ' (not in GUARDS)'}: pass ${guard.pass}, fail ${guard.fail}, unknown ${guard.unknown}, not applicable ${guard.notApplicable}`,
    ),
    '',
    report.summary,
  ].join('\n');
}

describe('createRuleCoverage’s report', () => {
  describe('over a suite that walks every journey and checks every kind of subject', () => {
    let recorded: RuleCoverageReport | undefined;
    /** The suite's report, recorded once, when a test first asks for it. */
    const suite = (): RuleCoverageReport => {
      if (recorded === undefined) {
        const coverage = createRuleCoverage();
        for (const result of [...journeys(), ...subjects()]) coverage.record(result);
        recorded = coverage.report();
      }
      return recorded;
    };

    it('reads in full', () => {
      const report = suite();
      expect(isDeepFrozen(report)).toBe(true);
      expect(table(report)).toMatchSnapshot();
    });

    it('has applied every rule and evaluated every guard, and says so', () => {
      const report = suite();
      expect(report.recorded).toBe(18);
      expect(report.rulesNeverApplied).toEqual([]);
      expect(report.guardsNeverEvaluated).toEqual([]);
      const lines = report.summary.split('\n');
      expect(lines[0]).toBe('Recorded 18 results.');
      expect(lines[2]).toBe('Rules never applied: none.');
      expect(lines[4]).toBe('Guards never evaluated: none.');
    });

    it('lists what was never hit, passed or failed', () => {
      const report = suite();
      const hit = ['COI-PCCC-LAY-CHAIR', 'COI-PCCC-LAY-MAJORITY', 'COI-PCCC-CCG-GP-NO-VOTE'];
      const supplierRules = ['GIFT-SUPPLIER-2016', 'GIFT-SUPPLIER-2017'];
      expect(report.rulesNeverHit).toEqual(
        COI_RULES.map((rule) => rule.id).filter(
          (id) => !hit.includes(id) && !supplierRules.includes(id),
        ),
      );
      expect(report.rulesNeverPassed).toEqual([
        'GIFT-SUPPLIER-2016',
        'GH-REGISTER',
        'GIFT-SUPPLIER-2017',
        'SEED-COI-MEASURES',
      ]);
      expect(report.guardsNeverPassed).toEqual([]);
      expect(report.guardsNeverFailed).toEqual(
        GUARDS.map((guard) => guard.id).filter(
          (id) =>
            ![
              'GUARD-CONSTITUTION-AMENDED',
              'GUARD-COMPLIANT-COMMITTEE',
              'GUARD-GO-LIVE-DATE',
              'GUARD-NHSE-APPROVAL',
              'GUARD-DUE-DILIGENCE',
              'GUARD-DELEGATION-AGREEMENT',
            ].includes(id),
        ),
      );
    });
  });

  describe('when nothing or a few results are recorded', () => {
    it('counts the results in the summary’s first line', () => {
      const coverage = createRuleCoverage();
      expect(coverage.report().summary.split('\n')[0]).toBe('Recorded 0 results.');
      coverage.record(checkCommittee(buildCommittee(), { asOf }));
      expect(coverage.report().summary.split('\n')[0]).toBe('Recorded 1 result.');
      coverage.record([]);
      expect(coverage.report().summary.split('\n')[0]).toBe('Recorded 2 results.');
    });

    it('lists every guard of GUARDS once, built in, and what it never did', () => {
      const coverage = createRuleCoverage();
      coverage.record(transition(buildCommissioningState(), { type: 'GO_LIVE', on: '2016-04-01' }));
      const report = coverage.report();
      expect(report.guards).toHaveLength(GUARDS.length);
      expect(report.guards[1]).toEqual({
        guardId: 'GUARD-PROPOSAL-OPEN',
        title: GUARDS[1]?.title,
        builtIn: true,
        pass: 0,
        fail: 1,
        unknown: 0,
        notApplicable: 0,
      });
      expect(report.guards.every((guard) => guard.builtIn)).toBe(true);
      expect(report.guardsNeverPassed).toEqual(GUARDS.map((guard) => guard.id));
      expect(report.guardsNeverEvaluated).toEqual(
        GUARDS.map((guard) => guard.id).filter((id) => id !== 'GUARD-PROPOSAL-OPEN'),
      );
      expect(report.rulesNeverPassed).toEqual(COI_RULES.map((rule) => rule.id));
    });
  });

  describe('when a rule or guard was undecided for want of data', () => {
    it('counts it as applied and evaluated, alone or beside a decided outcome', () => {
      const unrecorded = checkCommittee(buildCommittee({ meetsInPublic: null }), { asOf });
      const inPublic = checkCommittee(buildCommittee(), { asOf });
      // The sources give no closing date for the 2018 wave, so the deadline guard is unknown.
      const to2018 = explainTransition(buildCommissioningState(), {
        type: 'PROPOSE',
        on: '2017-06-01',
        target: 'C',
        goLive: '2018-04-01',
      });
      const to2016 = explainTransition(buildCommissioningState(), {
        type: 'PROPOSE',
        on: '2015-07-01',
        target: 'C',
        goLive: '2016-04-01',
      });
      const alone = createRuleCoverage();
      alone.record(unrecorded);
      alone.record(to2018);
      const beside = createRuleCoverage();
      for (const result of [unrecorded, inPublic, to2018, to2016]) beside.record(result);
      for (const report of [alone.report(), beside.report()]) {
        expect(report.rulesNeverApplied).not.toContain('COI-PCCC-PUBLIC');
        expect(report.guardsNeverEvaluated).not.toContain('GUARD-APPLICATION-DEADLINE');
      }
      const rule = (report: RuleCoverageReport) =>
        report.rules.find((entry) => entry.ruleId === 'COI-PCCC-PUBLIC');
      const guard = (report: RuleCoverageReport) =>
        report.guards.find((entry) => entry.guardId === 'GUARD-APPLICATION-DEADLINE');
      expect(rule(alone.report())).toMatchObject({ hit: 0, notHit: 0, unknown: 1 });
      expect(rule(beside.report())).toMatchObject({ hit: 0, notHit: 1, unknown: 1 });
      expect(guard(alone.report())).toMatchObject({ pass: 0, fail: 0, unknown: 1 });
      expect(guard(beside.report())).toMatchObject({ pass: 1, fail: 0, unknown: 1 });
      // Only the eight PCCC rules apply to a PCCC.
      expect(alone.report().rulesNeverApplied).toEqual(
        COI_RULES.map((entry) => entry.id).filter((id) => !id.startsWith('COI-PCCC-')),
      );
    });

    it('counts a rule hit once and passed once as applied', () => {
      const coverage = createRuleCoverage();
      coverage.record(checkCommittee(buildCommittee({ chair: 'ccg-gp' }), { asOf }));
      coverage.record(checkCommittee(buildCommittee(), { asOf }));
      const report = coverage.report();
      expect(report.rules.find((entry) => entry.ruleId === 'COI-PCCC-LAY-CHAIR')).toMatchObject({
        hit: 1,
        notHit: 1,
      });
      expect(report.rulesNeverApplied).not.toContain('COI-PCCC-LAY-CHAIR');
      expect(report.rulesNeverPassed).toEqual(
        COI_RULES.map((entry) => entry.id).filter((id) => !id.startsWith('COI-PCCC-')),
      );
    });
  });

  describe('when a transition is refused for a reason that is not a guard', () => {
    it('counts no guard', () => {
      const { state } = buildDelegationProposal({ stopBefore: 'ESTABLISH_COMMITTEE' });
      const committee = buildCommittee();
      const refused = transition(state, {
        type: 'ESTABLISH_COMMITTEE',
        on: '2016-03-15',
        committee: { ...committee, members: [...committee.members, ...committee.members] },
      });
      expect(refused.ok).toBe(false);
      const coverage = createRuleCoverage();
      coverage.record(refused);
      const report = coverage.report();
      expect(report.recorded).toBe(1);
      expect(report.guards).toHaveLength(GUARDS.length);
      expect(report.guardsNeverEvaluated).toEqual(GUARDS.map((guard) => guard.id));
    });
  });

  describe('when a scenario report is recorded', () => {
    it('counts its steps’ guards and its committee checks, and reads its other checks', () => {
      const coverage = createRuleCoverage();
      coverage.record(
        runScenario({
          name: 'A proposal, and checks of the model and a committee',
          given: {
            model: 'B',
            since: '2015-04-01',
            committees: { gp: buildCommittee({ chair: 'ccg-gp' }) },
          },
          when: [{ type: 'PROPOSE', on: '2015-07-01', target: 'C', goLive: '2016-04-01' }],
          // biome-ignore lint/suspicious/noThenProperty: a scenario's then is data (given/when/then), never a function.
          then: { model: 'B', historyLength: 1, committees: { gp: { asOf } } },
        }),
      );
      const report = coverage.report();
      expect(report.guards.find((entry) => entry.guardId === 'GUARD-TARGET-DIFFERS')?.pass).toBe(1);
      expect(report.rules.find((entry) => entry.ruleId === 'COI-PCCC-LAY-CHAIR')?.hit).toBe(1);
      expect(report.recorded).toBe(1);
    });
  });

  describe('when local rules and guards not in GUARDS are recorded', () => {
    const local = (id: string, title: string): ProcurementLocalRule => ({
      id,
      title,
      description: `${title}, by local policy.`,
      subject: 'procurement',
      severity: 'advice',
      confidence: 'V',
      sources: [{ document: 'Local policy' }],
      inForce: { from: '2014-12-01' },
      check: () => [{ message: `${title}: not done.`, subjectIds: [], evidence: {} }],
    });
    const explanation = (id: string) => ({
      type: 'GO_LIVE',
      allowed: false,
      guards: [{ id, verdict: 'fail', message: 'Refused by local policy.', sources: [] }],
      issues: [],
    });

    it('lists them after the catalogue, sorted by ID, each once', () => {
      const coverage = createRuleCoverage();
      coverage.record(
        checkProcurementRegister([buildProcurementDecision()], {
          asOf: '2017-07-31',
          localRules: [
            local('LOCAL-PUBLISHED', 'The register is published'),
            local('LOCAL-ARCHIVED', 'The register is archived'),
          ],
        }),
      );
      coverage.record(explanation('GUARD-LOCAL-ZONE'));
      coverage.record(explanation('GUARD-LOCAL-AREA'));
      coverage.record(explanation('GUARD-LOCAL-ZONE'));
      const report = coverage.report();
      expect(report.rules.slice(COI_RULES.length)).toEqual([
        {
          ruleId: 'LOCAL-ARCHIVED',
          title: null,
          subject: null,
          builtIn: false,
          hit: 1,
          notHit: 0,
          notApplicable: 0,
          unknown: 0,
        },
        {
          ruleId: 'LOCAL-PUBLISHED',
          title: null,
          subject: null,
          builtIn: false,
          hit: 1,
          notHit: 0,
          notApplicable: 0,
          unknown: 0,
        },
      ]);
      expect(report.guards.map((guard) => guard.guardId)).toEqual([
        ...GUARDS.map((guard) => guard.id),
        'GUARD-LOCAL-AREA',
        'GUARD-LOCAL-ZONE',
      ]);
      expect(report.guards.at(-1)).toEqual({
        guardId: 'GUARD-LOCAL-ZONE',
        title: null,
        builtIn: false,
        pass: 0,
        fail: 2,
        unknown: 0,
        notApplicable: 0,
      });
      expect(report.guardsNeverPassed.slice(-2)).toEqual(['GUARD-LOCAL-AREA', 'GUARD-LOCAL-ZONE']);
      expect(report.summary.split('\n')[1]).toMatch(/^Rules hit: 2 of 32; never hit: /);
      expect(report.summary.split('\n')[3]).toMatch(/^Guards failed: 2 of 30; never failed: /);
    });
  });

  describe('when gifts are recorded', () => {
    const outcome = (assessment: unknown, ruleId: string) => {
      const coverage = createRuleCoverage();
      coverage.record(assessment);
      const entry = coverage.report().rules.find((rule) => rule.ruleId === ruleId);
      return entry === undefined
        ? 'absent'
        : (['hit', 'notHit', 'notApplicable', 'unknown'] as const).filter(
            (key) => entry[key] === 1,
          );
    };

    it('counts a rule left undecided by its first reason as unknown, though a later one passes', () => {
      // 2016: the sources say nothing of cash from a non-supplier, then the £10 threshold applies.
      const cash = assessGift(buildOffer({ offeredOn: '2016-07-03', kind: 'cash-or-voucher' }), {
        asOf: '2016-07-03',
      });
      expect(cash.reasons.map((reason) => `${reason.id} ${reason.verdict}`)).toEqual([
        'GIFT-OTHER-2016 unknown',
        'GIFT-OTHER-2016 pass',
        'GH-REGISTER unknown',
      ]);
      expect(outcome(cash, 'GIFT-OTHER-2016')).toEqual(['unknown']);
      expect(outcome(cash, 'GH-REGISTER')).toEqual(['unknown']);
      expect(outcome(cash, 'HOSP-2016')).toEqual(['notApplicable']);
    });

    it('counts a failing reason as a hit, though the offer was not accepted and nothing is found', () => {
      const dinner = assessGift(buildOffer({ kind: 'hospitality', valuePence: 10_000 }), {
        asOf: '2017-07-03',
      });
      expect(dinner.findings).toEqual([]);
      expect(dinner.reasons.map((reason) => `${reason.id} ${reason.verdict}`)).toEqual([
        'HOSP-2017 pass',
        'HOSP-2017 fail',
        'GH-REGISTER unknown',
      ]);
      expect(outcome(dinner, 'HOSP-2017')).toEqual(['hit']);
    });

    it('merges each rule’s reasons: a hit wins, unknown overrides a pass, a later not-applicable changes nothing', () => {
      // The £20 gift of 2017 is passed by two reasons of GIFT-OTHER-2017.
      const gift: GiftAssessment = assessGift(buildOffer(), { asOf: '2017-07-03' });
      const rule = 'GIFT-OTHER-2017';
      const extra = (verdict: Reason['verdict']): Reason => ({
        id: rule,
        verdict,
        message: 'One more reason.',
        sources: [],
      });
      const withReasons = (...verdicts: Reason['verdict'][]) => ({
        ...gift,
        reasons: [...gift.reasons, ...verdicts.map(extra)],
      });
      expect(outcome(gift, rule)).toEqual(['notHit']);
      expect(outcome(withReasons('unknown'), rule)).toEqual(['unknown']);
      expect(outcome(withReasons('fail', 'unknown'), rule)).toEqual(['hit']);
      expect(outcome(withReasons('unknown', 'fail'), rule)).toEqual(['hit']);
      expect(outcome(withReasons('not-applicable'), rule)).toEqual(['notHit']);
      expect(
        outcome({ ...gift, reasons: [extra('not-applicable'), ...gift.reasons] }, rule),
      ).toEqual(['notApplicable']);
    });
  });

  describe('when something it cannot read is recorded', () => {
    it.each([
      ['nothing', undefined],
      ['null', null],
      ['a number', 42],
      ['steps and checks without a scenario name', { steps: [], checks: [] }],
      ['a scenario name and checks without steps', { scenario: 'x', checks: [] }],
      ['a scenario name and steps without checks', { scenario: 'x', steps: [] }],
    ])('throws unsupported_subject for %s, and records nothing', (_, value) => {
      const coverage = createRuleCoverage();
      let thrown: unknown;
      try {
        coverage.record(value);
      } catch (error) {
        thrown = error;
      }
      expect(isPolicyAssertionError(thrown)).toBe(true);
      const { code, message, expected, actual } = thrown as {
        code: string;
        message: string;
        expected: unknown;
        actual: unknown;
      };
      expect({ code, expected }).toEqual({
        code: 'unsupported_subject',
        expected: 'a check, assessment, transition result, explanation or scenario report',
      });
      expect(message).toBe(
        `createRuleCoverage().record cannot read ${String(actual)}: give it what a check, an assessment, transition, explainTransition, availableTransitions or runScenario returned.`,
      );
      expect(coverage.report().recorded).toBe(0);
    });

    it('names what it was given', () => {
      const names: unknown[] = [];
      for (const value of [undefined, null, 42, { steps: [], checks: [] }]) {
        try {
          createRuleCoverage().record(value);
        } catch (error) {
          names.push((error as { actual: unknown }).actual);
        }
      }
      expect(names).toMatchInlineSnapshot(`
        [
          "nothing (undefined)",
          "null",
          "a number",
          "an object with checks, steps",
        ]
      `);
    });
  });

  it('counts each guard of a list of available transitions', () => {
    const coverage = createRuleCoverage();
    coverage.record(availableTransitions(buildCommissioningState(), '2015-07-01'));
    const report = coverage.report();
    expect(report.guards.find((entry) => entry.guardId === 'GUARD-PROPOSAL-OPEN')?.fail).toBe(11);
  });
});
