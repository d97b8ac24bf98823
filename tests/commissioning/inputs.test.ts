// What transition does with a state it did not build, and with options it must read: a state
// copied or rebuilt by hand is validated like a stored one (DESIGN.md principle 5: malformed
// input gets a coded error, never a crash deep inside), and empty options are no options.
import { type CommissioningState, serializeState, transition } from 'co-commissioning';
import { describe, expect, it } from 'vitest';
import { cambridgeshireEvents, cambridgeshireStart, run } from './fixtures.js';

const propose = cambridgeshireEvents[0];

function thrown(act: () => unknown): { code?: string; issues?: unknown } {
  try {
    act();
  } catch (error) {
    return error as { code?: string; issues?: unknown };
  }
  throw new Error('Expected the call to throw.');
}

describe('transition, given a state it did not build', () => {
  it('accepts a copy of a good state, and answers as for the state itself', () => {
    const state = run(cambridgeshireStart, cambridgeshireEvents.slice(0, 3));
    const copy = JSON.parse(JSON.stringify(state)) as CommissioningState;
    const next = cambridgeshireEvents[3];
    const fromCopy = transition(copy, next);
    const fromState = transition(state, next);
    expect(fromCopy.ok).toBe(true);
    if (!fromCopy.ok || !fromState.ok) return;
    expect(serializeState(fromCopy.state)).toBe(serializeState(fromState.state));
    // The caller's copy is neither frozen nor kept.
    expect(Object.isFrozen(copy)).toBe(false);
    expect(fromCopy.state).not.toBe(copy);
  });

  it('refuses what is not a state at all with invalid_state', () => {
    const copy = { ...JSON.parse(JSON.stringify(cambridgeshireStart)), status: 'D' };
    expect(thrown(() => transition(copy, propose)).issues).toEqual([
      {
        code: 'invalid_state',
        message:
          'Expected a commissioning state made by createCommissioningState, transition or loadState; to read a stored state, pass it to loadState first.',
        path: ['state'],
        received: 'an object',
      },
    ]);
  });

  it('refuses a state malformed inside with invalid_state, then the issues inside it', () => {
    const copy = {
      ...JSON.parse(JSON.stringify(cambridgeshireStart)),
      origin: { status: 'B', since: '1 April 2015' },
    };
    const error = thrown(() => transition(copy, propose));
    expect(error.code).toBe('invalid_state');
    expect(error.issues).toEqual([
      {
        code: 'invalid_state',
        message:
          'The commissioning state is malformed (see the issues that follow): use a state made by createCommissioningState, transition or loadState.',
        path: ['state'],
        received: 'an object',
      },
      expect.objectContaining({ path: ['state', 'origin', 'since'] }),
    ]);
  });
});

describe('transition, given options', () => {
  it('reads empty options, of any making, as no options', () => {
    const expected = JSON.stringify(transition(cambridgeshireStart, propose));
    for (const options of [{}, Object.create(null) as object, undefined])
      expect(JSON.stringify(transition(cambridgeshireStart, propose, options))).toBe(expected);
  });

  it('refuses options that are not a record, or a record of another kind, with invalid_input', () => {
    for (const options of [[], 'calendar', 7, new Map(), new (class Options {})()]) {
      const error = thrown(() => transition(cambridgeshireStart, propose, options as object));
      expect(error.code, String(options)).toBe('invalid_input');
    }
    // A map of the right entries is still not options: none of them would be read.
    const map = new Map([['calendar', []]]);
    expect(thrown(() => transition(cambridgeshireStart, propose, map as object)).issues).toEqual([
      {
        code: 'invalid_input',
        message:
          'Give the transition options as a plain object, such as { calendar: [...] }, not a map or an instance of a class.',
        path: ['options'],
        expected: 'a plain object',
        received: 'an object',
      },
    ]);
  });

  it('refuses an option it does not know, naming it', () => {
    const error = thrown(() =>
      transition(cambridgeshireStart, propose, { strict: true } as unknown as object),
    );
    expect(error.issues).toEqual([
      expect.objectContaining({ code: 'invalid_input', path: ['options'] }),
    ]);
  });
});
