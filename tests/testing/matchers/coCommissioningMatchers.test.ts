import {
  type CommissioningEvent,
  checkCommittee,
  explainTransition,
  type Finding,
  tallyBallot,
  transition,
} from 'co-commissioning';
import {
  buildBallot,
  buildCommissioningState,
  buildCommittee,
  buildDelegationProposal,
  buildEvent,
  buildOffer,
  buildProcurementDecision,
  buildRegister,
  type CoCommissioningMatchers,
  coCommissioningMatchers,
  createRuleCoverage,
  deepFreeze,
  isPolicyAssertionError,
  type MatcherResult,
} from 'co-commissioning/testing';
import { describe, expect, it } from 'vitest';

expect.extend(coCommissioningMatchers);

const asOf = '2017-06-01';
const gpChaired = buildCommittee({ chair: 'ccg-gp' });
const { state: withoutLmc } = buildDelegationProposal({
  skip: ['CONSULT_LMC'],
  stopBefore: 'SUBMIT_APPLICATION',
});
const submit = buildEvent('SUBMIT_APPLICATION', { on: '2015-11-01' });

/**
 * A jest-like `expect`: the contract jest's `expect.extend` applies to a custom matcher. The
 * matcher gets `this.isNot`, returns `{ pass, message }`, and the assertion fails when `pass`
 * equals `isNot`, throwing `message()`.
 */
type JestAssertions = CoCommissioningMatchers<void> & { not: CoCommissioningMatchers<void> };

function jestLikeExpect(received: unknown): JestAssertions {
  type Matcher = (this: { isNot: boolean }, ...args: unknown[]) => MatcherResult;
  const bind = (isNot: boolean) =>
    Object.fromEntries(
      Object.entries(coCommissioningMatchers).map(([name, matcher]) => [
        name,
        (...args: unknown[]) => {
          const result = (matcher as Matcher).call({ isNot }, received, ...args);
          if (result.pass === isNot) throw new Error(result.message());
        },
      ]),
    ) as unknown as CoCommissioningMatchers<void>;
  return { ...bind(false), not: bind(true) };
}

/** The message vitest shows when the assertion fails. */
function failure(assertion: () => void): string {
  try {
    assertion();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('the assertion passed');
}

describe('coCommissioningMatchers', () => {
  it('returns deeply frozen matchers that do not read or change shared state', () => {
    expect(Object.isFrozen(coCommissioningMatchers)).toBe(true);
    expect(Object.keys(coCommissioningMatchers).sort()).toEqual([
      'toBeAllowed',
      'toBeCompliant',
      'toBeRefusedBy',
      'toBreach',
      'toCarry',
      'toFlag',
      'toHaveBallotOutcome',
      'toRequireAction',
    ]);
  });

  it('does not mutate its arguments', () => {
    const committee = deepFreeze(buildCommittee({ chair: 'ccg-gp' }));
    const options = deepFreeze({ asOf });
    expect(committee).toBreach('COI-PCCC-LAY-CHAIR', options);
    expect([withoutLmc, deepFreeze({ ...submit })]).toBeRefusedBy('GUARD-LMC-CONSULTED');
  });

  describe('toBreach', () => {
    describe('when the committee breaches the rule', () => {
      it('passes, naming the chair, the rule and its source for .not', () => {
        expect(gpChaired).toBreach('COI-PCCC-LAY-CHAIR', { asOf });
        expect(
          failure(() => expect(gpChaired).not.toBreach('COI-PCCC-LAY-CHAIR', { asOf })),
        ).toMatchInlineSnapshot(`
          "expect(committee).not.toBreach('COI-PCCC-LAY-CHAIR')

          Expected committee "pccc" (Primary Care Commissioning Committee) not to breach COI-PCCC-LAY-CHAIR on 2017-06-01, but it does:
          - breach COI-PCCC-LAY-CHAIR: The chair, Dr B Okafor, is a CCG GP, not a lay member.
            About: Dr B Okafor (p-okafor)
            Source: BMA General Practitioners Committee, 2016-11 (004_e95f1a032380c329.txt), Model C: Delegated commissioning, Governance
            Remedy: Appoint a lay member as chair, such as the vice-chair, Mr T Bell."
        `);
      });
    });

    describe('when the committee meets the rule', () => {
      it('fails with the rule, its source, the findings and the members', () => {
        expect(buildCommittee()).not.toBreach('COI-PCCC-LAY-CHAIR', { asOf });
        expect(
          failure(() => expect(buildCommittee()).toBreach('COI-PCCC-LAY-CHAIR', { asOf })),
        ).toMatchInlineSnapshot(`
          "expect(committee).toBreach('COI-PCCC-LAY-CHAIR')

          Expected committee "pccc" (Primary Care Commissioning Committee) to breach COI-PCCC-LAY-CHAIR on 2017-06-01, but the rule was applied and passed.
          Rule COI-PCCC-LAY-CHAIR: The committee has a lay chair (breach by default; confidence S; in force from 2014-12-01).
          Source: BMA General Practitioners Committee, 2016-11 (004_e95f1a032380c329.txt), Model C: Delegated commissioning, Governance; DOMAIN.md COI-PCCC-LAY-CHAIR, Part 2 §1.3 rule 17 (S24, S25)
          Findings: none.
          Members:
          - Mrs R Hughes (p-hughes): a lay member, voting, chair
          - Mr T Bell (p-bell): a lay member, voting, vice-chair
          - Ms F Osei (p-osei): a lay member, voting
          - Ms L Grant (p-grant): an executive, voting
          - Mr D Evans (p-evans): an executive, voting
          - Dr A Patel (p-patel): a CCG GP, not voting
          - Dr S Khan (p-khan): an LMC representative, not voting
          - Ms K Shah (p-shah): a Healthwatch representative, not voting
          - Cllr P Wood (p-wood): a Health and Wellbeing Board representative, not voting"
        `);
      });
    });

    describe('when the finding must name a person', () => {
      it('passes only for the person named', () => {
        expect(gpChaired).toBreach('COI-PCCC-LAY-CHAIR', { asOf, subjectId: 'p-okafor' });
        expect(
          failure(() =>
            expect(gpChaired).toBreach('COI-PCCC-LAY-CHAIR', { asOf, subjectId: 'p-hughes' }),
          ).split('\n')[2],
        ).toMatchInlineSnapshot(
          `"Expected committee "pccc" (Primary Care Commissioning Committee) to breach COI-PCCC-LAY-CHAIR about p-hughes on 2017-06-01, but its findings under the rule are about p-okafor."`,
        );
      });
    });

    describe('when the rule only gives advice', () => {
      it('fails, saying the finding is advice, not a breach', () => {
        expect(
          failure(() => expect(gpChaired).toBreach('COI-PCCC-CCG-GP-NO-VOTE', { asOf })).split(
            '\n',
          )[2],
        ).toMatchInlineSnapshot(
          `"Expected committee "pccc" (Primary Care Commissioning Committee) to breach COI-PCCC-CCG-GP-NO-VOTE on 2017-06-01, but its findings under the rule are advice, not breach."`,
        );
      });
    });

    describe('when the rule is not in force on the date', () => {
      it('fails, saying so', () => {
        expect(
          failure(() =>
            expect(buildCommittee({ meetsInPublic: false })).toFlag('COI-PCCC-LMC-SEAT', {
              asOf: '2016-06-01',
            }),
          )
            .split('\n')
            .slice(2, 5),
        ).toMatchInlineSnapshot(`
          [
            "Expected committee "pccc" (Primary Care Commissioning Committee) to be flagged by COI-PCCC-LMC-SEAT on 2016-06-01, but the rule is not in force on 2016-06-01.",
            "Rule COI-PCCC-LMC-SEAT: The Local Medical Committee has a seat on the PCCC (advice by default; confidence S; in force from 2016-11-01).",
            "Source: BMA General Practitioners Committee, 2016-11 (004_e95f1a032380c329.txt), Model C: Delegated commissioning, Governance",
          ]
        `);
      });
    });

    describe('when the rule does not apply to the kind of committee', () => {
      it('fails, naming the kind', () => {
        expect(
          failure(() =>
            expect(buildCommittee({ kind: 'governing-body', chair: 'ccg-gp' })).toBreach(
              'COI-PCCC-LAY-CHAIR',
              { asOf },
            ),
          ).split('\n')[2],
        ).toMatchInlineSnapshot(
          `"Expected committee "gb" (Governing Body) to breach COI-PCCC-LAY-CHAIR on 2017-06-01, but the rule does not apply to a committee of kind 'governing-body'."`,
        );
      });
    });

    describe('when the rule is turned off', () => {
      it('fails, saying so', () => {
        const checkOptions = { overrides: { 'COI-PCCC-LAY-CHAIR': { enabled: false } } };
        expect(
          failure(() =>
            expect(gpChaired).toBreach('COI-PCCC-LAY-CHAIR', { asOf, checkOptions }),
          ).split('\n')[2],
        ).toMatchInlineSnapshot(
          `"Expected committee "pccc" (Primary Care Commissioning Committee) to breach COI-PCCC-LAY-CHAIR on 2017-06-01, but the rule is turned off by an override."`,
        );
      });
    });

    describe('when the rule needs data the committee lacks', () => {
      it('fails, saying it could not be decided', () => {
        expect(
          failure(() =>
            expect(buildCommittee({ meetsInPublic: null })).toFlag('COI-PCCC-PUBLIC', { asOf }),
          ).split('\n')[2],
        ).toMatchInlineSnapshot(
          `"Expected committee "pccc" (Primary Care Commissioning Committee) to be flagged by COI-PCCC-PUBLIC on 2017-06-01, but the rule could not be decided: the data it needs is missing."`,
        );
      });
    });

    describe('when the rule ID is not in the catalogue', () => {
      it('fails, saying COI_RULES has no such rule', () => {
        const message = failure(() => expect(gpChaired).toBreach('COI-PCCC-LAY-CHAIRS', { asOf }));
        expect(message.split('\n').slice(2, 4)).toMatchInlineSnapshot(`
          [
            "Expected committee "pccc" (Primary Care Commissioning Committee) to breach COI-PCCC-LAY-CHAIRS on 2017-06-01, but no finding names it, and COI_RULES has no rule with that ID.",
            "Rule COI-PCCC-LAY-CHAIRS: not a rule in COI_RULES (a local rule, or a mistyped ID).",
          ]
        `);
      });
    });

    describe('when given a check already made', () => {
      it('reads its findings and how each rule came out', () => {
        const check = explainCheck();
        expect(check).toBreach('COI-PCCC-LAY-CHAIR');
        expect(
          failure(() => expect(check).toBreach('COI-PCCC-LMC-SEAT')).split('\n')[2],
        ).toMatchInlineSnapshot(
          `"Expected the check of committee "pccc" to breach COI-PCCC-LMC-SEAT on 2017-06-01, but the rule was applied and passed."`,
        );
        expect(
          failure(() => expect(check).toBreach('GB-COMPOSITION')).split('\n')[2],
        ).toMatchInlineSnapshot(
          `"Expected the check of committee "pccc" to breach GB-COMPOSITION on 2017-06-01, but the rule does not apply to this kind of committee."`,
        );
      });
    });

    describe('when given a list of findings', () => {
      it('reads the findings', () => {
        const findings: readonly Finding[] = explainCheck().findings;
        expect(findings).toBreach('COI-PCCC-LAY-CHAIR');
        expect(
          failure(() => expect(findings).toBreach('COI-PCCC-OBSERVERS')).split('\n')[2],
        ).toMatchInlineSnapshot(
          `"Expected the list of findings to breach COI-PCCC-OBSERVERS, but no finding names the rule."`,
        );
        expect([]).toBeCompliant();
      });
    });

    describe('when a raw committee comes without asOf', () => {
      it('throws missing_as_of, also under .not', () => {
        for (const assertion of [
          () => expect(gpChaired).toBreach('COI-PCCC-LAY-CHAIR'),
          () => expect(gpChaired).not.toBreach('COI-PCCC-LAY-CHAIR'),
        ]) {
          let caught: unknown;
          try {
            assertion();
          } catch (error) {
            caught = error;
          }
          expect(isPolicyAssertionError(caught)).toBe(true);
          expect((caught as { code: string }).code).toBe('missing_as_of');
        }
        expect(
          failure(() => expect(gpChaired).toBreach('COI-PCCC-LAY-CHAIR')),
        ).toMatchInlineSnapshot(
          `"toBreach needs the date whose rules apply to check a committee: pass it as an option, as in expect(committee).toBreach('COI-PCCC-LAY-CHAIR', { asOf: '2017-06-01' })."`,
        );
      });
    });

    describe('when the subject cannot be read', () => {
      it('throws unsupported_subject', () => {
        expect(failure(() => expect(42).toBreach('COI-PCCC-LAY-CHAIR'))).toMatchInlineSnapshot(
          `"toBreach cannot check a number: give it a committee, register of interests, offer or register of procurement decisions (with { asOf }), a result of checkCommittee, checkDeclarations, checkProcurementRegister, assessGift, assessAgendaItem or assessMeeting, or a list of findings."`,
        );
        expect(failure(() => expect(null).not.toBeCompliant())).toMatchInlineSnapshot(
          `"toBeCompliant cannot check null: give it a committee, register of interests, offer or register of procurement decisions (with { asOf }), a result of checkCommittee, checkDeclarations, checkProcurementRegister, assessGift, assessAgendaItem or assessMeeting, or a list of findings."`,
        );
        expect(
          failure(() => expect({ name: 'x', kind: 'y' }).toBeCompliant()),
        ).toMatchInlineSnapshot(
          `"toBeCompliant cannot check an object with kind, name: give it a committee, register of interests, offer or register of procurement decisions (with { asOf }), a result of checkCommittee, checkDeclarations, checkProcurementRegister, assessGift, assessAgendaItem or assessMeeting, or a list of findings."`,
        );
      });
    });
  });

  describe('toFlag', () => {
    it('passes for a finding of any severity, or of the severity given', () => {
      expect(gpChaired).toFlag('COI-PCCC-CCG-GP-NO-VOTE', { asOf });
      expect(gpChaired).toFlag('COI-PCCC-CCG-GP-NO-VOTE', { asOf, severity: 'advice' });
      expect(gpChaired).not.toFlag('COI-PCCC-CCG-GP-NO-VOTE', { asOf, severity: 'warning' });
      const check = explainCheck();
      expect(check).toFlag('COI-PCCC-LAY-MAJORITY', 'advice');
    });

    it('words its messages for a flag, with the severity in the hint', () => {
      const check = explainCheck();
      expect(
        failure(() => expect(check).not.toFlag('COI-PCCC-LAY-MAJORITY', 'advice')),
      ).toMatchInlineSnapshot(`
        "expect(check).not.toFlag('COI-PCCC-LAY-MAJORITY', 'advice')

        Expected the check of committee "pccc" not to be flagged by COI-PCCC-LAY-MAJORITY as advice on 2017-06-01, but it is:
        - advice COI-PCCC-LAY-MAJORITY: Lay members hold 3 of the 6 votes (50.0%): not more than half. Seed 004 reads the PCCC rule as a lay majority; DOMAIN rule 18 and seed 002 ask only for a lay and executive majority.
          About: the committee (pccc)
          Source: BMA General Practitioners Committee, 2016-11 (004_e95f1a032380c329.txt), Model C: Delegated commissioning, Governance
          Remedy: Give a vote to 1 more lay member, or take the vote from 1 member who is not a lay member."
      `);
      expect(
        failure(() => expect(check).toFlag('COI-PCCC-LAY-MAJORITY', 'breach'))
          .split('\n')
          .slice(0, 3),
      ).toMatchInlineSnapshot(`
        [
          "expect(check).toFlag('COI-PCCC-LAY-MAJORITY', 'breach')",
          "",
          "Expected the check of committee "pccc" to be flagged by COI-PCCC-LAY-MAJORITY as breach on 2017-06-01, but its findings under the rule are advice, not breach.",
        ]
      `);
    });
  });

  describe('toBeCompliant', () => {
    it('passes for a committee with no breach', () => {
      expect(buildCommittee()).toBeCompliant({ asOf });
      expect(buildCommittee({ kind: 'joint-committee' })).toBeCompliant({ asOf });
    });

    it('fails listing each breach and the other findings', () => {
      expect(failure(() => expect(gpChaired).toBeCompliant({ asOf }))).toMatchInlineSnapshot(`
        "expect(committee).toBeCompliant()

        Expected committee "pccc" (Primary Care Commissioning Committee) to be compliant on 2017-06-01, but it has 1 breach:
        - breach COI-PCCC-LAY-CHAIR: The chair, Dr B Okafor, is a CCG GP, not a lay member.
          About: Dr B Okafor (p-okafor)
          Source: BMA General Practitioners Committee, 2016-11 (004_e95f1a032380c329.txt), Model C: Delegated commissioning, Governance
          Remedy: Appoint a lay member as chair, such as the vice-chair, Mr T Bell.
        Other findings:
        - advice COI-PCCC-LAY-MAJORITY: Lay members hold 3 of the 6 votes (50.0%): not more than half. Seed 004 reads the PCCC rule as a lay majority; DOMAIN rule 18 and seed 002 ask only for a lay and executive majority.
          About: the committee (pccc)
          Source: BMA General Practitioners Committee, 2016-11 (004_e95f1a032380c329.txt), Model C: Delegated commissioning, Governance
          Remedy: Give a vote to 1 more lay member, or take the vote from 1 member who is not a lay member.
        - advice COI-PCCC-CCG-GP-NO-VOTE: Dr B Okafor, a CCG GP, has a vote; NHS England's conflicts guidance recommends that the CCG's own GPs have no vote on the PCCC.
          About: Dr B Okafor (p-okafor)
          Source: BMA General Practitioners Committee, 2016-11 (004_e95f1a032380c329.txt), Model C: Delegated commissioning, Governance
          Remedy: Make Dr B Okafor a non-voting member, and keep clinical input through voting GPs from other CCG areas, the secondary care doctor or the nurse.
        Members:
        - Mrs R Hughes (p-hughes): a lay member, voting
        - Mr T Bell (p-bell): a lay member, voting, vice-chair
        - Ms F Osei (p-osei): a lay member, voting
        - Ms L Grant (p-grant): an executive, voting
        - Mr D Evans (p-evans): an executive, voting
        - Dr A Patel (p-patel): a CCG GP, not voting
        - Dr S Khan (p-khan): an LMC representative, not voting
        - Ms K Shah (p-shah): a Healthwatch representative, not voting
        - Cllr P Wood (p-wood): a Health and Wellbeing Board representative, not voting
        - Dr B Okafor (p-okafor): a CCG GP, voting, chair"
      `);
    });

    it('fails under .not listing the findings that are not breaches', () => {
      expect(
        failure(() => expect(buildCommittee()).not.toBeCompliant({ asOf }))
          .split('\n')
          .slice(0, 4),
      ).toMatchInlineSnapshot(`
        [
          "expect(committee).not.toBeCompliant()",
          "",
          "Expected committee "pccc" (Primary Care Commissioning Committee) not to be compliant on 2017-06-01, but it is: no finding is a breach.",
          "Findings: none.",
        ]
      `);
    });

    describe('when given a register of interests', () => {
      it('checks it on the date given', () => {
        expect(buildRegister()).toBeCompliant({ asOf: '2017-07-01' });
        expect(buildRegister({ reviewedOn: [] })).toBreach('COI-REGISTER-2017', {
          asOf: '2018-07-01',
        });
        expect(buildRegister()).not.toFlag('SEED-COI-MEASURES', { asOf: '2017-07-01' });
        expect(
          failure(() =>
            expect(buildRegister()).toFlag('SEED-COI-MEASURES', { asOf: '2017-07-01' }),
          ).split('\n')[2],
        ).toMatchInlineSnapshot(
          `"Expected the register of interests to be flagged by SEED-COI-MEASURES on 2017-07-01, but the rule could not be applied: SEED-COI-MEASURES needs the list of decision-makers (decisionMakerIds) to find who has not declared."`,
        );
        expect(
          failure(() =>
            expect(buildRegister()).toBreach('COI-REGISTER-2017', { asOf: '2017-05-01' }),
          ).split('\n')[2],
        ).toMatchInlineSnapshot(
          `"Expected the register of interests to breach COI-REGISTER-2017 on 2017-05-01, but the rule is not in force on 2017-05-01."`,
        );
      });
    });

    describe('when given a register of procurement decisions', () => {
      it('checks it on the date given', () => {
        const complete = buildProcurementDecision();
        const { managementActions: _, ...incomplete } = complete;
        expect([complete]).toBeCompliant({ asOf: '2017-07-31' });
        expect([incomplete]).toBreach('COI-PROCUREMENT-REGISTER', {
          asOf: '2017-07-31',
          subjectId: 'pd-1',
        });
        expect(
          failure(() =>
            expect([complete]).toBreach('COI-PROCUREMENT-REGISTER', { asOf: '2017-07-31' }),
          )
            .split('\n')
            .slice(0, 3),
        ).toMatchInlineSnapshot(`
          [
            "expect(register).toBreach('COI-PROCUREMENT-REGISTER')",
            "",
            "Expected the register of procurement decisions to breach COI-PROCUREMENT-REGISTER on 2017-07-31, but the rule was applied and passed.",
          ]
        `);
      });
    });

    describe('when given an offer', () => {
      it('assesses it on the date given', () => {
        const accepted = buildOffer({
          kind: 'cash-or-voucher',
          accepted: true,
          declaredOn: '2017-07-04',
        });
        expect(buildOffer()).toBeCompliant({ asOf: '2017-07-03' });
        expect(accepted).not.toBeCompliant({ asOf: '2017-07-03' });
        expect(
          failure(() => expect(accepted).toBeCompliant({ asOf: '2017-07-03' })),
        ).toMatchInlineSnapshot(`
          "expect(offer).toBeCompliant()

          Expected offer "o-1" to be compliant on 2017-07-03, but it has 1 breach:
          - breach GIFT-OTHER-2017: Offer o-1 (Cash or a voucher worth £20.00 from A patient’s family) was accepted, but GIFT-OTHER-2017 says it should be declined.
            About: o-1, p-hughes
            Source: DOMAIN.md GIFT-OTHER-2017, Part 2 §1.6 rule 46 (S1, S18)
            Remedy: Return the gift or record why it was kept, and report it under the CCG’s breach process."
        `);
      });
    });
  });

  describe('toBeRefusedBy', () => {
    describe('when the guard refuses the event', () => {
      it('passes for a [state, event] pair, a result and an explanation', () => {
        expect([withoutLmc, submit]).toBeRefusedBy('GUARD-LMC-CONSULTED');
        expect([withoutLmc, submit]).toBeRefusedBy('GUARD-LMC-CONSULTED', { only: true });
        expect([withoutLmc, submit]).toBeRefusedBy(['GUARD-LMC-CONSULTED']);
        expect([withoutLmc, submit]).toBeRefusedBy();
        expect(transition(withoutLmc, submit)).toBeRefusedBy('GUARD-LMC-CONSULTED');
        expect(explainTransition(withoutLmc, submit)).toBeRefusedBy('GUARD-LMC-CONSULTED');
      });

      it('fails under .not with the guard, its remedy and source', () => {
        expect(
          failure(() => expect([withoutLmc, submit]).not.toBeRefusedBy('GUARD-LMC-CONSULTED')),
        ).toMatchInlineSnapshot(`
          "expect([state, event]).not.toBeRefusedBy('GUARD-LMC-CONSULTED')

          Expected SUBMIT_APPLICATION on 2015-11-01 not to be refused by GUARD-LMC-CONSULTED, but it was:
          - fail GUARD-LMC-CONSULTED: The LMC has not been consulted by 2015-11-01.
            Remedy: Consult the LMC first (seed 004, key point 4), then record CONSULT_LMC.
            Source: BMA General Practitioners Committee, 2016-11 (004_e95f1a032380c329.txt), Key points 4; BMA General Practitioners Committee, 2016-11 (004_e95f1a032380c329.txt), What is co-commissioning?"
        `);
        expect(
          failure(() => expect(transition(withoutLmc, submit)).not.toBeRefusedBy()).split('\n')[2],
        ).toMatchInlineSnapshot(`"Expected the event not to be refused, but it was:"`);
      });
    });

    describe('when another guard refuses it', () => {
      it('fails, saying how the named guard came out and who refused', () => {
        expect(
          failure(() => expect([withoutLmc, submit]).toBeRefusedBy('GUARD-MEMBER-MANDATE')),
        ).toMatchInlineSnapshot(`
          "expect([state, event]).toBeRefusedBy('GUARD-MEMBER-MANDATE')

          Expected SUBMIT_APPLICATION on 2015-11-01 to be refused by GUARD-MEMBER-MANDATE, but GUARD-MEMBER-MANDATE did not fail.
          Guard GUARD-MEMBER-MANDATE: The member practices gave a mandate.
          Source: BMA General Practitioners Committee, 2016-11 (004_e95f1a032380c329.txt), Key points 3; Cambridgeshire & Peterborough CCG, 2015 (002_4254f9e60152174f.txt), §4.1–§4.4; DOMAIN.md MODEL-MEMBER-SUPPORT, Part 2 §1.1 rule 11
          GUARD-MEMBER-MANDATE came out pass: The member practices carried the ballot recorded on 2015-10-01.
          It was refused by:
          - fail GUARD-LMC-CONSULTED: The LMC has not been consulted by 2015-11-01.
            Remedy: Consult the LMC first (seed 004, key point 4), then record CONSULT_LMC.
            Source: BMA General Practitioners Committee, 2016-11 (004_e95f1a032380c329.txt), Key points 4; BMA General Practitioners Committee, 2016-11 (004_e95f1a032380c329.txt), What is co-commissioning?"
        `);
        expect(
          failure(() =>
            expect(transition(withoutLmc, submit)).toBeRefusedBy('GUARD-MEMBER-MANDATE'),
          ).split('\n')[3],
        ).toMatchInlineSnapshot(
          `"Guard GUARD-MEMBER-MANDATE: The member practices gave a mandate."`,
        );
        expect(
          failure(() =>
            expect([withoutLmc, submit]).toBeRefusedBy('GUARD-NOTICE-FROM-DELEGATION'),
          ).split('\n')[5],
        ).toMatchInlineSnapshot(`"GUARD-NOTICE-FROM-DELEGATION was not evaluated on this event."`);
      });
    });

    describe('when the guard is not one of GUARDS', () => {
      it('fails, saying so', () => {
        const message = failure(() => expect([withoutLmc, submit]).toBeRefusedBy('GUARD-LMC'));
        expect(message.split('\n').at(-1)).toMatchInlineSnapshot(
          `"GUARDS has no guard GUARD-LMC: check the ID."`,
        );
        expect(message.split('\n')[3]).toMatchInlineSnapshot(
          `"Guard GUARD-LMC: not one of GUARDS (a mistyped ID?)."`,
        );
      });
    });

    describe('when only the named guards may refuse', () => {
      it('fails when another guard refuses too', () => {
        const early = buildCommissioningState();
        const goLive = buildEvent('GO_LIVE');
        expect([early, goLive]).toBeRefusedBy('GUARD-PROPOSAL-OPEN', { only: true });
        const { state } = buildDelegationProposal({ stopBefore: 'SIGN_AGREEMENT' });
        expect([state, goLive]).toBeRefusedBy('GUARD-DELEGATION-AGREEMENT');
        expect(
          failure(() =>
            expect([state, { ...goLive, on: '2016-03-31' }]).toBeRefusedBy(
              'GUARD-DELEGATION-AGREEMENT',
              { only: true },
            ),
          ),
        ).toMatchInlineSnapshot(`
          "expect([state, event]).toBeRefusedBy('GUARD-DELEGATION-AGREEMENT')

          Expected GO_LIVE on 2016-03-31 to be refused by GUARD-DELEGATION-AGREEMENT only, but it was also refused by:
          - fail GUARD-GO-LIVE-DATE: 2016-03-31 is not the agreed go-live date, 2016-04-01.
            Remedy: Record GO_LIVE on the proposal's go-live date.
            Source: DOMAIN.md MODEL-C-EFFECTIVE-DATE, Part 2 §1.1 rule 6; Cambridgeshire & Peterborough CCG, 2015 (002_4254f9e60152174f.txt), §3.7"
        `);
      });
    });

    describe('when the event is accepted', () => {
      it('fails with every guard verdict', () => {
        const { state, goLive } = buildDelegationProposal();
        const live: CommissioningEvent = { type: 'GO_LIVE', on: goLive };
        expect(
          failure(() => expect([state, live]).toBeRefusedBy('GUARD-LMC-CONSULTED')),
        ).toMatchInlineSnapshot(`
          "expect([state, event]).toBeRefusedBy('GUARD-LMC-CONSULTED')

          Expected GO_LIVE on 2016-04-01 to be refused by GUARD-LMC-CONSULTED, but it was accepted.
          Guard GUARD-LMC-CONSULTED: The LMC was consulted.
          Source: BMA General Practitioners Committee, 2016-11 (004_e95f1a032380c329.txt), Key points 4; BMA General Practitioners Committee, 2016-11 (004_e95f1a032380c329.txt), What is co-commissioning?
          Guards:
          - pass GUARD-DATES-IN-ORDER: 2016-04-01 is on or after the last recorded date, 2016-03-20.
          - pass GUARD-PROPOSAL-OPEN: A change to Model C (delegated commissioning) is in progress (go-live 2016-04-01).
          - pass GUARD-GO-LIVE-DATE: 2016-04-01 is the agreed go-live date.
          - pass GUARD-LMC-CONSULTED: The LMC was consulted on 2015-07-31.
          - pass GUARD-MEMBER-MANDATE: The member practices carried the ballot recorded on 2015-10-01.
          - pass GUARD-GOVERNING-BODY-APPROVAL: The governing body approved on 2015-10-06.
          - pass GUARD-CONSTITUTION-AMENDED: The constitution was amended on 2016-03-10.
          - pass GUARD-COMPLIANT-COMMITTEE: Primary Care Commissioning Committee was established on 2016-03-15 and found compliant.
          - pass GUARD-APPLICATION-SUBMITTED: The application was submitted on 2015-11-01.
          - pass GUARD-NHSE-APPROVAL: NHS England approved the application on 2016-02-01.
          - pass GUARD-DUE-DILIGENCE: Due diligence was completed on 2016-03-01.
          - pass GUARD-DELEGATION-AGREEMENT: The delegation agreement was signed on 2016-03-20."
        `);
        expect(
          failure(() => expect(transition(state, live)).toBeRefusedBy())
            .split('\n')
            .slice(0, 4),
        ).toMatchInlineSnapshot(`
          [
            "expect(transition).toBeRefusedBy()",
            "",
            "Expected GO_LIVE on 2016-04-01 to be refused, but it was accepted.",
            "Guards:",
          ]
        `);
      });
    });

    describe('when the event is not an event', () => {
      it('is refused before any guard runs', () => {
        const start = buildCommissioningState();
        expect([start, { type: 'HOLD_MEETING', on: '2016-01-01' }]).toBeRefusedBy();
        expect(transition(start, { type: 'GO_LIVE' })).toBeRefusedBy();
        expect(
          failure(() => expect([start, { type: 'HOLD_MEETING', on: '2016-01-01' }]).toBeAllowed()),
        ).toMatchInlineSnapshot(`
          "expect([state, event]).toBeAllowed()

          Expected HOLD_MEETING on 2016-01-01 to be allowed, but it was refused:
          - unknown_event: Expected an event whose type is one of PROPOSE, CONSULT_LMC, RECORD_BALLOT, GOVERNING_BODY_DECISION, AMEND_CONSTITUTION, SUBMIT_APPLICATION, NHSE_DECISION, COMPLETE_DUE_DILIGENCE, ESTABLISH_COMMITTEE, SIGN_AGREEMENT, GO_LIVE, WITHDRAW_PROPOSAL, GIVE_NOTICE, but received an event of type "HOLD_MEETING"."
        `);
        expect(
          failure(() =>
            expect([start, 'GO_LIVE']).toBeRefusedBy('GUARD-PROPOSAL-OPEN', { only: true }),
          ),
        ).toMatchInlineSnapshot(`
          "expect([state, event]).toBeRefusedBy('GUARD-PROPOSAL-OPEN')

          Expected the event to be refused by GUARD-PROPOSAL-OPEN only, but GUARD-PROPOSAL-OPEN did not fail.
          Guard GUARD-PROPOSAL-OPEN: A change of model is in progress.
          Source: Bedfordshire CCG, 2017-09-07 (000_54d237cabb915ae9.txt), Next steps & Proposed Timeline
          GUARD-PROPOSAL-OPEN was not evaluated on this event.
          It was refused by:
          - unknown_event: Expected an event whose type is one of PROPOSE, CONSULT_LMC, RECORD_BALLOT, GOVERNING_BODY_DECISION, AMEND_CONSTITUTION, SUBMIT_APPLICATION, NHSE_DECISION, COMPLETE_DUE_DILIGENCE, ESTABLISH_COMMITTEE, SIGN_AGREEMENT, GO_LIVE, WITHDRAW_PROPOSAL, GIVE_NOTICE, but received the text "GO_LIVE"."
        `);
      });
    });

    it('throws unsupported_subject for anything else', () => {
      expect(failure(() => expect({ ok: true }).toBeRefusedBy())).toMatchInlineSnapshot(
        `"toBeRefusedBy cannot check an object with ok: give it what transition or explainTransition returned, or a [state, event] pair to explain."`,
      );
    });
  });

  describe('toBeAllowed', () => {
    it('passes when every guard allows the event', () => {
      const { state, goLive } = buildDelegationProposal();
      expect([state, { type: 'GO_LIVE', on: goLive }]).toBeAllowed();
      expect(transition(state, { type: 'GO_LIVE', on: goLive })).toBeAllowed();
      expect([withoutLmc, submit]).not.toBeAllowed();
    });

    it('fails with the failing guards, and under .not with the verdicts', () => {
      expect(
        failure(() => expect(transition(withoutLmc, submit)).toBeAllowed()),
      ).toMatchInlineSnapshot(`
        "expect(transition).toBeAllowed()

        Expected the event to be allowed, but it was refused:
        - fail GUARD-LMC-CONSULTED: The LMC has not been consulted by 2015-11-01.
          Remedy: Consult the LMC first (seed 004, key point 4), then record CONSULT_LMC.
          Source: BMA General Practitioners Committee, 2016-11 (004_e95f1a032380c329.txt), Key points 4; BMA General Practitioners Committee, 2016-11 (004_e95f1a032380c329.txt), What is co-commissioning?"
      `);
      const { state } = buildDelegationProposal({ stopBefore: 'CONSULT_LMC' });
      expect(
        failure(() => expect([state, buildEvent('CONSULT_LMC')]).not.toBeAllowed()),
      ).toMatchInlineSnapshot(`
        "expect([state, event]).not.toBeAllowed()

        Expected CONSULT_LMC on 2015-07-31 not to be allowed, but it was accepted.
        Guards:
        - pass GUARD-DATES-IN-ORDER: 2015-07-31 is on or after the last recorded date, 2015-07-01.
        - pass GUARD-PROPOSAL-OPEN: A change to Model C (delegated commissioning) is in progress (go-live 2016-04-01).
        - pass GUARD-STEP-WITHIN-PROPOSAL: 2015-07-31 falls between the proposal (2015-07-01) and go-live (2016-04-01)."
      `);
      expect(
        failure(() => expect(transition(state, buildEvent('CONSULT_LMC'))).not.toBeAllowed()).split(
          '\n',
        )[2],
      ).toMatchInlineSnapshot(
        `"Expected CONSULT_LMC on 2015-07-31 not to be allowed, but it was accepted."`,
      );
    });

    it('passes the transition options to explainTransition', () => {
      const { state, goLive } = buildDelegationProposal({ skip: ['COMPLETE_DUE_DILIGENCE'] });
      const live = { type: 'GO_LIVE', on: goLive };
      expect([state, live]).toBeRefusedBy('GUARD-DUE-DILIGENCE', { only: true });
      expect([state, live]).toBeAllowed({ guards: { 'GUARD-DUE-DILIGENCE': { enabled: false } } });
    });
  });

  describe('toCarry', () => {
    it('passes for a carried ballot, counted or as { ballot, votes }', () => {
      const cambridgeshire = buildBallot({ eligible: 107, yes: 52, no: 31 });
      expect(cambridgeshire).toCarry();
      expect(tallyBallot(cambridgeshire.ballot, cambridgeshire.votes)).toCarry();
      expect(buildBallot({ yes: 5, no: 5 })).not.toCarry();
    });

    it('fails with the count explained', () => {
      expect(
        failure(() => expect(buildBallot({ yes: 1, no: 2 })).toCarry()),
      ).toMatchInlineSnapshot(`
        "expect(ballot).toCarry()

        Expected ballot "ballot" to be carried, but its outcome was 'not-carried'.
        Question: Should the CCG apply for delegated commissioning?
        Electorate: 3 member practices, one vote each; voting from 1 September 2015 to 30 September 2015.
        Votes: 1 yes, 2 no, 0 abstentions, 0 spoilt; 3 of 3 practices voted (turnout 100.0%). No votes were rejected.
        Yes share: 33.3% of votes for or against (1 of 3).
        Rule applied: carried when yes is more than 50% of the votes for or against (abstentions and spoilt ballots left out); no turnout quorum; a tie is not carried; where a member returns different choices, none of them counts.
        Outcome: NOT CARRIED.
        Reasons:
        1. Each of the 3 member practices had one vote, whatever its list size. [DOMAIN.md BALLOT-UNIT, Part 2 §1.7 rule 52]
        2. All 3 votes received were counted. The window was 2015-09-01 to 2015-09-30, both days included. Where a member returns different choices, none of its votes counts ('reject-all'). [DOMAIN.md BALLOT-ADMIN, Part 2 §1.7 rule 57; DOMAIN.md BALLOT-OPTIONS, Part 2 §1.7 rule 56; DOMAIN.md BALLOT-NO-NATIONAL-RULE, Part 2 §1.7 rule 51]
        3. 3 of 3 eligible practices returned a ballot (turnout 100.0%); no turnout quorum applies. [DOMAIN.md BALLOT-TURNOUT-QUORUM, Part 2 §1.7 rule 53; Cambridgeshire & Peterborough CCG, 2015 (002_4254f9e60152174f.txt), §4.3]
        4. 1 of 3 practices that voted for or against voted yes (33.3%), less than the 50% required (more than 50% is needed). Abstentions and spoilt ballots are left out of the base. The proposal is not carried. [DOMAIN.md BALLOT-THRESHOLD, Part 2 §1.7 rule 54; DOMAIN.md, Part 3 Q1; DOMAIN.md, Part 3 Q2; BMA General Practitioners Committee, 2016-11 (004_e95f1a032380c329.txt), Key points for CCG member practices and LMCs]"
      `);
      expect(
        failure(() => expect(buildBallot({ yes: 2, no: 1 })).not.toCarry())
          .split('\n')
          .slice(0, 3),
      ).toMatchInlineSnapshot(`
        [
          "expect(ballot).not.toCarry()",
          "",
          "Expected ballot "ballot" not to be carried, but its outcome was 'carried'.",
        ]
      `);
    });

    it('throws unsupported_subject for anything else', () => {
      expect(failure(() => expect('carried').toCarry())).toMatchInlineSnapshot(
        `"toCarry cannot check the text "carried": give it a result of tallyBallot, or { ballot, votes } (as buildBallot returns) to count."`,
      );
    });
  });

  describe('toHaveBallotOutcome', () => {
    it('passes for the outcome the ballot had', () => {
      const quorum = { turnout: { numerator: 3, denominator: 4 }, comparator: '>=' as const };
      expect(buildBallot({ eligible: 4, yes: 3, rules: { quorum } })).toHaveBallotOutcome(
        'carried',
      );
      expect(buildBallot({ eligible: 4, yes: 2, rules: { quorum } })).toHaveBallotOutcome(
        'inquorate',
      );
      expect(buildBallot({ yes: 2, no: 2, rules: { tie: 're-ballot' } })).toHaveBallotOutcome(
        'tied',
      );
      expect(
        failure(() => expect(buildBallot({ yes: 2, no: 2 })).toHaveBallotOutcome('tied')).split(
          '\n',
        )[2],
      ).toMatchInlineSnapshot(
        `"Expected ballot "ballot" to have the outcome 'tied', but its outcome was 'not-carried'."`,
      );
      expect(
        failure(() =>
          expect(buildBallot({ yes: 2, no: 2 })).not.toHaveBallotOutcome('not-carried'),
        ).split('\n')[2],
      ).toMatchInlineSnapshot(
        `"Expected ballot "ballot" not to have the outcome 'not-carried', but its outcome was 'not-carried'."`,
      );
    });
  });

  describe('toRequireAction', () => {
    it('passes for the action the offer calls for', () => {
      expect(buildOffer()).toRequireAction('accept', { asOf: '2017-07-03' });
      expect(buildOffer({ valuePence: 5001 })).toRequireAction('accept-for-organisation', {
        asOf: '2017-07-03',
      });
      expect(buildOffer({ valuePence: 5000 })).toRequireAction('accept', {
        asOf: '2017-07-03',
        giftAtThreshold: 'below',
      });
    });

    it('fails with each reason and its source', () => {
      expect(
        failure(() => expect(buildOffer()).toRequireAction('decline', { asOf: '2017-07-03' })),
      ).toMatchInlineSnapshot(`
        "expect(offer).toRequireAction('decline')

        Expected offer "o-1" to require "decline" on 2017-07-03, but it requires "accept" (rule GIFT-OTHER-2017, 2017 guidance).
        Reasons:
        - pass GIFT-OTHER-2017: A gift worth £20.00 from A patient’s family is under £50 on its own.
          Source: DOMAIN.md GIFT-OTHER-2017, Part 2 §1.6 rule 46 (S1, S18); DOMAIN.md, Part 2 §5b CHK-GIFT-OTHER
        - pass GIFT-OTHER-2017: Gifts from A patient’s family to this person in the 12 months from 2016-07-03 to 2017-07-03 total £20.00 (0 earlier gifts counted), under £50: it may be accepted and need not be declared.
          Source: DOMAIN.md GIFT-OTHER-2017, Part 2 §1.6 rule 46 (S1, S18); DOMAIN.md, Part 2 §5b CHK-GIFT-OTHER
        Findings: none."
      `);
      expect(
        failure(() =>
          expect(buildOffer()).not.toRequireAction('accept', { asOf: '2017-07-03' }),
        ).split('\n')[2],
      ).toMatchInlineSnapshot(
        `"Expected offer "o-1" not to require "accept" on 2017-07-03, but it does: "accept" (rule GIFT-OTHER-2017, 2017 guidance)."`,
      );
    });

    it('throws missing_as_of for an offer without a date, and unsupported_subject for others', () => {
      expect(failure(() => expect(buildOffer()).toRequireAction('accept'))).toMatchInlineSnapshot(
        `"toRequireAction needs the date whose rules apply to check a gift or hospitality offer: pass it as an option, as in expect(offer).toRequireAction('accept', { asOf: '2017-07-03' })."`,
      );
      expect(failure(() => expect([]).toRequireAction('accept'))).toMatchInlineSnapshot(
        `"toRequireAction cannot check a list of 0: give it an offer (with { asOf }) or a result of assessGift."`,
      );
    });
  });

  describe('with a coverage collector', () => {
    it('records what each matcher checked', () => {
      const coverage = createRuleCoverage();
      expect(gpChaired).toBreach('COI-PCCC-LAY-CHAIR', { asOf, coverage });
      expect(buildCommittee()).toBeCompliant({ asOf, coverage });
      expect([withoutLmc, submit]).toBeRefusedBy('GUARD-LMC-CONSULTED', { coverage });
      expect(transition(withoutLmc, submit)).not.toBeAllowed({ coverage });
      expect(buildOffer()).toRequireAction('accept', { asOf: '2017-07-03', coverage });
      const report = coverage.report();
      expect(report.recorded).toBe(5);
      const rule = (id: string) => report.rules.find((entry) => entry.ruleId === id);
      expect(rule('COI-PCCC-LAY-CHAIR')).toMatchObject({ hit: 1, notHit: 1 });
      expect(rule('GIFT-OTHER-2017')).toMatchObject({ notHit: 1 });
      const guard = report.guards.find((entry) => entry.guardId === 'GUARD-LMC-CONSULTED');
      expect(guard).toMatchObject({ fail: 2, pass: 0 });
    });
  });

  describe('with a jest-like expect.extend', () => {
    it('passes and fails as in vitest, using this.isNot for the wording', () => {
      jestLikeExpect(gpChaired).toBreach('COI-PCCC-LAY-CHAIR', { asOf });
      jestLikeExpect(buildCommittee()).not.toBreach('COI-PCCC-LAY-CHAIR', { asOf });
      expect(
        failure(() => jestLikeExpect(gpChaired).not.toBreach('COI-PCCC-LAY-CHAIR', { asOf })),
      ).toBe(failure(() => expect(gpChaired).not.toBreach('COI-PCCC-LAY-CHAIR', { asOf })));
      expect(
        failure(() => jestLikeExpect(buildCommittee()).toBreach('COI-PCCC-LAY-CHAIR', { asOf })),
      ).toBe(failure(() => expect(buildCommittee()).toBreach('COI-PCCC-LAY-CHAIR', { asOf })));
    });

    it('words the message for a plain call without this', () => {
      const { toCarry } = coCommissioningMatchers;
      const result = toCarry(buildBallot());
      expect(result.pass).toBe(true);
      expect(result.message().split('\n')[0]).toBe('expect(ballot).toCarry()');
    });
  });
});

/** The check of the GP-chaired committee on 2017-06-01. */
function explainCheck() {
  return checkCommittee(gpChaired, { asOf });
}
