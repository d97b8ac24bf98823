import {
  assessAgendaItem,
  assessGift,
  assessMeeting,
  availableTransitions,
  COI_RULES,
  checkCommittee,
  checkDeclarations,
  checkProcurementRegister,
  explainTransition,
  GUARDS,
  transition,
} from 'co-commissioning';
import {
  buildAgendaItem,
  buildCommissioningState,
  buildCommittee,
  buildDelegationProposal,
  buildEvent,
  buildMeeting,
  buildOffer,
  buildProcurementDecision,
  buildRegister,
  createRuleCoverage,
  isDeepFrozen,
  isPolicyAssertionError,
  runScenario,
} from 'co-commissioning/testing';
import { describe, expect, it } from 'vitest';

const asOf = '2017-06-01';

describe('createRuleCoverage', () => {
  describe('when nothing is recorded', () => {
    it('lists every rule and guard, none exercised', () => {
      const report = createRuleCoverage().report();
      expect(report.recorded).toBe(0);
      expect(report.rules.map((entry) => entry.ruleId)).toEqual(COI_RULES.map((rule) => rule.id));
      expect(report.guards.map((entry) => entry.guardId)).toEqual(GUARDS.map((guard) => guard.id));
      expect(report.rulesNeverHit).toHaveLength(COI_RULES.length);
      expect(report.rulesNeverApplied).toHaveLength(COI_RULES.length);
      expect(report.guardsNeverEvaluated).toHaveLength(GUARDS.length);
      expect(report.rules[0]).toEqual({
        ruleId: 'COI-PCCC-CHAIR-IS-MEMBER',
        title: 'The chair and any vice-chair are members of the committee',
        subject: 'committee',
        builtIn: true,
        hit: 0,
        notHit: 0,
        notApplicable: 0,
        unknown: 0,
      });
      expect(isDeepFrozen(report)).toBe(true);
    });
  });

  describe('when committee checks are recorded', () => {
    it('counts hit, not hit, not applicable and unknown rules', () => {
      const coverage = createRuleCoverage();
      coverage.record(
        checkCommittee(buildCommittee({ chair: 'ccg-gp', meetsInPublic: null }), { asOf }),
      );
      coverage.record(checkCommittee(buildCommittee(), { asOf: '2016-06-01' }));
      const report = coverage.report();
      const rule = (id: string) => report.rules.find((entry) => entry.ruleId === id);
      expect(rule('COI-PCCC-LAY-CHAIR')).toMatchObject({ hit: 1, notHit: 1 });
      expect(rule('COI-PCCC-PUBLIC')).toMatchObject({ unknown: 1, notHit: 1 });
      expect(rule('COI-PCCC-LMC-SEAT')).toMatchObject({ notHit: 1, notApplicable: 1 });
      expect(rule('GB-COMPOSITION')).toMatchObject({ notApplicable: 2, hit: 0 });
      expect(report.rulesNeverApplied).toContain('GB-COMPOSITION');
      expect(report.rulesNeverHit).not.toContain('COI-PCCC-LAY-CHAIR');
      expect(report.rulesNeverPassed).not.toContain('COI-PCCC-LAY-CHAIR');
    });
  });

  describe('when meetings, registers, gifts and procurement registers are recorded', () => {
    it('counts their rules, local rules after the catalogue', () => {
      const coverage = createRuleCoverage();
      const options = {
        register: buildRegister(),
        committee: buildCommittee(),
        asOf: '2017-07-05',
      };
      const meeting = buildMeeting({
        items: [
          buildAgendaItem(),
          buildAgendaItem({
            id: 'item-2',
            recordedVoterIds: ['p-patel'],
            subject: { organisationIds: ['P001'] },
          }),
        ],
      });
      coverage.record(assessAgendaItem(meeting, 'item-1', options));
      coverage.record(assessMeeting(meeting, options));
      coverage.record(checkDeclarations(buildRegister({ reviewedOn: [] }), { asOf: '2018-07-01' }));
      coverage.record(checkDeclarations(buildRegister(), { asOf: '2016-01-01' }));
      const { managementActions: _, ...incomplete } = buildProcurementDecision();
      coverage.record(checkProcurementRegister([incomplete], { asOf: '2017-07-31' }));
      coverage.record(
        checkProcurementRegister([], {
          asOf: '2017-07-31',
          localRules: [
            {
              id: 'LOCAL-PUBLISHED',
              title: 'The register is published',
              description: 'Ours is published monthly.',
              subject: 'procurement',
              severity: 'advice',
              confidence: 'V',
              sources: [{ document: 'Local policy' }],
              inForce: { from: '2014-12-01' },
              check: () => [{ message: 'Not published.', subjectIds: [], evidence: {} }],
            },
          ],
        }),
      );
      coverage.record(
        assessGift(buildOffer({ kind: 'cash-or-voucher', accepted: true }), { asOf: '2017-07-03' }),
      );
      coverage.record(assessGift(buildOffer(), { asOf: '2016-07-03' }));
      coverage.record(assessGift(buildOffer(), { asOf: '2016-01-01' }));
      const report = coverage.report();
      const rule = (id: string) => report.rules.find((entry) => entry.ruleId === id);
      expect(rule('COI-CONFLICTED-NO-VOTE')).toMatchObject({ hit: 1 });
      expect(rule('COI-MEETING-DECLARE')?.notHit).toBeGreaterThan(1);
      expect(rule('COI-REGISTER-2017')).toMatchObject({ hit: 1, notApplicable: 1 });
      expect(rule('SEED-COI-MEASURES')).toMatchObject({ unknown: 2 });
      expect(rule('COI-PROCUREMENT-REGISTER')).toMatchObject({ hit: 1, notHit: 1 });
      expect(rule('GIFT-OTHER-2017')).toMatchObject({ hit: 1, notApplicable: 2 });
      expect(rule('GIFT-OTHER-2016')).toMatchObject({ notHit: 1 });
      expect(rule('HOSP-2017')).toMatchObject({ notApplicable: 3 });
      expect(report.rules.at(-1)).toEqual({
        ruleId: 'LOCAL-PUBLISHED',
        title: null,
        subject: null,
        builtIn: false,
        hit: 1,
        notHit: 0,
        notApplicable: 0,
        unknown: 0,
      });
    });
  });

  describe('when transitions are recorded', () => {
    it('counts each guard’s verdicts from results, explanations, availability and scenarios', () => {
      const coverage = createRuleCoverage();
      const { state, goLive } = buildDelegationProposal();
      const start = buildCommissioningState();
      coverage.record(transition(state, { type: 'GO_LIVE', on: goLive }));
      coverage.record(transition(start, buildEvent('GO_LIVE')));
      coverage.record(transition(start, { type: 'HOLD_MEETING' }));
      coverage.record(
        explainTransition(
          state,
          { type: 'GO_LIVE', on: goLive },
          {
            guards: { 'GUARD-DUE-DILIGENCE': { enabled: false } },
          },
        ),
      );
      coverage.record(availableTransitions(start, '2015-07-01'));
      coverage.record(
        runScenario({
          name: 'Check a committee',
          given: { model: 'B', since: '2015-04-01', committees: { c: buildCommittee() } },
          when: [{ type: 'GO_LIVE', on: '2016-04-01', expect: 'refused' }],
          // biome-ignore lint/suspicious/noThenProperty: a scenario's then is data (given/when/then), never a function.
          then: { committees: { c: { asOf } } },
        }),
      );
      const report = coverage.report();
      const guard = (id: string) => report.guards.find((entry) => entry.guardId === id);
      // One refused GO_LIVE, eleven events that need a proposal, and the scenario's GO_LIVE.
      expect(guard('GUARD-PROPOSAL-OPEN')).toMatchObject({ fail: 13 });
      expect(guard('GUARD-DUE-DILIGENCE')).toMatchObject({ pass: 1, notApplicable: 1 });
      expect(guard('GUARD-TARGET-DIFFERS')?.unknown).toBeGreaterThan(0);
      expect(report.guardsNeverFailed).not.toContain('GUARD-PROPOSAL-OPEN');
      expect(report.recorded).toBe(6);
      expect(report.rules.find((entry) => entry.ruleId === 'COI-PCCC-LAY-CHAIR')?.notHit).toBe(1);
    });

    it('keeps guard IDs not in GUARDS after the catalogue', () => {
      const coverage = createRuleCoverage();
      coverage.record({
        type: 'GO_LIVE',
        allowed: false,
        guards: [{ id: 'GUARD-LOCAL', verdict: 'fail', message: 'x', sources: [] }],
        issues: [],
      });
      expect(coverage.report().guards.at(-1)).toEqual({
        guardId: 'GUARD-LOCAL',
        title: null,
        builtIn: false,
        pass: 0,
        fail: 1,
        unknown: 0,
        notApplicable: 0,
      });
    });
  });

  describe('when lists are recorded', () => {
    it('records findings as hits, and each result of a list', () => {
      const coverage = createRuleCoverage();
      const check = checkCommittee(buildCommittee({ chair: 'ccg-gp' }), { asOf });
      coverage.record(check.findings);
      coverage.record([check, check]);
      coverage.record([]);
      const report = coverage.report();
      expect(report.rules.find((entry) => entry.ruleId === 'COI-PCCC-LAY-CHAIR')?.hit).toBe(3);
      expect(report.recorded).toBe(3);
    });
  });

  describe('when something else is recorded', () => {
    it('throws unsupported_subject and records nothing', () => {
      const coverage = createRuleCoverage();
      let thrown: unknown;
      try {
        coverage.record({ outcome: 'carried' });
      } catch (error) {
        thrown = error;
      }
      expect(isPolicyAssertionError(thrown)).toBe(true);
      expect((thrown as Error).message).toMatchInlineSnapshot(
        `"createRuleCoverage().record cannot read an object with outcome: give it what a check, an assessment, transition, explainTransition, availableTransitions or runScenario returned."`,
      );
      expect(coverage.report().recorded).toBe(0);
    });
  });

  it('keeps two collectors apart: no shared state', () => {
    const first = createRuleCoverage();
    const second = createRuleCoverage();
    first.record(checkCommittee(buildCommittee({ chair: 'ccg-gp' }), { asOf }));
    expect(second.report().rulesNeverHit).toContain('COI-PCCC-LAY-CHAIR');
    expect(first.report().summary).toMatchInlineSnapshot(`
      "Recorded 1 result.
      Rules hit: 3 of 30; never hit: COI-PCCC-CHAIR-IS-MEMBER, COI-PCCC-LAY-EXEC-MAJORITY, COI-PCCC-OBSERVERS, COI-PCCC-LMC-SEAT, COI-PCCC-PUBLIC, GB-COMPOSITION, COI-GB-THREE-LAY, COI-MEETING-DECLARE, COI-CONFLICTED-NO-VOTE, COI-CHAIR-DETERMINATION, COI-CONFLICTED-CHAIR, SEED-COI-MINIMUM, PCCC-QUORUM-LOCAL, COI-QUORUM-LOSS, GIFT-SUPPLIER-2016, GIFT-OTHER-2016, HOSP-2016, GH-REGISTER, GIFT-SUPPLIER-2017, GIFT-OTHER-2017, HOSP-2017, COI-DECLARE-28D, COI-REGISTER-FIELDS, SEED-COI-MEASURES, COI-REGISTER-2017, COI-REGISTER-RETENTION, COI-PROCUREMENT-REGISTER.
      Rules never applied: GB-COMPOSITION, COI-GB-THREE-LAY, COI-MEETING-DECLARE, COI-CONFLICTED-NO-VOTE, COI-CHAIR-DETERMINATION, COI-CONFLICTED-CHAIR, SEED-COI-MINIMUM, PCCC-QUORUM-LOCAL, COI-QUORUM-LOSS, GIFT-SUPPLIER-2016, GIFT-OTHER-2016, HOSP-2016, GH-REGISTER, GIFT-SUPPLIER-2017, GIFT-OTHER-2017, HOSP-2017, COI-DECLARE-28D, COI-REGISTER-FIELDS, SEED-COI-MEASURES, COI-REGISTER-2017, COI-REGISTER-RETENTION, COI-PROCUREMENT-REGISTER.
      Guards failed: 0 of 28; never failed: GUARD-DATES-IN-ORDER, GUARD-PROPOSAL-OPEN, GUARD-ONE-PROPOSAL, GUARD-TARGET-DIFFERS, GUARD-STEP-APPLIES, GUARD-STEP-WITHIN-PROPOSAL, GUARD-LEAVE-DELEGATION-BY-NOTICE, GUARD-NOTICE-FROM-DELEGATION, GUARD-GO-LIVE-AFTER-PROPOSAL, GUARD-DELEGATION-STARTS-1-APRIL, GUARD-JOINT-GO-LIVE-DATE, GUARD-NO-APPROVAL-NEEDED, GUARD-LMC-CONSULTED, GUARD-MEMBER-MANDATE, GUARD-GOVERNING-BODY-APPROVAL, GUARD-APPLICATION-SIGNATORIES, GUARD-APPLICATION-DEADLINE, GUARD-APPLICATION-SUBMITTED, GUARD-NHSE-APPROVAL, GUARD-DUE-DILIGENCE, GUARD-CONSTITUTION-AMENDED, GUARD-CONSTITUTION-APPROVALS, GUARD-DELEGATION-AGREEMENT, GUARD-COMMITTEE-KIND, GUARD-COMPLIANT-COMMITTEE, GUARD-GO-LIVE-DATE, GUARD-EXIT-NOTICE, GUARD-BALLOT-DECLARED.
      Guards never evaluated: GUARD-DATES-IN-ORDER, GUARD-PROPOSAL-OPEN, GUARD-ONE-PROPOSAL, GUARD-TARGET-DIFFERS, GUARD-STEP-APPLIES, GUARD-STEP-WITHIN-PROPOSAL, GUARD-LEAVE-DELEGATION-BY-NOTICE, GUARD-NOTICE-FROM-DELEGATION, GUARD-GO-LIVE-AFTER-PROPOSAL, GUARD-DELEGATION-STARTS-1-APRIL, GUARD-JOINT-GO-LIVE-DATE, GUARD-NO-APPROVAL-NEEDED, GUARD-LMC-CONSULTED, GUARD-MEMBER-MANDATE, GUARD-GOVERNING-BODY-APPROVAL, GUARD-APPLICATION-SIGNATORIES, GUARD-APPLICATION-DEADLINE, GUARD-APPLICATION-SUBMITTED, GUARD-NHSE-APPROVAL, GUARD-DUE-DILIGENCE, GUARD-CONSTITUTION-AMENDED, GUARD-CONSTITUTION-APPROVALS, GUARD-DELEGATION-AGREEMENT, GUARD-COMMITTEE-KIND, GUARD-COMPLIANT-COMMITTEE, GUARD-GO-LIVE-DATE, GUARD-EXIT-NOTICE, GUARD-BALLOT-DECLARED."
    `);
  });
});
