import {
  APPLICATION_CALENDAR,
  type CommissioningState,
  createCommissioningState,
  explainTransition,
  isCoCommissioningError,
  transition,
} from 'co-commissioning';
import { deepFreeze, isDeepFrozen } from 'co-commissioning/testing';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ballotResult,
  bedfordshireEvents,
  bedfordshireStart,
  cambridgeshireBallot,
  cambridgeshireEvents,
  cambridgeshireStart,
  compliantPccc,
  gpChairedPccc,
  jointCommittee,
  refusedBy,
  run,
} from './fixtures.js';

/** The Cambridgeshire state just before the given event type. */
function cambridgeshireUntil(type: string, skip: readonly string[] = []): CommissioningState {
  const index = cambridgeshireEvents.findIndex((event) => event.type === type);
  return run(
    cambridgeshireStart,
    cambridgeshireEvents.slice(0, index).filter((event) => !skip.includes(event.type)),
  );
}

describe('transition', () => {
  describe('when Cambridgeshire & Peterborough moves from joint to delegated (seed 002)', () => {
    it('accepts every step and goes live on 1 April 2016', () => {
      const state = run(cambridgeshireStart, cambridgeshireEvents);
      expect(state.status).toBe('C');
      expect(state.since).toBe('2016-04-01');
      expect(state.proposal).toBeUndefined();
      expect(state.history).toHaveLength(cambridgeshireEvents.length);
    });

    it('accepts the application on the closing date, 6 November 2015', () => {
      const state = cambridgeshireUntil('SUBMIT_APPLICATION');
      const why = explainTransition(state, cambridgeshireEvents[4]);
      expect(why.allowed).toBe(true);
      expect(why.guards.find((guard) => guard.id === 'GUARD-APPLICATION-DEADLINE')).toMatchObject({
        verdict: 'pass',
        message:
          'Submitted on 2015-11-06, on or before the closing date 2015-11-06 for delegation from 2016-04-01.',
        comparator: '<=',
      });
    });

    it('refuses the application a day after the closing date', () => {
      const state = cambridgeshireUntil('SUBMIT_APPLICATION');
      expect(
        refusedBy(state, {
          type: 'SUBMIT_APPLICATION',
          on: '2015-11-07',
          signedBy: ['accountable-officer', 'audit-committee-chair'],
        }),
      ).toEqual(['GUARD-APPLICATION-DEADLINE']);
    });

    it('records the ballot as evidence with its exact shares', () => {
      const state = cambridgeshireUntil('GOVERNING_BODY_DECISION');
      expect(
        state.proposal?.milestones.find((milestone) => milestone.kind === 'ballot')?.evidence,
      ).toEqual({
        ballotId: 'cpccg-2015',
        outcome: 'carried',
        yesShare: { numerator: 52, denominator: 83 },
        turnout: { numerator: 83, denominator: 107 },
        yes: 52,
        no: 31,
        cast: 83,
        eligible: 107,
      });
    });
  });

  describe('when Bedfordshire follows its 2017–18 plan (seed 000)', () => {
    it('accepts the constitution and agreement after NHS England’s decision, and goes live on 1 April 2018', () => {
      const state = run(bedfordshireStart, bedfordshireEvents);
      expect(state.status).toBe('C');
      expect(state.since).toBe('2018-04-01');
    });

    it('reports the unknown 2018 closing date as unknown, not as a refusal', () => {
      const state = run(bedfordshireStart, bedfordshireEvents.slice(0, 5));
      const why = explainTransition(state, bedfordshireEvents[5]);
      expect(why.allowed).toBe(true);
      const deadline = why.guards.find((guard) => guard.id === 'GUARD-APPLICATION-DEADLINE');
      expect(deadline?.verdict).toBe('unknown');
      expect(deadline?.message).toContain(
        'No source gives the closing date for delegation from 2018-04-01.',
      );
      expect(deadline?.remedy).toContain('options.calendar');
    });

    it('applies a closing date given in options.calendar', () => {
      const state = run(bedfordshireStart, bedfordshireEvents.slice(0, 5));
      const calendar = [
        {
          model: 'C' as const,
          goLive: '2018-04-01',
          closes: '2017-12-01',
          sources: [{ document: 'NHS England letter' }],
        },
      ];
      expect(refusedBy(state, bedfordshireEvents[5], { calendar })).toEqual([
        'GUARD-APPLICATION-DEADLINE',
      ]);
      const later = [{ ...calendar[0], closes: '2017-12-08' }] as typeof calendar;
      expect(transition(state, bedfordshireEvents[5], { calendar: later }).ok).toBe(true);
    });
  });

  describe('when a prerequisite of delegation is missing (seed 004 key points)', () => {
    it('refuses an application before the LMC is consulted, saying what to do next', () => {
      const state = cambridgeshireUntil('SUBMIT_APPLICATION', ['CONSULT_LMC']);
      const result = transition(state, cambridgeshireEvents[4]);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.issues).toEqual([
        {
          code: 'guard_failed',
          guardId: 'GUARD-LMC-CONSULTED',
          message: 'The LMC has not been consulted by 2015-11-06.',
          remedy: 'Consult the LMC first (seed 004, key point 4), then record CONSULT_LMC.',
          path: ['event'],
          sources: [
            { document: '004_e95f1a032380c329.txt', section: 'Key points 4' },
            { document: '004_e95f1a032380c329.txt', section: 'What is co-commissioning?' },
          ],
        },
      ]);
    });

    it('treats a lost ballot as no mandate', () => {
      const lost = ballotResult('lost', '2015-09-01', '2015-09-30', 107, 31, 52);
      const state = run(cambridgeshireStart, [
        cambridgeshireEvents[0],
        cambridgeshireEvents[1],
        { type: 'RECORD_BALLOT', on: '2015-10-01', result: lost },
        cambridgeshireEvents[3],
      ]);
      const why = explainTransition(state, cambridgeshireEvents[4]);
      expect(why.guards.find((guard) => guard.id === 'GUARD-MEMBER-MANDATE')?.message).toBe(
        'The ballot recorded on 2015-10-01 was not-carried: only a carried ballot is a mandate.',
      );
      expect(why.allowed).toBe(false);
    });

    it('treats an inquorate ballot as no mandate, even when most voters said yes (Surrey Downs)', () => {
      const quorum = { turnout: { numerator: 3, denominator: 4 }, comparator: '>=' as const };
      const inquorate = ballotResult('surrey', '2015-09-01', '2015-09-30', 100, 70, 4, quorum);
      expect(inquorate.outcome).toBe('inquorate');
      const state = run(cambridgeshireStart, [
        cambridgeshireEvents[0],
        cambridgeshireEvents[1],
        { type: 'RECORD_BALLOT', on: '2015-10-01', result: inquorate },
        cambridgeshireEvents[3],
      ]);
      expect(refusedBy(state, cambridgeshireEvents[4])).toEqual(['GUARD-MEMBER-MANDATE']);
    });

    it('accepts a carried re-ballot after a lost one (West London)', () => {
      const lost = ballotResult('first', '2015-08-01', '2015-08-15', 107, 31, 52);
      const state = run(cambridgeshireStart, [
        cambridgeshireEvents[0],
        cambridgeshireEvents[1],
        { type: 'RECORD_BALLOT', on: '2015-08-20', result: lost },
        { type: 'RECORD_BALLOT', on: '2015-10-01', result: cambridgeshireBallot },
        cambridgeshireEvents[3],
      ]);
      expect(transition(state, cambridgeshireEvents[4]).ok).toBe(true);
    });

    it('refuses a governing body decision taken before the member vote', () => {
      const state = run(cambridgeshireStart, [
        cambridgeshireEvents[0],
        cambridgeshireEvents[1],
        { type: 'GOVERNING_BODY_DECISION', on: '2015-08-01', approved: true },
        { type: 'RECORD_BALLOT', on: '2015-10-01', result: cambridgeshireBallot },
      ]);
      expect(refusedBy(state, cambridgeshireEvents[4])).toEqual(['GUARD-MEMBER-MANDATE']);
    });

    it('refuses an application the audit committee chair did not sign', () => {
      const state = cambridgeshireUntil('SUBMIT_APPLICATION');
      const result = transition(state, {
        type: 'SUBMIT_APPLICATION',
        on: '2015-11-06',
        signedBy: ['accountable-officer'],
      });
      expect(result.ok ? [] : result.issues.map((issue) => issue.message)).toEqual([
        'Not signed by the audit committee chair.',
      ]);
    });

    it('refuses an application without a governing body approval, or after it decided against', () => {
      const state = cambridgeshireUntil('SUBMIT_APPLICATION', ['GOVERNING_BODY_DECISION']);
      expect(refusedBy(state, cambridgeshireEvents[4])).toEqual(['GUARD-GOVERNING-BODY-APPROVAL']);
      const against = run(state, [
        { type: 'GOVERNING_BODY_DECISION', on: '2015-10-06', approved: false },
      ]);
      expect(refusedBy(against, cambridgeshireEvents[4])).toEqual([
        'GUARD-GOVERNING-BODY-APPROVAL',
      ]);
    });

    it('refuses to sign the agreement before NHS England approves, and after it declines', () => {
      const state = cambridgeshireUntil('NHSE_DECISION');
      expect(refusedBy(state, { type: 'SIGN_AGREEMENT', on: '2016-01-01' })).toEqual([
        'GUARD-NHSE-APPROVAL',
      ]);
      const declined = run(state, [{ type: 'NHSE_DECISION', on: '2016-02-01', approved: false }]);
      expect(refusedBy(declined, { type: 'SIGN_AGREEMENT', on: '2016-03-01' })).toEqual([
        'GUARD-NHSE-APPROVAL',
      ]);
    });

    it('refuses a PCCC that checkCommittee finds in breach', () => {
      const state = cambridgeshireUntil('ESTABLISH_COMMITTEE');
      const result = transition(state, {
        type: 'ESTABLISH_COMMITTEE',
        on: '2016-03-15',
        committee: gpChairedPccc,
      });
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(
        result.issues.map((issue) => (issue.code === 'guard_failed' ? issue.guardId : '')),
      ).toEqual(['GUARD-COMPLIANT-COMMITTEE']);
      expect(result.issues[0].message).toContain('Dr A Patel');
    });

    it('refuses, without throwing, a committee that lists a person twice', () => {
      const state = cambridgeshireUntil('ESTABLISH_COMMITTEE');
      const first = compliantPccc.members[0];
      if (first === undefined) throw new Error('The fixture PCCC has members.');
      const twice = {
        type: 'ESTABLISH_COMMITTEE',
        on: '2016-03-15',
        committee: { ...compliantPccc, members: [...compliantPccc.members, first] },
      } as const;
      const expected = [
        {
          code: 'duplicate_id',
          message: `Person "${first.personId}" appears more than once in the committee's member list: list each once.`,
          path: ['event', 'committee', 'members', compliantPccc.members.length],
          id: first.personId,
        },
      ];
      const result = transition(state, twice);
      expect(result.ok).toBe(false);
      expect(result.state).toBe(state);
      expect(result.ok ? [] : result.issues).toEqual(expected);
      const explained = explainTransition(state, twice);
      expect(explained.allowed).toBe(false);
      expect(explained.issues).toEqual(expected);
    });

    it('refuses a joint committee where a PCCC is needed', () => {
      const state = cambridgeshireUntil('ESTABLISH_COMMITTEE');
      expect(
        refusedBy(state, {
          type: 'ESTABLISH_COMMITTEE',
          on: '2016-03-15',
          committee: jointCommittee,
        }),
      ).toEqual(['GUARD-COMMITTEE-KIND']);
    });

    it('refuses go-live with every missing step named, and off the agreed date', () => {
      const state = cambridgeshireUntil('SUBMIT_APPLICATION');
      expect(refusedBy(state, { type: 'GO_LIVE', on: '2016-04-01' })).toEqual([
        'GUARD-CONSTITUTION-AMENDED',
        'GUARD-COMPLIANT-COMMITTEE',
        'GUARD-APPLICATION-SUBMITTED',
        'GUARD-NHSE-APPROVAL',
        'GUARD-DUE-DILIGENCE',
        'GUARD-DELEGATION-AGREEMENT',
      ]);
      const ready = cambridgeshireUntil('GO_LIVE');
      expect(refusedBy(ready, { type: 'GO_LIVE', on: '2016-04-02' })).toEqual([
        'GUARD-GO-LIVE-DATE',
      ]);
    });

    it('lets a CCG turn off a switchable guard, and says so', () => {
      const state = cambridgeshireUntil('GO_LIVE', ['COMPLETE_DUE_DILIGENCE']);
      expect(refusedBy(state, { type: 'GO_LIVE', on: '2016-04-01' })).toEqual([
        'GUARD-DUE-DILIGENCE',
      ]);
      const options = { guards: { 'GUARD-DUE-DILIGENCE': { enabled: false } } };
      const result = transition(state, { type: 'GO_LIVE', on: '2016-04-01' }, options);
      expect(result.ok).toBe(true);
      if (result.ok) {
        expect(result.record.guards.find((guard) => guard.id === 'GUARD-DUE-DILIGENCE')).toEqual({
          id: 'GUARD-DUE-DILIGENCE',
          verdict: 'not-applicable',
          message: 'Due diligence is complete: turned off by options.guards.',
        });
      }
    });

    it('does not let a structural guard be turned off', () => {
      const options = { guards: { 'GUARD-GO-LIVE-DATE': { enabled: false } } };
      const ready = cambridgeshireUntil('GO_LIVE');
      expect(refusedBy(ready, { type: 'GO_LIVE', on: '2016-04-02' }, options)).toEqual([
        'GUARD-GO-LIVE-DATE',
      ]);
    });
  });

  describe('when a proposal is made', () => {
    it('refuses delegation starting on a day other than 1 April', () => {
      expect(
        refusedBy(cambridgeshireStart, {
          type: 'PROPOSE',
          on: '2015-07-01',
          target: 'C',
          goLive: '2016-03-31',
        }),
      ).toEqual(['GUARD-DELEGATION-STARTS-1-APRIL']);
    });

    it('refuses a proposal for a wave whose closing date has passed', () => {
      expect(
        refusedBy(cambridgeshireStart, {
          type: 'PROPOSE',
          on: '2015-11-07',
          target: 'C',
          goLive: '2016-04-01',
        }),
      ).toEqual(['GUARD-APPLICATION-DEADLINE']);
    });

    it('refuses a second proposal while one is open, a move to the current model, and a go-live in the past', () => {
      const open = run(cambridgeshireStart, [cambridgeshireEvents[0]]);
      expect(
        refusedBy(open, { type: 'PROPOSE', on: '2015-07-02', target: 'A', goLive: '2015-10-01' }),
      ).toEqual(['GUARD-ONE-PROPOSAL']);
      expect(
        refusedBy(cambridgeshireStart, {
          type: 'PROPOSE',
          on: '2015-07-01',
          target: 'B',
          goLive: '2017-01-01',
        }),
      ).toEqual(['GUARD-TARGET-DIFFERS']);
      expect(
        refusedBy(cambridgeshireStart, {
          type: 'PROPOSE',
          on: '2015-07-01',
          target: 'A',
          goLive: '2015-07-01',
        }),
      ).toEqual(['GUARD-GO-LIVE-AFTER-PROPOSAL']);
    });

    it('refuses a proposal from a delegated CCG: delegation ends by notice', () => {
      const delegated = createCommissioningState({ ccgId: 'X', status: 'C', since: '2016-04-01' });
      expect(
        refusedBy(delegated, {
          type: 'PROPOSE',
          on: '2016-06-01',
          target: 'B',
          goLive: '2017-04-01',
        }),
      ).toEqual(['GUARD-LEAVE-DELEGATION-BY-NOTICE']);
    });

    it('reports a joint go-live date the sources do not give as unknown, and accepts a known one', () => {
      const start = createCommissioningState({ ccgId: 'X', status: 'A', since: '2015-04-01' });
      const unknownDate = explainTransition(start, {
        type: 'PROPOSE',
        on: '2016-06-01',
        target: 'B',
        goLive: '2016-10-01',
      });
      expect(unknownDate.allowed).toBe(true);
      expect(
        unknownDate.guards.find((guard) => guard.id === 'GUARD-JOINT-GO-LIVE-DATE')?.verdict,
      ).toBe('unknown');
      const known = explainTransition(start, {
        type: 'PROPOSE',
        on: '2016-06-01',
        target: 'B',
        goLive: '2017-01-01',
      });
      expect(known.guards.find((guard) => guard.id === 'GUARD-JOINT-GO-LIVE-DATE')?.verdict).toBe(
        'pass',
      );
    });
  });

  describe('when a CCG moves to joint commissioning (DOMAIN rules 3–4)', () => {
    const start = createCommissioningState({ ccgId: 'X', status: 'A', since: '2015-04-01' });
    const steps = [
      { type: 'PROPOSE', on: '2016-06-01', target: 'B', goLive: '2017-01-01' },
      { type: 'CONSULT_LMC', on: '2016-07-01' },
      {
        type: 'RECORD_BALLOT',
        on: '2016-09-01',
        result: ballotResult('b', '2016-08-01', '2016-08-31', 40, 25, 10),
      },
      { type: 'GOVERNING_BODY_DECISION', on: '2016-09-15', approved: true },
    ] as const;

    it('needs no national application', () => {
      const state = run(start, steps);
      expect(
        refusedBy(state, {
          type: 'SUBMIT_APPLICATION',
          on: '2016-10-01',
          signedBy: ['accountable-officer', 'audit-committee-chair'],
        }),
      ).toEqual(['GUARD-STEP-APPLIES']);
      expect(refusedBy(state, { type: 'SIGN_AGREEMENT', on: '2016-10-01' })).toEqual([
        'GUARD-STEP-APPLIES',
      ]);
      expect(refusedBy(state, { type: 'NHSE_DECISION', on: '2016-10-01', approved: true })).toEqual(
        ['GUARD-STEP-APPLIES'],
      );
    });

    it('needs the constitution amendment approved by the members and NHS England', () => {
      const state = run(start, steps);
      const result = transition(state, {
        type: 'AMEND_CONSTITUTION',
        on: '2016-10-01',
        approvedByMembers: true,
      });
      expect(result.ok ? '' : result.issues[0].message).toBe(
        'The amendment needs the approval of the member practices (given) and of NHS England (not recorded).',
      );
    });

    it('goes live with a compliant joint committee', () => {
      const state = run(start, [
        ...steps,
        {
          type: 'AMEND_CONSTITUTION',
          on: '2016-10-01',
          approvedByMembers: true,
          approvedByNhsEngland: true,
        },
        { type: 'ESTABLISH_COMMITTEE', on: '2016-11-01', committee: jointCommittee },
        { type: 'GO_LIVE', on: '2017-01-01' },
      ]);
      expect(state.status).toBe('B');
    });
  });

  describe('when a CCG moves to greater involvement (DOMAIN rule 2)', () => {
    it('needs no approval', () => {
      const start = createCommissioningState({ ccgId: 'X', status: 'none', since: '2014-04-01' });
      const state = run(start, [
        { type: 'PROPOSE', on: '2015-01-15', target: 'A', goLive: '2015-04-01' },
        { type: 'GO_LIVE', on: '2015-04-01' },
      ]);
      expect(state.status).toBe('A');
      expect(
        state.history[1]?.guards.find((guard) => guard.id === 'GUARD-NO-APPROVAL-NEEDED')?.verdict,
      ).toBe('pass');
    });

    it('refuses steps that belong to joint or delegated commissioning', () => {
      const start = createCommissioningState({ ccgId: 'X', status: 'B', since: '2015-04-01' });
      const state = run(start, [
        { type: 'PROPOSE', on: '2016-01-15', target: 'A', goLive: '2016-04-01' },
      ]);
      expect(
        refusedBy(state, {
          type: 'ESTABLISH_COMMITTEE',
          on: '2016-02-01',
          committee: compliantPccc,
        }),
      ).toEqual(['GUARD-STEP-APPLIES']);
      expect(refusedBy(state, { type: 'COMPLETE_DUE_DILIGENCE', on: '2016-02-01' })).toEqual([
        'GUARD-STEP-APPLIES',
      ]);
    });
  });

  describe('when a delegated CCG gives notice (DOMAIN MODEL-C-TERMINATION)', () => {
    const delegated = createCommissioningState({ ccgId: 'X', status: 'C', since: '2016-04-01' });

    it.each([
      ['2017-09-30', '2018-04-01'],
      ['2017-10-01', '2019-04-01'],
      ['2018-02-01', '2019-04-01'],
      ['2017-04-01', '2018-04-01'],
      ['2017-12-31', '2019-04-01'],
    ])('notice on %s takes effect on %s', (on, effective) => {
      const state = run(delegated, [{ type: 'GIVE_NOTICE', on, target: 'B' }]);
      expect(state.proposal).toMatchObject({ kind: 'exit', target: 'B', goLive: effective });
      expect(refusedBy(state, { type: 'GO_LIVE', on: '2030-04-01' })).toContain(
        'GUARD-GO-LIVE-DATE',
      );
      expect(run(state, [{ type: 'GO_LIVE', on: effective }]).status).toBe('B');
    });

    it('is refused from any other model', () => {
      expect(
        refusedBy(cambridgeshireStart, { type: 'GIVE_NOTICE', on: '2016-01-01', target: 'A' }),
      ).toEqual(['GUARD-NOTICE-FROM-DELEGATION']);
    });

    it('can be withdrawn', () => {
      const state = run(delegated, [
        { type: 'GIVE_NOTICE', on: '2017-09-30', target: 'none' },
        { type: 'WITHDRAW_PROPOSAL', on: '2017-11-01' },
      ]);
      expect(state.proposal).toBeUndefined();
      expect(state.status).toBe('C');
    });
  });

  describe('when events come out of order or without a proposal', () => {
    it('refuses an event dated before the last recorded one', () => {
      const state = cambridgeshireUntil('GOVERNING_BODY_DECISION');
      expect(
        refusedBy(state, { type: 'GOVERNING_BODY_DECISION', on: '2015-09-30', approved: true }),
      ).toEqual(['GUARD-DATES-IN-ORDER']);
    });

    it('refuses steps with no proposal open, including after go-live', () => {
      expect(refusedBy(cambridgeshireStart, { type: 'CONSULT_LMC', on: '2015-07-01' })).toEqual([
        'GUARD-PROPOSAL-OPEN',
      ]);
      const live = run(cambridgeshireStart, cambridgeshireEvents);
      expect(refusedBy(live, { type: 'SIGN_AGREEMENT', on: '2016-04-02' })).toEqual([
        'GUARD-PROPOSAL-OPEN',
      ]);
      expect(refusedBy(live, { type: 'WITHDRAW_PROPOSAL', on: '2016-04-02' })).toEqual([
        'GUARD-PROPOSAL-OPEN',
      ]);
    });

    it('refuses a step dated after the agreed go-live', () => {
      const state = cambridgeshireUntil('SIGN_AGREEMENT');
      expect(refusedBy(state, { type: 'SIGN_AGREEMENT', on: '2016-04-02' })).toEqual([
        'GUARD-STEP-WITHIN-PROPOSAL',
      ]);
    });

    it('refuses a ballot recorded before it closed', () => {
      const state = cambridgeshireUntil('RECORD_BALLOT');
      expect(
        refusedBy(state, { type: 'RECORD_BALLOT', on: '2015-09-20', result: cambridgeshireBallot }),
      ).toEqual(['GUARD-BALLOT-DECLARED']);
    });
  });

  describe('when the event is garbage', () => {
    it.each([
      [null, 'unknown_event'],
      [{ type: 'LAUNCH' }, 'unknown_event'],
      ['PROPOSE', 'unknown_event'],
      [{ type: 'PROPOSE', on: '2015-02-30', target: 'C', goLive: '2016-04-01' }, 'invalid_input'],
      [{ type: 'PROPOSE', on: '2015-07-01', target: 'D', goLive: '2016-04-01' }, 'invalid_input'],
      [{ type: 'GO_LIVE', on: '2016-04-01', extra: true }, 'invalid_input'],
      [{ type: 'SUBMIT_APPLICATION', on: '2015-11-06', signedBy: ['chair'] }, 'invalid_input'],
    ])('refuses %j with %s, never throwing', (event, code) => {
      expect(refusedBy(cambridgeshireStart, event)[0]).toBe(code);
    });

    it('pins the message of an unknown event type', () => {
      const result = transition(cambridgeshireStart, { type: 'LAUNCH' });
      expect(result.ok ? '' : result.issues[0].message).toMatchInlineSnapshot(
        `"Expected an event whose type is one of PROPOSE, CONSULT_LMC, RECORD_BALLOT, GOVERNING_BODY_DECISION, AMEND_CONSTITUTION, SUBMIT_APPLICATION, NHSE_DECISION, COMPLETE_DUE_DILIGENCE, ESTABLISH_COMMITTEE, SIGN_AGREEMENT, GO_LIVE, WITHDRAW_PROPOSAL, GIVE_NOTICE, but received an event of type "LAUNCH"."`,
      );
    });

    it('never throws and never changes the state, whatever it is given', () => {
      const live = run(cambridgeshireStart, cambridgeshireEvents.slice(0, 4));
      fc.assert(
        fc.property(
          fc.oneof(
            fc.anything(),
            fc.record({
              type: fc.constantFrom('PROPOSE', 'GO_LIVE', 'RECORD_BALLOT'),
              on: fc.anything(),
            }),
          ),
          (event) => {
            const result = transition(live, event);
            if (!result.ok) expect(result.state).toBe(live);
          },
        ),
      );
    });

    it('refuses an event whose fields cannot be read', () => {
      const hostile = new Proxy(
        { type: 'GO_LIVE' },
        {
          get(_target, key) {
            if (key === 'type') return 'GO_LIVE';
            throw new Error(`no ${String(key)}`);
          },
          ownKeys() {
            throw new Error('no keys');
          },
        },
      );
      expect(refusedBy(cambridgeshireStart, hostile)).toEqual(['invalid_input']);
    });
  });

  describe('when the state is not a commissioning state', () => {
    it('throws invalid_state, pointing to loadState', () => {
      expect.assertions(2);
      try {
        transition({ status: 'B' } as unknown as CommissioningState, {
          type: 'GO_LIVE',
          on: '2016-04-01',
        });
      } catch (error) {
        expect(isCoCommissioningError(error) && error.code).toBe('invalid_state');
        expect((error as Error).message).toContain('loadState');
      }
    });
  });

  describe('immutability', () => {
    it('does not mutate its arguments and returns deeply frozen states and records', () => {
      const events = deepFreeze(structuredClone(cambridgeshireEvents));
      let state = cambridgeshireStart;
      for (const event of events) {
        const result = transition(state, event);
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        expect(isDeepFrozen(result)).toBe(true);
        state = result.state;
      }
    });

    it('detaches the recorded event from the caller’s objects', () => {
      const result = structuredClone(cambridgeshireBallot);
      const state = run(cambridgeshireStart, cambridgeshireEvents.slice(0, 2));
      const accepted = transition(state, { type: 'RECORD_BALLOT', on: '2015-10-01', result });
      expect(accepted.ok).toBe(true);
      expect(Object.isFrozen(result)).toBe(false);
      expect(Object.isFrozen(result.counts)).toBe(false);
    });

    it('keeps the calendar frozen', () => {
      expect(isDeepFrozen(APPLICATION_CALENDAR)).toBe(true);
    });
  });
});
