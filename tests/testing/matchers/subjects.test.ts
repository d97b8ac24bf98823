// The matchers read every kind of result the library returns; these tests pin how each is named
// in a message.
import {
  assessAgendaItem,
  assessGift,
  assessMeeting,
  checkDeclarations,
  checkProcurementRegister,
  explainTransition,
} from 'co-commissioning';
import {
  buildAgendaItem,
  buildCommissioningState,
  buildCommittee,
  buildMeeting,
  buildOffer,
  buildProcurementDecision,
  buildRegister,
  coCommissioningMatchers,
} from 'co-commissioning/testing';
import { describe, expect, it } from 'vitest';

expect.extend(coCommissioningMatchers);

const options = { register: buildRegister(), committee: buildCommittee(), asOf: '2017-07-05' };
/** An item about P001, on which Dr A Patel (conflicted) is minuted as voting. */
const conflictedVote = buildAgendaItem({
  id: 'item-2',
  title: 'Premises improvement grant for practice P001',
  subject: { organisationIds: ['P001'] },
  recordedVoterIds: ['p-hughes', 'p-patel'],
});
const meeting = buildMeeting({ items: [buildAgendaItem(), conflictedVote] });

function failure(assertion: () => void): string {
  try {
    assertion();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('the assertion passed');
}

describe('the matchers, given an agenda item assessment', () => {
  it('name the item and meeting, and the people by name', () => {
    const assessment = assessAgendaItem(meeting, 'item-2', options);
    expect(assessment).toBreach('COI-CONFLICTED-NO-VOTE', { subjectId: 'p-patel' });
    expect(
      failure(() => expect(assessment).toBeCompliant())
        .split('\n')
        .slice(0, 4),
    ).toMatchInlineSnapshot(`
      [
        "expect(assessment).toBeCompliant()",
        "",
        "Expected agenda item "item-2" of meeting "pccc-2017-07-05" to be compliant on 2017-07-05, but it has 1 breach:",
        "- breach COI-CONFLICTED-NO-VOTE: Dr A Patel is recorded as voting on item "item-2" (Premises improvement grant for practice P001) but should have withdrawn because of a financial interest (GP partner at practice P001).",
      ]
    `);
    expect(assessAgendaItem(meeting, 'item-1', options)).toBeCompliant();
  });
});

describe('the matchers, given a meeting assessment', () => {
  it('read the findings of every item, a failure on any item winning', () => {
    const assessment = assessMeeting(meeting, options);
    expect(assessment).toBreach('COI-CONFLICTED-NO-VOTE');
    expect(
      failure(() => expect(assessment).toBreach('PCCC-QUORUM-LOCAL')).split('\n')[2],
    ).toMatchInlineSnapshot(
      `"Expected meeting "pccc-2017-07-05" to breach PCCC-QUORUM-LOCAL on 2017-07-05, but the rule was applied and passed."`,
    );
  });
});

describe('the matchers, given a register check', () => {
  it('name the register, and a finding about no one in particular', () => {
    const check = checkDeclarations(buildRegister({ reviewedOn: [] }), { asOf: '2018-07-01' });
    expect(check).toBreach('COI-REGISTER-2017');
    expect(
      failure(() => expect(check).toBreach('COI-REGISTER-2017', { subjectId: 'p-patel' })).split(
        '\n',
      )[2],
    ).toMatchInlineSnapshot(
      `"Expected the register of interests to breach COI-REGISTER-2017 about p-patel, but its findings under the rule are about no one in particular."`,
    );
    expect(
      failure(() => expect(check).toBeCompliant({ asOf: '2018-07-01' })).split('\n')[2],
    ).toMatchInlineSnapshot(
      `"Expected the register of interests to be compliant on 2018-07-01, but it has 1 breach:"`,
    );
  });
});

describe('the matchers, given a procurement register check', () => {
  it('name the register of procurement decisions', () => {
    const check = checkProcurementRegister([buildProcurementDecision()], { asOf: '2017-07-31' });
    expect(check).toBeCompliant();
    expect(failure(() => expect(check).not.toBeCompliant()).split('\n')[2]).toMatchInlineSnapshot(
      `"Expected the register of procurement decisions not to be compliant, but it is: no finding is a breach."`,
    );
  });
});

describe('the matchers, given a gift assessment', () => {
  it('name the offer, and read the rules from the reasons', () => {
    const assessment = assessGift(buildOffer({ kind: 'cash-or-voucher', accepted: true }), {
      asOf: '2017-07-03',
    });
    expect(assessment).toBreach('GIFT-OTHER-2017', { subjectId: 'o-1' });
    expect(assessment).toRequireAction('decline');
    expect(
      failure(() => expect(assessment).toRequireAction('accept')).split('\n')[2],
    ).toMatchInlineSnapshot(
      `"Expected offer "o-1" to require "accept", but it requires "decline" (rule GIFT-OTHER-2017, 2017 guidance)."`,
    );
    expect(
      failure(() => expect(assessment).toFlag('HOSP-2017')).split('\n')[2],
    ).toMatchInlineSnapshot(
      `"Expected offer "o-1" to be flagged by HOSP-2017, but no finding names the rule."`,
    );
    const passed = assessGift(buildOffer(), { asOf: '2017-07-03' });
    expect(
      failure(() => expect(passed).toBreach('GIFT-OTHER-2017')).split('\n')[2],
    ).toMatchInlineSnapshot(
      `"Expected offer "o-1" to breach GIFT-OTHER-2017, but the rule was applied and passed."`,
    );
  });
});

describe('the transition matchers, given events without a type or a date', () => {
  it('call them "the event" or by their type', () => {
    const start = buildCommissioningState();
    expect(
      failure(() => expect([start, { on: '2016-04-01' }]).toBeAllowed()).split('\n')[2],
    ).toMatchInlineSnapshot(`"Expected the event to be allowed, but it was refused:"`);
    expect(
      failure(() => expect([start, { type: 'GO_LIVE' }]).toBeAllowed()).split('\n')[2],
    ).toMatchInlineSnapshot(`"Expected GO_LIVE to be allowed, but it was refused:"`);
    expect(
      failure(() =>
        expect(explainTransition(start, { type: 'GO_LIVE', on: '2016-04-01' })).toBeAllowed(),
      ).split('\n')[2],
    ).toMatchInlineSnapshot(`"Expected GO_LIVE to be allowed, but it was refused:"`);
  });
});

describe('the committee matchers, given an empty committee', () => {
  it('say it has no members', () => {
    const empty = buildCommittee({ members: [] });
    expect(empty).toBreach('COI-PCCC-LAY-EXEC-MAJORITY', { asOf: '2017-06-01' });
    expect(
      failure(() => expect(empty).toBreach('COI-PCCC-OBSERVERS', { asOf: '2017-06-01' }))
        .split('\n')
        .at(-1),
    ).toMatchInlineSnapshot(`"Members: none."`);
  });
});

describe('the rule descriptions', () => {
  it('give the end date of a rule that has been replaced', () => {
    const offer = buildOffer({ source: { id: 's', name: 'Acme Ltd', kind: 'supplier' } });
    expect(
      failure(() => expect(offer).toBreach('GIFT-SUPPLIER-2016', { asOf: '2017-07-03' }))
        .split('\n')
        .slice(2, 4),
    ).toMatchInlineSnapshot(`
      [
        "Expected offer "o-1" to breach GIFT-SUPPLIER-2016 on 2017-07-03, but no finding names the rule.",
        "Rule GIFT-SUPPLIER-2016: Gifts from suppliers or contractors are declined, whatever their value (2016) (breach by default; confidence V; in force from 2016-06-28 to 2017-06-15).",
      ]
    `);
  });
});

describe('the matchers, given an asOf that is not a date', () => {
  it('refuse it with invalid_input for a result already checked, whose words would use it', () => {
    let thrown: unknown;
    try {
      expect([]).toBeCompliant({ asOf: {} as unknown as string });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toMatchObject({
      code: 'invalid_input',
      issues: [
        {
          code: 'invalid_input',
          message:
            "toBeCompliant: give options.asOf as a calendar date written YYYY-MM-DD, such as '2017-06-01', not an object.",
          path: ['options', 'asOf'],
        },
      ],
    });
  });
});
