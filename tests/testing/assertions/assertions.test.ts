import { checkCommittee, explainTransition, tallyBallot } from 'co-commissioning';
import {
  assertAllowed,
  assertBallotOutcome,
  assertBreaches,
  assertCarried,
  assertCompliant,
  assertFlags,
  assertRefusedBy,
  assertRequiresAction,
  buildBallot,
  buildCommittee,
  buildDelegationProposal,
  buildEvent,
  buildOffer,
  createRuleCoverage,
  isPolicyAssertionError,
  PolicyAssertionError,
} from 'co-commissioning/testing';
import { describe, expect, it } from 'vitest';

const asOf = '2017-06-01';
const gpChaired = buildCommittee({ chair: 'ccg-gp' });
const { state: withoutLmc } = buildDelegationProposal({
  skip: ['CONSULT_LMC'],
  stopBefore: 'SUBMIT_APPLICATION',
});
const submit = buildEvent('SUBMIT_APPLICATION', { on: '2015-11-01' });

/** The error an assertion throws, with its fields. */
function caught(run: () => void): PolicyAssertionError {
  try {
    run();
  } catch (error) {
    if (error instanceof PolicyAssertionError) return error;
    throw error;
  }
  throw new Error('the assertion passed');
}

describe('assertCompliant', () => {
  it('returns nothing for a compliant committee', () => {
    expect(assertCompliant(buildCommittee(), { asOf })).toBeUndefined();
  });

  it('throws not_compliant with the breaches, expected and actual', () => {
    const error = caught(() => assertCompliant(gpChaired, { asOf }));
    expect(error.code).toBe('not_compliant');
    expect(error.expected).toBe('compliant');
    expect(error.actual).toEqual(['COI-PCCC-LAY-CHAIR']);
    expect(error.message.split('\n').slice(0, 3)).toMatchInlineSnapshot(`
      [
        "Expected committee "pccc" (Primary Care Commissioning Committee) to be compliant on 2017-06-01, but it has 1 breach:",
        "- breach COI-PCCC-LAY-CHAIR: The chair, Dr B Okafor, is a CCG GP, not a lay member.",
        "  About: Dr B Okafor (p-okafor)",
      ]
    `);
  });

  it('throws missing_as_of, worded for the assertion', () => {
    const error = caught(() => assertCompliant(gpChaired));
    expect(error.code).toBe('missing_as_of');
    expect(error.message).toMatchInlineSnapshot(
      `"assertCompliant needs the date whose rules apply to check a committee: pass it as an option, as in assertCompliant(committee, { asOf: '2017-06-01' })."`,
    );
  });
});

describe('assertBreaches', () => {
  it('returns for a breach and throws rule_not_breached otherwise', () => {
    assertBreaches(gpChaired, 'COI-PCCC-LAY-CHAIR', { asOf, subjectId: 'p-okafor' });
    const error = caught(() => assertBreaches(buildCommittee(), 'COI-PCCC-LAY-CHAIR', { asOf }));
    expect(error.code).toBe('rule_not_breached');
    expect(error.expected).toBe('COI-PCCC-LAY-CHAIR as breach');
    expect(error.actual).toEqual([]);
    expect(error.message.split('\n')[0]).toBe(
      'Expected committee "pccc" (Primary Care Commissioning Committee) to breach COI-PCCC-LAY-CHAIR on 2017-06-01, but the rule was applied and passed.',
    );
  });
});

describe('assertFlags', () => {
  it('takes a severity or options, and throws rule_not_flagged', () => {
    assertFlags(gpChaired, 'COI-PCCC-LAY-MAJORITY', { asOf, severity: 'advice' });
    const error = caught(() => assertFlags(gpChaired, 'COI-PCCC-LAY-MAJORITY', 'warning'));
    expect(error.code).toBe('missing_as_of');
    const check = caught(() =>
      assertFlags(buildCommittee(), 'COI-PCCC-LMC-SEAT', { asOf, severity: 'advice' }),
    );
    expect(check.code).toBe('rule_not_flagged');
    expect(check.expected).toBe('COI-PCCC-LMC-SEAT as advice');
    assertFlags(checkCommittee(gpChaired, { asOf }).findings, 'COI-PCCC-CCG-GP-NO-VOTE', 'advice');
  });
});

describe('assertRefusedBy', () => {
  it('returns when the guards refuse, throws not_refused otherwise', () => {
    assertRefusedBy([withoutLmc, submit], 'GUARD-LMC-CONSULTED');
    assertRefusedBy(explainTransition(withoutLmc, submit), ['GUARD-LMC-CONSULTED'], { only: true });
    assertRefusedBy([withoutLmc, submit]);
    const error = caught(() => assertRefusedBy([withoutLmc, submit], 'GUARD-MEMBER-MANDATE'));
    expect(error.code).toBe('not_refused');
    expect(error.expected).toEqual(['GUARD-MEMBER-MANDATE']);
    expect(error.actual).toEqual(['GUARD-LMC-CONSULTED']);
  });
});

describe('assertAllowed', () => {
  it('returns when allowed, throws not_allowed with the failing guards otherwise', () => {
    const { state, goLive } = buildDelegationProposal();
    assertAllowed([state, { type: 'GO_LIVE', on: goLive }]);
    const error = caught(() => assertAllowed([withoutLmc, submit]));
    expect(error.code).toBe('not_allowed');
    expect(error.actual).toEqual(['GUARD-LMC-CONSULTED']);
    expect(error.message).toMatchInlineSnapshot(`
      "Expected SUBMIT_APPLICATION on 2015-11-01 to be allowed, but it was refused:
      - fail GUARD-LMC-CONSULTED: The LMC has not been consulted by 2015-11-01.
        Remedy: Consult the LMC first (seed 004, key point 4), then record CONSULT_LMC.
        Source: BMA General Practitioners Committee, 2016-11 (004_e95f1a032380c329.txt), Key points 4; BMA General Practitioners Committee, 2016-11 (004_e95f1a032380c329.txt), What is co-commissioning?"
    `);
  });
});

describe('assertCarried', () => {
  it('returns for a carried ballot, throws wrong_ballot_outcome otherwise', () => {
    assertCarried(buildBallot());
    const { ballot, votes } = buildBallot({ yes: 1, no: 1 });
    const error = caught(() => assertCarried(tallyBallot(ballot, votes)));
    expect(error.code).toBe('wrong_ballot_outcome');
    expect(error.expected).toBe('carried');
    expect(error.actual).toBe('not-carried');
  });
});

describe('assertBallotOutcome', () => {
  it('returns for the outcome given, throws wrong_ballot_outcome otherwise', () => {
    assertBallotOutcome(buildBallot({ yes: 1, no: 1, rules: { tie: 're-ballot' } }), 'tied');
    const error = caught(() => assertBallotOutcome(buildBallot(), 'inquorate'));
    expect(error.message.split('\n')[0]).toBe(
      "Expected ballot \"ballot\" to have the outcome 'inquorate', but its outcome was 'carried'.",
    );
  });
});

describe('assertRequiresAction', () => {
  it('returns for the action, throws wrong_gift_action otherwise, and records coverage', () => {
    const coverage = createRuleCoverage();
    assertRequiresAction(buildOffer(), 'accept', { asOf: '2017-07-03', coverage });
    expect(coverage.report().recorded).toBe(1);
    const error = caught(() =>
      assertRequiresAction(buildOffer({ kind: 'cash-or-voucher' }), 'accept', {
        asOf: '2017-07-03',
      }),
    );
    expect(error.code).toBe('wrong_gift_action');
    expect(error.actual).toBe('decline');
    expect(caught(() => assertRequiresAction(buildOffer(), 'accept')).message).toBe(
      "assertRequiresAction needs the date whose rules apply to check a gift or hospitality offer: pass it as an option, as in assertRequiresAction(offer, 'accept', { asOf: '2017-07-03' }).",
    );
  });
});

describe('the assertions', () => {
  it('throw errors isPolicyAssertionError recognises, for node:test and other runners', () => {
    let thrown: unknown;
    try {
      assertCarried({ not: 'a ballot' });
    } catch (error) {
      thrown = error;
    }
    expect(isPolicyAssertionError(thrown)).toBe(true);
    expect((thrown as PolicyAssertionError).code).toBe('unsupported_subject');
  });
});
