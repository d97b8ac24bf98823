import {
  CommissioningEventSchema,
  EVENT_TYPES,
  type EventType,
  transition,
} from 'co-commissioning';
import {
  buildBallotResult,
  buildCommissioningState,
  buildCommittee,
  buildDelegationProposal,
  buildEvent,
  coCommissioningMatchers,
  DELEGATION_STEPS,
  isDeepFrozen,
  isPolicyAssertionError,
} from 'co-commissioning/testing';
import { describe, expect, it } from 'vitest';

expect.extend(coCommissioningMatchers);

function thrown(run: () => unknown): { name: string; code: string; message: string } {
  try {
    run();
  } catch (error) {
    const { name, code, message } = error as { name: string; code: string; message: string };
    return { name, code, message };
  }
  throw new Error('did not throw');
}

describe('buildCommissioningState', () => {
  it('returns Cambridgeshire & Peterborough in Model B since 1 April 2015, or the model given', () => {
    const state = buildCommissioningState();
    expect(state).toMatchObject({ ccgId: '06H', status: 'B', since: '2015-04-01', history: [] });
    expect(isDeepFrozen(state)).toBe(true);
    expect(buildCommissioningState({ status: 'C', since: '2016-04-01' }).status).toBe('C');
  });
});

describe('buildEvent', () => {
  it.each(EVENT_TYPES)('returns a valid %s event', (type: EventType) => {
    const event = buildEvent(type);
    expect(event.type).toBe(type);
    expect(CommissioningEventSchema.safeParse(event).success).toBe(true);
    expect(isDeepFrozen(event)).toBe(true);
  });

  it('keeps the type whatever the overrides say, and uses the other fields', () => {
    const event = buildEvent('PROPOSE', { goLive: '2017-04-01', type: 'GO_LIVE' } as never);
    expect(event).toEqual({ type: 'PROPOSE', on: '2015-07-01', target: 'C', goLive: '2017-04-01' });
  });

  it('records the Cambridgeshire & Peterborough steps in order, to go live on 1 April 2016', () => {
    let state = buildCommissioningState();
    for (const type of DELEGATION_STEPS) {
      const result = transition(state, buildEvent(type));
      expect(result).toBeAllowed();
      state = result.state;
    }
    expect(state.status).toBe('C');
    expect(state.since).toBe('2016-04-01');
  });
});

describe('buildDelegationProposal', () => {
  describe('when given nothing', () => {
    it('returns a proposal ready to go live on 1 April 2016', () => {
      const proposal = buildDelegationProposal();
      expect(proposal.goLive).toBe('2016-04-01');
      expect(proposal.events.map((event) => event.type)).toEqual(DELEGATION_STEPS.slice(0, -1));
      expect(proposal.state.proposal?.target).toBe('C');
      expect([proposal.state, { type: 'GO_LIVE', on: '2016-04-01' }]).toBeAllowed();
      expect(isDeepFrozen(proposal)).toBe(true);
    });
  });

  describe.each([
    '2015-04-01',
    '2016-04-01',
    '2017-04-01',
    '2018-04-01',
    '2020-04-01',
    '2022-04-01',
  ])('when going live on %s', (goLive) => {
    it('is ready to go live, whatever the application calendar says of the year', () => {
      const { state } = buildDelegationProposal({ goLive });
      expect([state, { type: 'GO_LIVE', on: goLive }]).toBeAllowed();
    });
  });

  describe('when stopping before a step', () => {
    it('records every step before it, and that step is allowed next', () => {
      for (const [index, step] of DELEGATION_STEPS.entries()) {
        const proposal = buildDelegationProposal({ stopBefore: step, goLive: '2017-04-01' });
        expect(proposal.events).toHaveLength(index);
      }
    });
  });

  describe('when a step is skipped', () => {
    it('leaves it out, and a later guard refuses without it', () => {
      const { state, events } = buildDelegationProposal({
        skip: ['CONSULT_LMC'],
        stopBefore: 'SUBMIT_APPLICATION',
      });
      expect(events.map((event) => event.type)).toEqual([
        'PROPOSE',
        'RECORD_BALLOT',
        'GOVERNING_BODY_DECISION',
      ]);
      expect([state, buildEvent('SUBMIT_APPLICATION', { on: '2015-11-01' })]).toBeRefusedBy(
        'GUARD-LMC-CONSULTED',
        { only: true },
      );
    });

    it('throws step_refused naming the guard and its source when a later step needs it', () => {
      const error = thrown(() => buildDelegationProposal({ skip: ['CONSULT_LMC'] }));
      expect(error.name).toBe('PolicyAssertionError');
      expect(error.code).toBe('step_refused');
      expect(error.message).toMatchInlineSnapshot(`
        "buildDelegationProposal could not record SUBMIT_APPLICATION on 2015-11-01:
        - fail GUARD-LMC-CONSULTED: The LMC has not been consulted by 2015-11-01.
          Remedy: Consult the LMC first (seed 004, key point 4), then record CONSULT_LMC.
          Source: BMA General Practitioners Committee, 2016-11 (004_e95f1a032380c329.txt), Key points 4; BMA General Practitioners Committee, 2016-11 (004_e95f1a032380c329.txt), What is co-commissioning?"
      `);
    });
  });

  describe('when given its data', () => {
    it('records the ballot, committee, CCG and starting model given', () => {
      const ballot = buildBallotResult({ id: 'mine', opens: '2015-09-01', closes: '2015-09-20' });
      const committee = buildCommittee({ id: 'my-pccc' });
      const { state } = buildDelegationProposal({
        ccgId: '99X',
        from: 'A',
        since: '2014-04-01',
        ballot,
        committee,
        transitionOptions: { guards: { 'GUARD-DUE-DILIGENCE': { enabled: false } } },
        skip: ['COMPLETE_DUE_DILIGENCE'],
      });
      expect(state.ccgId).toBe('99X');
      expect(state.origin).toEqual({ status: 'A', since: '2014-04-01' });
      const kinds = state.proposal?.milestones.map((milestone) => milestone.kind);
      expect(kinds).not.toContain('due-diligence');
      const evidence = state.proposal?.milestones.map((milestone) => milestone.evidence);
      expect(evidence).toContainEqual(expect.objectContaining({ ballotId: 'mine' }));
      expect(evidence).toContainEqual(expect.objectContaining({ committeeId: 'my-pccc' }));
    });

    it('refuses a carried ballot that is not carried, with step_refused', () => {
      const lost = buildBallotResult({
        yes: 10,
        no: 20,
        opens: '2015-09-01',
        closes: '2015-09-30',
      });
      const error = thrown(() => buildDelegationProposal({ ballot: lost }));
      expect(error.code).toBe('step_refused');
      expect(error.message.split('\n')[0]).toBe(
        'buildDelegationProposal could not record SUBMIT_APPLICATION on 2015-11-01:',
      );
    });
  });

  describe('when the dates are wrong', () => {
    it('throws invalid_input for a go-live that is not a 1 April, or a start after the proposal', () => {
      for (const goLive of ['2016-03-31', '2016-04-02', 'April 2016']) {
        expect(() => buildDelegationProposal({ goLive })).toThrowError(
          expect.objectContaining({
            code: 'invalid_input',
            message:
              '[co-commissioning] invalid_input: Give goLive as a 1 April written YYYY-04-01: delegation starts only on 1 April.',
          }),
        );
      }
      expect(() => buildDelegationProposal({ since: '2015-07-02' })).toThrowError(
        expect.objectContaining({
          code: 'invalid_input',
          message:
            '[co-commissioning] invalid_input: Give since as a date on or before 2015-07-01, when the proposal starts.',
        }),
      );
      expect(buildDelegationProposal({ since: '2015-07-01' }).events).toHaveLength(10);
    });
  });

  it('throws a PolicyAssertionError the kit can recognise', () => {
    let caught: unknown;
    try {
      buildDelegationProposal({ skip: ['PROPOSE'] });
    } catch (error) {
      caught = error;
    }
    expect(isPolicyAssertionError(caught)).toBe(true);
  });
});
