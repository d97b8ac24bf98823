import {
  availableTransitions,
  COMMISSIONING_MACHINE,
  createCommissioningState,
  EVENT_TYPES,
  explainTransition,
  GUARDS,
  toMermaid,
  transition,
  verifyMachine,
} from 'co-commissioning';
import { isDeepFrozen } from 'co-commissioning/testing';
import { describe, expect, it } from 'vitest';
import { cambridgeshireEvents, cambridgeshireStart, run } from './fixtures.js';

describe('COMMISSIONING_MACHINE', () => {
  it('has the four models as states and a move between every pair', () => {
    expect(COMMISSIONING_MACHINE.states.map((state) => state.id)).toEqual(['none', 'A', 'B', 'C']);
    expect(COMMISSIONING_MACHINE.transitions).toHaveLength(12);
    expect(COMMISSIONING_MACHINE.events).toEqual(EVENT_TYPES);
  });

  it('leaves delegation only by notice', () => {
    for (const move of COMMISSIONING_MACHINE.transitions) {
      expect(move.kind).toBe(move.from === 'C' ? 'exit' : 'change');
      expect(move.steps[0]).toBe(move.from === 'C' ? 'GIVE_NOTICE' : 'PROPOSE');
    }
  });

  it('is deeply frozen', () => {
    expect(isDeepFrozen(COMMISSIONING_MACHINE)).toBe(true);
    expect(isDeepFrozen(GUARDS)).toBe(true);
  });
});

describe('GUARDS', () => {
  it('gives every guard a unique ID, a source, a remedy and a confidence tag', () => {
    expect(new Set(GUARDS.map((guard) => guard.id)).size).toBe(GUARDS.length);
    for (const guard of GUARDS) {
      expect(guard.id).toMatch(/^GUARD-[A-Z0-9-]+$/);
      expect(guard.sources.length).toBeGreaterThan(0);
      expect(guard.remedy.length).toBeGreaterThan(0);
      expect(['V', 'S', 'I', 'U']).toContain(guard.confidence);
    }
  });

  it('lets every guard tagged S, I or U on a policy question be switched off, except the structural ones', () => {
    const structural = GUARDS.filter((guard) => !guard.switchable).map((guard) => guard.id);
    expect(structural).toEqual([
      'GUARD-DATES-IN-ORDER',
      'GUARD-PROPOSAL-OPEN',
      'GUARD-ONE-PROPOSAL',
      'GUARD-TARGET-DIFFERS',
      'GUARD-STEP-APPLIES',
      'GUARD-STEP-WITHIN-PROPOSAL',
      'GUARD-LEAVE-DELEGATION-BY-NOTICE',
      'GUARD-NOTICE-FROM-DELEGATION',
      'GUARD-GO-LIVE-AFTER-PROPOSAL',
      'GUARD-DELEGATION-STARTS-1-APRIL',
      'GUARD-NO-APPROVAL-NEEDED',
      'GUARD-APPLICATION-SUBMITTED',
      'GUARD-NHSE-APPROVAL',
      'GUARD-COMMITTEE-KIND',
      'GUARD-GO-LIVE-DATE',
      'GUARD-EXIT-NOTICE',
      'GUARD-BALLOT-DECLARED',
    ]);
  });
});

describe('verifyMachine', () => {
  const verification = verifyMachine();

  it('finds every state reachable from every other and no dead ends', () => {
    expect(verification.ok).toBe(true);
    expect(verification.problems).toEqual([]);
    for (const state of ['none', 'A', 'B', 'C'] as const)
      expect(verification.reachable[state]).toHaveLength(3);
  });

  it('exercises every move with a generated run that transition accepts', () => {
    expect(verification.scenarios.map((scenario) => scenario.transitionId)).toEqual(
      COMMISSIONING_MACHINE.transitions.map((move) => move.id),
    );
    for (const scenario of verification.scenarios) {
      let state = createCommissioningState({ ccgId: 'TEST', ...scenario.start });
      for (const event of scenario.events) {
        const result = transition(state, event);
        expect(result.ok, `${scenario.transitionId}: ${event.type}`).toBe(true);
        if (result.ok) state = result.state;
      }
      expect(state.status).toBe(scenario.to);
      expect(scenario.events.map((event) => event.type)).toEqual(
        COMMISSIONING_MACHINE.transitions.find((move) => move.id === scenario.transitionId)?.steps,
      );
    }
  });

  it('reports a broken machine: unknown events and guards, unused guards, dead ends, unreachable states', () => {
    const broken = verifyMachine({
      ...COMMISSIONING_MACHINE,
      transitions: [
        {
          ...(COMMISSIONING_MACHINE
            .transitions[0] as (typeof COMMISSIONING_MACHINE.transitions)[number]),
          steps: ['PROPOSE', 'LAUNCH' as 'GO_LIVE'],
          guards: ['GUARD-NOPE'],
        },
      ],
    });
    expect(broken.ok).toBe(false);
    // Every problem, in order: the move's own, every guard left unused, then each state.
    const unreachable = (from: string, others: readonly string[]) =>
      others.map((other) => `State ${other} is not reachable from ${from}.`);
    expect(broken.problems).toEqual([
      'none->A uses an unknown event LAUNCH.',
      'none->A uses an unknown guard GUARD-NOPE.',
      'none->A does not end with GO_LIVE.',
      ...GUARDS.map((guard) => `Guard ${guard.id} is used by no move.`),
      ...unreachable('none', ['B', 'C']),
      'State A is a dead end.',
      ...unreachable('A', ['none', 'B', 'C']),
      'State B is a dead end.',
      ...unreachable('B', ['none', 'A', 'C']),
      'State C is a dead end.',
      ...unreachable('C', ['none', 'A', 'B']),
    ]);
    expect(broken.reachable).toEqual({ none: ['A'], A: [], B: [], C: [] });
    expect(broken.scenarios.map((scenario) => [scenario.transitionId, scenario.arrived])).toEqual([
      ['none->A', true],
    ]);
  });

  it('reports a move whose generated run transition refuses, with the guards that refused it', () => {
    const delegation = COMMISSIONING_MACHINE.transitions.find((move) => move.id === 'B->C');
    if (delegation === undefined) throw new Error('The machine moves from B to C.');
    const verification = verifyMachine({
      ...COMMISSIONING_MACHINE,
      transitions: [
        ...COMMISSIONING_MACHINE.transitions,
        { ...delegation, id: 'C->C', from: 'C', to: 'C' },
      ],
    });
    expect(verification.ok).toBe(false);
    expect(verification.problems).toEqual([
      'The generated run of C->C was refused by GUARD-TARGET-DIFFERS, GUARD-LEAVE-DELEGATION-BY-NOTICE.',
    ]);
    const refused = verification.scenarios.find((scenario) => scenario.transitionId === 'C->C');
    expect(refused).toMatchObject({
      from: 'C',
      to: 'C',
      start: { status: 'C', since: '2014-04-01' },
      arrived: false,
      refusedBy: ['GUARD-TARGET-DIFFERS', 'GUARD-LEAVE-DELEGATION-BY-NOTICE'],
    });
    expect(refused?.events).toHaveLength(11);
  });
});

describe('toMermaid', () => {
  it('draws every state and every move from the machine data', () => {
    const diagram = toMermaid();
    expect(diagram.startsWith('stateDiagram-v2\n')).toBe(true);
    for (const move of COMMISSIONING_MACHINE.transitions) {
      const id = (status: string) => (status === 'none' ? 'none_' : status);
      expect(diagram).toContain(`  ${id(move.from)} --> ${id(move.to)}: `);
    }
    expect(diagram).toContain('state "C: Delegated commissioning" as C');
    expect(diagram).toMatchSnapshot();
  });
});

describe('explainTransition', () => {
  it('evaluates every guard, not only the first that fails', () => {
    const state = run(cambridgeshireStart, [cambridgeshireEvents[0]]);
    const why = explainTransition(state, {
      type: 'SUBMIT_APPLICATION',
      on: '2015-11-06',
      signedBy: [],
    });
    expect(why.allowed).toBe(false);
    expect(why.guards.filter((guard) => guard.verdict === 'fail').map((guard) => guard.id)).toEqual(
      [
        'GUARD-LMC-CONSULTED',
        'GUARD-MEMBER-MANDATE',
        'GUARD-GOVERNING-BODY-APPROVAL',
        'GUARD-APPLICATION-SIGNATORIES',
      ],
    );
    for (const guard of why.guards) expect(guard.sources.length).toBeGreaterThan(0);
    expect(why.issues).toHaveLength(4);
    expect(isDeepFrozen(why)).toBe(true);
  });

  it('explains garbage as issues', () => {
    const why = explainTransition(cambridgeshireStart, { type: 'NOPE' });
    expect(why).toMatchObject({ type: null, allowed: false, guards: [] });
    expect(why.issues[0]?.code).toBe('unknown_event');
  });
});

describe('availableTransitions', () => {
  it('lists what a joint CCG can do before proposing', () => {
    const entries = availableTransitions(cambridgeshireStart, '2015-07-01');
    expect(entries.map((entry) => entry.type)).toEqual(EVENT_TYPES);
    expect(
      Object.fromEntries(entries.map((entry) => [entry.type, entry.availability])),
    ).toMatchObject({
      PROPOSE: 'depends',
      CONSULT_LMC: 'refused',
      GIVE_NOTICE: 'refused',
      GO_LIVE: 'refused',
    });
  });

  it('shows the steps open during a proposal and what each depends on', () => {
    const state = run(cambridgeshireStart, cambridgeshireEvents.slice(0, 2));
    const entries = Object.fromEntries(
      availableTransitions(state, '2015-10-01').map((entry) => [entry.type, entry]),
    );
    expect(entries['CONSULT_LMC']?.availability).toBe('allowed');
    expect(entries['RECORD_BALLOT']?.availability).toBe('depends');
    expect(
      entries['RECORD_BALLOT']?.guards.find((guard) => guard.verdict === 'unknown')?.missing,
    ).toEqual(['result']);
    expect(entries['GOVERNING_BODY_DECISION']?.availability).toBe('depends');
    expect(entries['ESTABLISH_COMMITTEE']?.availability).toBe('depends');
    expect(entries['SUBMIT_APPLICATION']?.availability).toBe('refused');
    expect(entries['WITHDRAW_PROPOSAL']?.availability).toBe('allowed');
    expect(entries['PROPOSE']?.availability).toBe('refused');
  });

  it('rejects a malformed date', () => {
    expect(() => availableTransitions(cambridgeshireStart, '2015-13-01')).toThrowError(
      expect.objectContaining({ code: 'invalid_iso_date' }),
    );
  });
});
