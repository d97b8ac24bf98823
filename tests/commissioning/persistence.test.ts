import {
  type CommissioningEvent,
  type CommissioningState,
  createCommissioningState,
  isCoCommissioningError,
  loadState,
  replayHistory,
  SCHEMA_VERSION,
  safeLoadState,
  serializeState,
  transition,
} from 'co-commissioning';
import { deepFreeze, isDeepFrozen, isoDateArbitrary } from 'co-commissioning/testing';
import * as fc from 'fast-check';
import { applyPatches, enablePatches, type Patch } from 'immer';
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
  run,
} from './fixtures.js';

enablePatches();

const lostBallot = ballotResult('lost', '2015-01-01', '2015-01-31', 20, 5, 10);

/** Events of every type, dated within a few years, with a mix of valid and invalid details. */
const eventArbitrary: fc.Arbitrary<CommissioningEvent> = fc
  .tuple(
    fc.constantFrom(
      'PROPOSE',
      'CONSULT_LMC',
      'RECORD_BALLOT',
      'GOVERNING_BODY_DECISION',
      'AMEND_CONSTITUTION',
      'SUBMIT_APPLICATION',
      'NHSE_DECISION',
      'COMPLETE_DUE_DILIGENCE',
      'ESTABLISH_COMMITTEE',
      'SIGN_AGREEMENT',
      'GO_LIVE',
      'WITHDRAW_PROPOSAL',
      'GIVE_NOTICE',
    ),
    isoDateArbitrary({ min: '2015-01-01', max: '2019-12-31' }),
    fc.constantFrom('none', 'A', 'B', 'C'),
    fc.constantFrom('2016-04-01', '2017-04-01', '2017-01-01', '2018-04-01', '2016-10-01'),
    fc.boolean(),
    fc.constantFrom(compliantPccc, gpChairedPccc, jointCommittee),
  )
  .map(([type, on, target, goLive, flag, committee]): CommissioningEvent => {
    switch (type) {
      case 'PROPOSE':
        return { type, on, target, goLive };
      case 'GIVE_NOTICE':
        return { type, on, target };
      case 'RECORD_BALLOT':
        return { type, on, result: flag ? cambridgeshireBallot : lostBallot };
      case 'GOVERNING_BODY_DECISION':
      case 'NHSE_DECISION':
        return { type, on, approved: flag };
      case 'AMEND_CONSTITUTION':
        return { type, on, approvedByMembers: true, approvedByNhsEngland: flag };
      case 'SUBMIT_APPLICATION':
        return {
          type,
          on,
          signedBy: flag
            ? ['accountable-officer', 'audit-committee-chair']
            : ['accountable-officer'],
        };
      case 'ESTABLISH_COMMITTEE':
        return { type, on, committee };
      default:
        return { type, on };
    }
  });

function applyAll(
  start: CommissioningState,
  events: readonly CommissioningEvent[],
): CommissioningState {
  let state = start;
  for (const event of events) {
    const result = transition(state, event);
    if (result.ok) state = result.state;
  }
  return state;
}

const startArbitrary = fc
  .constantFrom('none', 'A', 'B', 'C')
  .map((status) => createCommissioningState({ ccgId: 'R', status, since: '2015-01-01' }));

describe('serializeState and loadState', () => {
  it('round-trip a real history to the same state and the same bytes', () => {
    const state = run(cambridgeshireStart, cambridgeshireEvents);
    const text = serializeState(state);
    const loaded = loadState(text);
    expect(loaded).toEqual(state);
    expect(serializeState(loaded)).toBe(text);
    expect(isDeepFrozen(loaded)).toBe(true);
    expect(loadState(JSON.parse(text))).toEqual(state);
  });

  it('write the same bytes whatever the key order of the object', () => {
    const state = run(bedfordshireStart, bedfordshireEvents.slice(0, 3));
    const reversed = JSON.parse(JSON.stringify(state), (_key, value) =>
      value !== null && typeof value === 'object' && !Array.isArray(value)
        ? Object.fromEntries(Object.entries(value).reverse())
        : value,
    );
    expect(serializeState(loadState(reversed))).toBe(serializeState(state));
  });

  it('refuse text that is not JSON, malformed fields, and states from a newer version', () => {
    expect(safeLoadState('{not json')).toMatchObject({
      success: false,
      issues: [{ code: 'invalid_input' }],
    });
    const result = safeLoadState({
      ...JSON.parse(serializeState(cambridgeshireStart)),
      status: 'D',
    });
    expect(result.success ? [] : result.issues.map((issue) => issue.path)).toEqual([['status']]);
    expect(safeLoadState({ schemaVersion: SCHEMA_VERSION + 1 })).toMatchObject({
      success: false,
      issues: [{ code: 'unsupported_schema_version', path: ['schemaVersion'] }],
    });
    expect(() => loadState({ schemaVersion: 99 })).toThrowErrorMatchingInlineSnapshot(
      `[CoCommissioningError: [co-commissioning] unsupported_schema_version: This state was written with schema version 99; this version of co-commissioning reads versions 1 to 1. Upgrade the library to read it.]`,
    );
  });

  it('load every committed fixture of each schema version', async () => {
    const v1 = await import('./fixtures/state-v1.json', { with: { type: 'json' } });
    const state = loadState(v1.default);
    expect(state.status).toBe('C');
    expect(state.history).toHaveLength(12);
    expect(replayHistory(state)).toEqual(state);
  });

  it('throw invalid_state when asked to serialise something else', () => {
    expect(() => serializeState({} as CommissioningState)).toThrowError(
      expect.objectContaining({ code: 'invalid_state' }),
    );
  });
});

describe('history', () => {
  it('records patches that rebuild each state from the one before, and inverse patches that undo them', () => {
    let state = cambridgeshireStart;
    for (const event of cambridgeshireEvents) {
      const result = transition(state, event);
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      const { history: _before, ...before } = state;
      const { history: _after, ...after } = result.state;
      expect(applyPatches(before, result.record.patches as Patch[])).toEqual(after);
      expect(applyPatches(after, result.record.inversePatches as Patch[])).toEqual(before);
      state = result.state;
    }
  });

  it('replays to the same state, for any sequence of events (property)', () => {
    fc.assert(
      fc.property(startArbitrary, fc.array(eventArbitrary, { maxLength: 25 }), (start, events) => {
        const state = applyAll(start, events);
        expect(serializeState(replayHistory(state))).toBe(serializeState(state));
      }),
      { numRuns: 150 },
    );
  });

  it('never reaches an invalid state, for any sequence of events (property)', () => {
    fc.assert(
      fc.property(startArbitrary, fc.array(eventArbitrary, { maxLength: 25 }), (start, events) => {
        const state = applyAll(start, events);
        expect(loadState(serializeState(state))).toEqual(state);
        expect(isDeepFrozen(state)).toBe(true);
        if (state.proposal !== undefined) {
          expect(state.proposal.goLive > state.proposal.proposedOn).toBe(true);
          expect(state.proposal.target).not.toBe(state.status);
          if (state.proposal.target === 'C' && state.proposal.kind === 'change') {
            expect(state.proposal.goLive.endsWith('-04-01')).toBe(true);
          }
          expect(state.proposal.kind === 'exit').toBe(state.status === 'C');
        }
        const dates = state.history.map((record) => record.event.on);
        expect([...dates].sort()).toEqual(dates);
        for (const record of state.history) {
          expect(record.guards.every((guard) => guard.verdict !== 'fail')).toBe(true);
          if (record.statusAfter !== record.statusBefore) {
            expect(record.event.type).toBe('GO_LIVE');
            if (record.statusAfter === 'C') {
              expect(record.guards.map((guard) => guard.id)).toEqual(
                expect.arrayContaining([
                  'GUARD-MEMBER-MANDATE',
                  'GUARD-LMC-CONSULTED',
                  'GUARD-NHSE-APPROVAL',
                ]),
              );
            }
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('refuses to replay a history that was altered', () => {
    const state = run(cambridgeshireStart, cambridgeshireEvents.slice(0, 3));
    const altered = JSON.parse(serializeState(state));
    altered.history[2].event.on = '2015-01-01';
    expect.assertions(1);
    try {
      replayHistory(loadState(altered));
    } catch (error) {
      expect(isCoCommissioningError(error) && error.code).toBe('guard_failed');
    }
  });

  it('does not mutate a frozen state when replaying', () => {
    const state = deepFreeze(run(cambridgeshireStart, cambridgeshireEvents.slice(0, 5)));
    expect(replayHistory(state)).toEqual(state);
  });
});
